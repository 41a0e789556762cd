/**
 * Levers: the means a goal names ("grâce à des essais prolongés, des
 * réductions sur les adhésions et une augmentation de 10 % du personnel",
 * "through extended trials", "by adding two account executives"). Numbers
 * inside a lever belong to the lever, never to the goal: that is how the
 * article's churn example keeps its "10 %" out of the target.
 */
import { overlapsAny, type Span, textAfter, textBefore } from './text';

export interface LeverClause extends Span {
  /** Spans of the individual levers inside the clause (cue words removed). */
  items: Span[];
}

/**
 * Words that introduce the means of a goal. "by"/"en"/"par" only count before a gerund or an action noun, or after a passive
 * of support (« sera soutenue par », "will be driven by", real32) or its participle after a comma or a dash (", driven by", folded
 * to spaces; not ", supported by a … plan", real22), and « à la faveur de » (real38). "with" / « avec » after a meeting, an
 * interview or talks names whom one met ("in an interview with Reuters", « dans un entretien avec l'AFP », stmt54), no means.
 * The look-behinds of "with", « avec » and the participles are tested after the word, over the same characters before it
 * (`with(?<!… with)`), so a scan fails on the word's first letter before it runs them (perf57: a third of this scan's time).
 */
export const CUE_RE =
  /\b(?:grace a(?:ux|u)?(?![a-z])|grace a l'|thanks to(?![a-z])|through(?![a-z])|via(?![a-z])|by means of(?![a-z])|by way of(?![a-z])|au moyen d(?:e |u |es |')|a l'aide d(?:e |u |es |')|par le biais d(?:e |u |es |')|au travers d(?:e |u |es |')|a travers (?=[a-z])|par l'intermediaire d(?:e |u |es |')|with the help of(?![a-z])|(?:sera|seront|est|sont|serait|will be|would be|is|are) (?:soutenue?s?|portee?s?|tiree?s?|supported|driven|fuell?ed) (?:par|by) |(?:portee?s?|tiree?s?|driven|fuell?ed)(?<=(?:,|\s\s) (?:portee?s?|tiree?s?|driven|fuell?ed)) (?:par|by) |a la faveur (?:notamment )?d(?:e |u |es |')|with(?<!\b(?:meetings?|calls?|demos?|appointments?|conversations?|sessions?|rendez vous|interviews?|talks|balanced)\swith) (?=[a-z0-9])|avec(?<!\b(?:rendez vous|rdv|reunions?|demos?|appels?|clients?|entretiens?|entrevues?)\savec) (?=[a-z0-9])|leveraging(?![a-z])|using(?![a-z])|by (?=(?:(?!early)\w+ly )?\w+ing\b)|en (?=(?:s'|se |m'|me |nous |vous |l'|les |la |le )?\w+ant\b)|par (?=(?:l'|la |le |les |un |une |des )?(?:ajout|recrutement|lancement|mise en place|embauche|creation|amelioration|automatisation|formation|utilisation|deploiement|introduction|renforcement|developpement|optimisation|refonte|offre)))/g;

const COUNTERPART_RE =
  /^(?:(?:new|existing|current|key|potential|prospective|our|their|qualified|enterprise|top|target|same|the|the same|nos|des|les|de|nouveaux|nouvelles|grands|cibles|la meme|meme|notre)\s+){0,2}(?:prospects?|clients?|customers?|decision makers?|buyers?|decideurs?|acheteurs?|teams?|equipes?|headcount|staff|effectifs?)(?:\s+(?:existants|actuels|cibles|potentiels|qualifies))?(?=\s*(?:[.!?,;]|$)|\s+(?:through|via|thanks|using|leveraging|by|grace|en|par|d'ici|avant|in|within|before|this|next|during|dans|sous|chaque|every|each|per|and|et)\b)/;

const SHARE_AFTER_WITH_RE =
  /^(?:(?:around|about|nearly|almost|over|environ|pres de)\s+)?(?:half|most|la moitie|la plupart)\b|^\d+\s?%\s+(?:of|d'entre)\b/;

/** A verb of ending before "with"/« avec »: "end up", "finish the year", « terminer l'exercice », « clôturer 2027 ». */
const ENDING_WITH_BEFORE_RE = /\b(?:end(?:s|ed|ing)? up|(?:finish|close|end)(?:es|s|ed|ing)?(?:\s+(?:the|this|our|its|next)\s+(?:year|quarter|month|season))?|(?:termin|fini|clotur|boucl|achev)\w*(?:\s+(?:l'annee|l'exercice|le trimestre|le mois|la saison|\d{4}))?)\s+$/;
const GOAL_NUMBER_AFTER_RE = /\b(?:by|to|from|de|d'|a|jusqu'a)\s*[$€\x80£]?\d/;

/** Gerunds that are not means ("during", "according", "tant", "avant"). */
// "en annonçant que …", "by announcing that …": a reporting verb says who stated the goal, not how it is reached; "en
// passant de 10 à 20" restates the change. « En regardant vers l'avenir », « en excluant l'impact du change », "by looking
// ahead": where the speaker looks from and what the figure leaves out, no means (stmt65; "by excluding …" unread, a means;
// « en regardant de près chaque dépense » stays one, and so does « en excluant les clients non rentables »: only « l'impact »,
// « l'effet », « les effets » are left out, mend65s). « à travers le pays / le monde », "through the country / all the
// world": where, not how (stmt66, real63:48; "through the country's dealers", « à travers le pays de ses partenaires » stay):
// PLACE_RE below.
const FALSE_GERUNDS = /^(?:by (?:during|nothing|something|being|(?:announcing|saying|stating|noting|explaining|confirming|looking (?:ahead|forward))\b)|en (?:tant|avant|cours|maintenant|attendant|plus|passant d(?:e |')\d|(?:annoncant|declarant|indiquant|precisant|expliquant|affirmant|assurant|soulignant|rappelant|confirmant|regardant (?:vers|devant|loin)|excluant (?:l'(?:impact|effet)|les effets))\b))/;
/** The place (or a span of time: "through the year", "through the quarter", mend66s) noun ends its item (mend66s: "through the country managers", "the world-class team", « le territoire commercial
 * de nos agents » stay means); a list goes on after « et » / "and" ("through the country and our dealers": the dealers). */
const PLACE_RE = /^(?:a travers|through) (?:(?:tout )?(?:le|la|les|l')|the|all the) ?(?:pays|monde|territoire|region|continent|country|world|territory|year|quarter|month)(?: entier)?(?=\s*(?:$|[,.;]|(?:by|in|and|et|d'ici|en|grace|thanks|with|avec)\b))(?!-)/;

/** Where a lever list stops being a list and the next item starts (« mais aussi », "but also" join two means, real32).
 * "technical and non-technical SEO": an "and" before « non- » joins two adjectives of one means (real36). A comma between
 * two digits is a number's (« 168,6 millions », "10,000"), never the list's (stmt59, real56); one typed with no space
 * before a count still splits ("hiring 20 reps,5 new partners", "SEO,2 webinars", mend59s). */
const SPLIT_RE = /\s*(?:,(?!(?<=\d,)\d)|;|\b(?:mais|but) (?:aussi|also)\b|\bet\b|\bgrace a(?:ux?)?\b|\band\b(?! non\b)|\bas well as\b|\bainsi que\b|(?<!\b(?:de|en)\s)\bplus\b(?=\s+(?:a|an|the|des|de|du|la|le|les|un|une)\b))\s*/g;

/**
 * A rise stated with its figure after "with" / « avec »: "an (expected) increase of (nearly) 20%", « une augmentation (prévue)
 * de (près de) 20 % », not followed by what rises ("in prices", « des prix », « du budget »): a step of the goal stated, no
 * means (stmt63).
 */
const RISE_STATED_RE = /^(?:an?|une?) (?:(?:expected|planned|projected|forecast|anticipated|annual|yearly|prevue?|attendue?|annuelle?) )?(?:increase|rise|augmentation|hausse|progression) (?:(?:expected|planned|projected|prevue?|attendue?) )?(?:of|de|d') ?(?:(?:nearly|almost|about|around|over|more than|some|pres de|environ|plus de) )?[\d.,]+ ?(?:%|percent|per cent|pour cent)(?: (?:(?:a|per|each|every|par|chaque) (?:day|week|month|quarter|year|jour|semaine|mois|trimestre|an|annee)|(?:this|next|cette|the first|the next) (?:year|quarter|month|annee|trimestre|mois)|l'an(?:nee)? (?:prochaine?|en cours)|annually|yearly|monthly|quarterly|annuellement))?(?=\s*(?:$|[,.;:!?)]|(?:and|et|ainsi que|as well as|to reach|to hit|to achieve|to get to|pour atteindre|pour porter|afin d'atteindre)\b))/;
/** A count in a state, to the sentence's end: "12 already under construction", « 50 ouvertures prévues »; not one added (new, « supplémentaires »). */
const DETAIL_COUNT_RE = /^\d+ (?!new|add|more|extra|nouv|suppl|reps?\b|hires|staff|commerc)[^,;]*?\b(?:already|under (?:way|construction)|drawing board|rolled out|deja|prevu|en projet)[^,;]*$/;

/**
 * What follows "with"/« avec » and is no means (real41): time left ("with seven days left", "with two weeks to go") or an aim
 * ("with plans to add even more", « avec l'idée d'exporter », « avec le projet d'ouvrir »; an infinitive only: « avec le
 * projet de refonte du site » is a means, mend44d), or a profitability or a growth rate, a state or a second aim (« avec une
 * rentabilité stable », « avec un seuil de rentabilité à atteindre … », "with an expected growth rate between 21% and 23%",
 * stmt54): the word ending its noun phrase ("with profitability coaching", "growth rate tracking dashboards" are means, mend54c). The clause is still found, so its figures stay set aside; it has no
 * items, as the subject's state below has none (shape45: both filters in one place). "with respect / regard / reference to"
 * is a compound preposition ("double billing with respect to the volume of 2017", stmt57, real54), never a means; nor is
 * an absolute clause, "with" and a subject before its participle ("with graduates … accounting for 70 per cent of
 * recruits", stmt58, real55:45): the participle given its share ("with improved accounting for channel rebates", "with
 * better onboarding making up for lost accounts" are means, mend58s). Nor is the goal's frame in time or its upside (« avec une
 * échéance fixée à 2028 », « avec un décalage d'un an », « avec un potentiel supplémentaire en cas d'acquisitions », "with a
 * one-year delay", "with potential for more", stmt65): when and how much more, not how — a delay only with its duration,
 * potential only "for more" / « supplémentaire », « pour … », « d'… » (« un large potentiel pour les années à venir »; "with a shorter delivery delay", « avec un potentiel commercial renforcé »,
 * "with potential acquisition targets" are means, mend65s).
 */
const WITH_NO_MEANS_RE = /^(?:with|avec) (?:\S+ (?:days?|weeks?|months?) (?:left|to go)|plans? to|(?:(?:une?|an?|the) )?(?:[a-z]+ ){0,2}(?:echeance|deadline|decalage d'un an|(?:year|month) delay|potential for more|potentiel (?:supplementaire|pour|d))\b|(?:[a-z'-]+ ){1,5}(?:accounting for|making up) (?:[a-z]+ )?(?:\d|(?:half|a third|a quarter|most|the (?:bulk|majority))\b)|(?:respect|regard|reference) to\b|(?:l'idee|le projet) d(?:e |')[a-z]+(?:er|ir|re)\b|(?:(?:une?|an?|the|la)\s+)?(?:[a-z']+\s+){0,2}(?:rentabilite|profitability|growth rate)(?=\s*(?:[,.;:!?)]|$)|\s+(?:of|d(?:e|u|es|')|a|at|between|entre|stable|improving)\b))/;
/**
 * One item after "with"/« avec » that is the subject's state given its figure, its stem the head noun ("a high gross margin
 * exceeding 90%", "occupancy above 90%"; in French the head comes first: « une capacité de transformation de 20.000 tonnes »,
 * « une progression organique annuelle d'au moins 10 % »): no means, but the items beside it stay ("and 2 new plants"), and
 * so does a means the stem only qualifies ("a capacity expansion", "better margin management", "occupancy-based pricing",
 * mend44d). After such a state and a comma, the with-phrase was fronted: what follows is the sentence's own clause (« qu'avec
 * une capacité de … tonnes par an, le potentiel … sera porté à … », real41).
 */
const STATE_ITEM_RE = /^(?:(?!de |of )[a-z']+ ){0,3}(?:capacit|marg(?:in|e)|progression|occupancy)\w*(?:(?: [a-z']+){0,3}? (?:de|d'|a)| (?:of|at|above|exceed))[a-z ]{0,11}(?:\d|deux ch|double d)/;

/**
 * After "with"/« avec », the goal or its figure, not a means: a goal noun; an aim or a vision with its infinitive ("with an
 * aim to double", not "with a clear vision and a new sales team", "a machine vision system", "the Vision 2030 programme");
 * an expectation; a share standing alone (« avec une part de 4 % », not « une part de 30 % de produits bio », a product mix)
 * (real44, narrowed by mend47a).
 */
const GOAL_AFTER_WITH_RE = /^(?:une?|an?|the|l'|pour)\s*(?:[a-z']+\s+){0,2}(?:(?:objectifs?|targets?|goals?|ambitions?|cibles?)\b|(?:aims?|visions?) (?:to|of)\b)|^(?:an?|the|its|une?) (?:\S+ ){0,4}?expectation|^une part de [\d,.]+ ?%(?! ?d(?:e |'))/;
/**
 * A range after "with" in guidance is the guidance's figure ("reinstated guidance for FY2020 with an Adjusted EBITDA range of
 * $1.05B to $1.09B", real44); elsewhere a range is a means ("with a new range of 12 organic products", "with a price range
 * of $20 to $40") (mend47a).
 */
const RANGE_AFTER_WITH_RE = /^(?:an?|the|its|une?) (?:\S+ ){0,4}?(?:range|fourchette) \S+ [$€\x80£]?\d/;
const GUIDANCE_RE = /\b(?:guidance|outlook|forecast|previsions?|perspectives?)\b/;

/** A demonstrative alone (« Grâce à cela », "thanks to this"): it points back to another sentence and names no means (real39). */
const DEMONSTRATIVE_RE = /^(?:cela|ceci|ca|this|that)$/;

/** An item opened by a determiner or « de »: a noun phrase, not a means of its own. */
const OBJECT_ITEM_RE = /^(?:leurs?|son|sa|ses|nos|notre|vos|votre|our|their|its|your|the|de|d'|du|des|la|le|les|l')(?:\s|(?<=')\S)/;
/** Leading cue words inside an item: "by adding …, and by launching …" → "launching …". */
const ITEM_CUE_RE = /^(?:by |en |through |via |grace a(?:ux|u)? |thanks to |using |leveraging |with |avec )/;

/**
 * Finds lever clauses. `stops` are spans (deadlines, recurrences) that end a clause:
 * "through extended trials by the end of Q2" → the lever is "extended trials".
 * `goalStarts` are positions of direction words (sorted): a clause opened before the
 * goal ("Grâce à X, augmenter …") ends at the first comma.
 */
export function findLevers(folded: string, original: string, stops: readonly Span[], goalStarts: readonly number[], startsDate: (index: number) => boolean): LeverClause[] {
  const clauses: LeverClause[] = [];
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(folded); m; m = CUE_RE.exec(folded)) {
    const cueStart = m.index;
    let bodyStart = m.index + m[0].length;
    if (FALSE_GERUNDS.test(textAfter(folded, cueStart, 24))) continue;
    const place = PLACE_RE.exec(textAfter(folded, cueStart, 48));
    if (place) {
      const more = /^\s*(?:and|et)\s+(?=[a-z0-9])/.exec(folded.slice(cueStart + place[0].length));
      if (!more) continue;
      bodyStart = cueStart + place[0].length + more[0].length;
    }
    // "click-through-rate", "walk-through", « tout-en-un »: a connector hyphenated inside a compound word is no connector.
    if (original[cueStart - 1] === '-' || original[bodyStart - 1] === '-') continue;
    // "through Q3", "through the end of June": a deadline, not a means.
    if (startsDate(bodyStart)) continue;
    if (clauses.some((c) => cueStart >= c.start && cueStart < c.end)) continue;
    // "Grow revenue by 15% with 3 reps": a count of things after "with" names a means only after a goal verb, as « avec 3
    // commerciaux » (tidy34); not an amount ("pleased with 90 thousand", real26).
    // Opening the sentence before its subject ("With 3 reps, we will grow …", "With 3 reps we will grow …") likewise.
    const opening = /^\W*$/.test(folded.slice(0, cueStart)) && /^\d+ [a-z]+(?: (?!today|now)[a-z]+)?(?:,| (?:i|we|you|they)\b)/.test(folded.slice(bodyStart));
    if (m[0] === 'with ' && /\d/.test(folded[bodyStart]) && (!(goalStarts[0] < cueStart || opening) || !/^\d+ (?!(?:thousand|million|billion|bn|k|m|percent|per)\b)[a-z]/.test(folded.slice(bodyStart)))) continue;
    // "…, with 35 stores on the drawing board", « …, avec 50 ouvertures prévues »: a count after the goal and a comma, to the
    // sentence's end, in a state (already, rolled out, « prévues »…) details the goal, no means (real39); "…, with 3 new reps",
    // « …, avec 3 commerciaux supplémentaires » and « Atteindre, avec 5 commerciaux, 110 % … » keep theirs (mend42b).
    if ((m[0] === 'with ' || m[0] === 'avec ') && goalStarts[0] < cueStart && /,\s*$/.test(textBefore(folded, cueStart, 3)) && DETAIL_COUNT_RE.test(folded.slice(bodyStart))) continue;
    // « avec 20 % de ventes en plus » states the goal's change, as "with 20% more sales" does (mend43a).
    if (m[0] === 'avec ' && /^[\d,]+ ?% d(?:e |')\S+ (?:en|de) plus\b/.test(folded.slice(bodyStart))) continue;
    // "with" names a means before a determiner ("with a new lead magnet"); before a bare noun only when no
    // number follows ("with SEO and partnerships"), so "with existing customers by 10%" keeps its goal.
    // The goal's own number after the clause is one introduced by "by/to/de/à/from" ("with existing customers by 10%");
    // a number inside the means ("a price increase of 5%") does not disqualify it.
    const goalNumberAfter = GOAL_NUMBER_AFTER_RE.test(folded.slice(bodyStart).split(/[.!?;]/)[0]);
    if (m[0] === 'with ' && !/^(?:an?|the|our|new|better|improved|more|targeted|dedicated|two|three|four|five|\d+)\b/.test(folded.slice(bodyStart)) && goalNumberAfter) continue;
    // "avec" likewise ("avec 2 SDR supplémentaires", "avec une campagne LinkedIn"; not "avec les clients existants de 10 %").
    if (m[0] === 'avec ' && !/^(?:une?|des|nos|notre|deux|trois|quatre|cinq|plus de|davantage|\d+)\b/.test(folded.slice(bodyStart)) && goalNumberAfter) continue;
    // "en ligne avec ce qui était réalisé", "in line with last year", "compared with analysts' estimates" (stmt54): a comparison (« en accord avec le régulateur »: an
    // agreement); "avec un objectif de 25 %", "with a long-term ambition of 10%" (real30), « avec pour objectif
    // d'atteindre » (real39), "with the company's vision to achieve 15%", "with an aim to double revenue" (real44): the goal
    // itself; so is the goal's figure given after "with" ("with an Adjusted EBITDA range of $1.05B to $1.09B", "with an
    // approximate 50% FCF conversion expectation", « avec une part de 4 % », real44).
    // "with regard / respect to last year", "in comparison with", « en comparaison avec »: a comparison too, so a "through …"
    // after it is the means (left58).
    if ((m[0] === 'with ' || m[0] === 'avec ') && (/\b(?:en ligne|en accord|in line|in keeping|in agreement|conformement|compared|comparaison|comparison)\s+$/.test(textBefore(folded, cueStart, 12)) || /^(?:regards?|respect) to\b/.test(folded.slice(bodyStart)) || GOAL_AFTER_WITH_RE.test(folded.slice(bodyStart)) || (RANGE_AFTER_WITH_RE.test(folded.slice(bodyStart)) && GUIDANCE_RE.test(folded.slice(0, cueStart))))) continue;
    // "practices with one FTE DVM should aim for …", « Premier des 28 avec une production de …, Britt vise … »: a with-phrase
    // after a noun, before the sentence's first goal verb, describes the subject; "with comparable store sales … rising
    // between 3.6% and 4.2%" (a noun and a participle of change) is a circumstance; neither is a means (real30). Not when the
    // goal verb is an infinitive hanging on a verb before the phrase (« L'entreprise compte avec sa nouvelle offre de doubler
    // … »; « de plus de 1 milliard » is no infinitive), nor for "with a view of …" (a purpose).
    if (m[0] === 'with ' || m[0] === 'avec ') {
      const goal = goalStarts.find((g) => g > cueStart);
      // (A verb inside the means' own relative clause, holding no figure, is not that goal: "with the assistance of Enterprise
      // Ireland, which provides State support to companies creating employment", stmt56; "…, which targets US$100bn" is.)
      const describes = goal !== undefined && goalStarts[0] > cueStart && /[a-z)]\s+$/.test(folded.slice(0, cueStart)) && !/^(?:a view|the aim)\b/.test(folded.slice(bodyStart)) && !(/, (?:which|qui)\b/.test(folded.slice(bodyStart, goal)) && /^[^,;!?\d]*$/.test(folded.slice(goal)));
      const infinitive = goal !== undefined && /(?:\bde|\bd'|\bto)\s*$/.test(folded.slice(bodyStart, goal)) && !/^(?:plus|moins|more|less|\d)/.test(folded.slice(goal));
      // ("with total sales projected at 14 billion baht in 2025", "with the brand targeting 28,500 sales by 2019": the goal's own
      // noun — the participle's, or the figure's — with a participle of aim or forecast before a figure restates a goal, no
      // means either; stmt60, real57:60, :61. A forecast is set aside whole, its figure no target and its year no deadline;
      // a budget "projected at", a system "expected to save", a campaign "targeting" stay means: mend60s.)
      // (An aim's with-phrase before any figure holds the goal's only one: "And with the Strategy aiming to provide 1.6 million
      // places by 2004, …", real32:69.)
      const aim = /^[^.;!?]{0,60}?(\w+) (projected|expected|forecast|targeting|aiming)\b[^.;!?]{0,12}?\d[\d.,]*(?: \w+)?(?: (\w+))?/.exec(folded.slice(bodyStart));
      const ownNoun = aim && ((/g$/.test(aim[2]) && !/\d/.test(folded.slice(0, cueStart))) || [aim[1], aim[3] ?? ''].some((w) => w.length > 3 && new RegExp(`\\b${w}\\b`).test(folded.slice(0, cueStart))));
      if (ownNoun && !/g$/.test(aim[2])) {
        const stop = /[.!?](?:\s|$)/.exec(folded.slice(bodyStart));
        clauses.push({ start: cueStart, end: stop ? bodyStart + stop.index : folded.length, items: [] });
        continue;
      }
      if ((describes && !infinitive) || ownNoun || /^[^.;!?]{0,60}?\b(?:rising|growing|increasing|falling|declining|en (?:hausse|baisse|croissance))\b/.test(folded.slice(bodyStart))) continue;
    }
    // "end up with an operating margin of 5% or better", "finish the year with 50 new clients", « terminer l'année avec une
    // marge de 5 % »: what a verb of ending is "with" is the state to end in, the goal's object, not a means (real32).
    if ((m[0] === 'with ' || m[0] === 'avec ') && ENDING_WITH_BEFORE_RE.test(textBefore(folded, cueStart, 30))) continue;
    // « avec une croissance attendue du chiffre d'affaires supérieure à 6 % », "with growth of 5%": a growth is the goal
    // stated with its figure, not a means (a rise of something else may be one: « avec une hausse des prix », and so may a
    // growth with no figure: « avec une forte croissance du trafic web »); only when no number comes before it, or it
    // restates a goal already given (« dépasser sept milliards … en 2028, avec une croissance … de 6% par an »).
    if ((m[0] === 'with ' || m[0] === 'avec ') && !/\d/.test(folded.slice(0, cueStart)) && /^(?:(?:une?|an?|la|the)\s+)?(?:[a-z]+\s+)?(?:croissance|growth)\b[^.;]{0,80}?\d/.test(folded.slice(bodyStart))) continue;
    // "with an expected increase of nearly 20% this year", « avec une augmentation prévue de près de 20 % cette année »: a rise
    // whose figure it governs, of nothing named after the figure, is a step of the goal stated, no means (stmt63, real60); its
    // figure stays set aside as before (an empty clause), the goal's own figures read as they were. "with a 20% increase in
    // prices", « avec une hausse de 5 % des prix », "with an increase of the sales team" stay means.
    if (m[0] === 'with ' || m[0] === 'avec ') {
      const rise = RISE_STATED_RE.exec(folded.slice(bodyStart, bodyStart + 120));
      // (The means listed after it stay means: "with an increase of 20%, 10 new reps and a new CRM", « avec une hausse de
      // 20 % et 10 nouveaux commerciaux » — the list goes on past the rise and its separator, mend63s.)
      const more = rise ? /^\s*(?:,|\band\b|\bet\b|\bainsi que\b|\bas well as\b)\s*(?=[^\s.;!?])(?!(?:to|pour|afin)\b)/.exec(folded.slice(bodyStart + rise[0].length)) : null;
      if (rise && more) bodyStart += rise[0].length + more[0].length;
      else if (rise) {
        clauses.push({ start: cueStart, end: bodyStart + rise[0].length, items: [] });
        continue;
      }
    }
    // "renouer avec la croissance": the verb's complement, not a means; "avec une trajectoire claire : …": a with-clause
    // closed by a colon announces the goals listed after it.
    if (m[0] === 'avec ' && (/\brenou\w*\s+(?:[a-z]+ment\s+)?$/.test(textBefore(folded, cueStart, 30)) || /^(?:[a-z']+\s+){0,5}[a-z']+\s*:/.test(folded.slice(bodyStart)))) continue;
    if (m[0] === 'with ' && /^(?:[a-z']+\s+){0,5}[a-z']+\s*:/.test(folded.slice(bodyStart))) continue;
    // "With books I would aim for …": a bare noun run into the subject and its verb, no comma, frames the goal (what the
    // aim is set for), no means; "With a new CRM, we will …" keeps its means (real34).
    if ((m[0] === 'with ' || m[0] === 'avec ') && /^(?!(?:an?|the|our|my|your|their|its|this)\s)(?:[a-z]+\s+){1,3}(?:i|we|you|they)\s+(?:would|will|should|want|need|aim|plan|must)\b/.test(folded.slice(bodyStart))) continue;
    // "with around half projected to be located in the United States": a share of what the goal counts, not a means.
    if ((m[0] === 'with ' || m[0] === 'avec ') && SHARE_AFTER_WITH_RE.test(folded.slice(bodyStart))) continue;
    // "with new prospects", "avec les clients existants": whom the goal is reached with (a segment), not a means.
    if ((m[0] === 'with ' || m[0] === 'avec ') && COUNTERPART_RE.test(folded.slice(bodyStart))) continue;
    let end = folded.length;
    // A closing quote may follow the full stop: "… from current clients.”".
    const sentenceEnd = /[.!?][”"»’]*(?:\s|$)/g;
    sentenceEnd.lastIndex = bodyStart;
    const dot = sentenceEnd.exec(folded);
    if (dot) end = dot.index;
    for (const s of stops) if (s.start >= bodyStart && s.start < end) end = s.start;
    // « … durant la période 2016-2020 », "over the period 2024–2026": the period's own noun goes with its dates, not the means.
    const periodNoun = /\s+(?:durant|pendant|sur|over|during|for)\s+(?:la|the|cette|this)\s+(?:periode|period)\s*$/.exec(folded.slice(bodyStart, end));
    if (periodNoun) end = bodyStart + periodNoun.index;
    // "…, through weekly deal reviews (owner: Alice).", « … grâce à des remises (responsable : Alice). » — the wizard's own
    // sentence: the owner's parenthesis names who, not a means.
    const owner = /\s*\((?:owner|responsable)\s*:/.exec(folded.slice(bodyStart, end));
    if (owner) end = bodyStart + owner.index;
    // "…, selon son directeur général", "…, according to the study", « …, a-t-elle annoncé jeudi »: who says so, not a
    // means (real30, real37); "…, so that they rank …" is what the means is for.
    const source = /,\s*(?:selon|according to|d'apres|a t (?:il|elle)|so that)\s/.exec(folded.slice(bodyStart, end));
    if (source) end = bodyStart + source.index;
    // "… leverage balanced with continued investments", « … compensés par des investissements »: what weighs against the means
    // is no second means (stmt66, real63:46); after "with" / « avec » the cost comes first and the means after it ("with input
    // costs offset by price increases": the price increases, mend66s). A purpose (", designed to …") is dropped as an item below.
    const counter = /\s(?:balanced with|offset by|(?:contre)?balancee?s? par|compensee?s? par)\s/.exec(folded.slice(bodyStart, end));
    if (counter && (m[0] === 'with ' || m[0] === 'avec ')) bodyStart += counter.index + counter[0].length;
    else if (counter) end = bodyStart + counter.index;
    // "en renforçant ses lignes de produits – en plus du maillot de bain –": a spaced dash opens an aside.
    const dash = original.slice(bodyStart, end).search(/\s[–—-]\s/);
    if (dash >= 0) end = bodyStart + dash;
    // "via its aviation unit, which is expected to include …", « grâce à X, qui … »: a relative clause describes the means
    // before it, no second means (stmt55, real52).
    // The clause is the means' own to its next comma: its verb is no direction and its cue no means (mend55s: « grâce à notre
    // réseau, qui reste stable », "which we will expand with new hires").
    const relative = /,\s*(?:which|qui)\b[^,]*/.exec(folded.slice(bodyStart, end));
    let relativeEnd = 0;
    if (relative) {
      end = bodyStart + relative.index;
      // (Not one holding a figure: "…, which aims to earn 15 % of its sales" is the goal, real33.)
      if (!/\d/.test(relative[0])) relativeEnd = end + relative[0].length;
    }
    // "avec ce plan de multiplier son CA par 3", "with a plan to double sales": the plan's infinitive is the goal itself.
    if (m[0] === 'avec ' || m[0] === 'with ') {
      const g = goalStarts.find((x) => x > bodyStart && x < end && /^(?:[a-z']+\s+){1,5}(?:de|d'|to)\s*$/.test(folded.slice(bodyStart, x)));
      if (g !== undefined) end = bodyStart + folded.slice(bodyStart, g).search(/\s*\b(?:de|d'|to)\s*$/);
      // What is left is only "ce plan", "this plan": a pointer back to the text, no means named.
      if (g !== undefined && /^(?:ce|cet|cette|this|that)\s+[a-z]+$/.test(folded.slice(bodyStart, end))) continue;
    }
    // « prévoit de générer, grâce à ACP, 117 MEUR de … »: a means set between commas inside the goal ends at the comma
    // that gives the goal's number back (real28); not a list of means after a goal that has its numbers ("…, through longer
    // trials, discounts, 10% more support staff").
    if (/,\s*$/.test(textBefore(folded, cueStart, 3)) && !/\d/.test(folded.slice(0, cueStart))) {
      const incise = /,\s*(?=[+]?\d|[$€\x80£]\s?\d)/.exec(folded.slice(bodyStart, end));
      if (incise) end = bodyStart + incise.index;
    }
    // A clause that opens the sentence ("Grâce à X, augmenter …") ends at its first comma.
    const opensSentence = goalStarts.length > 0 && goalStarts[0] > cueStart;
    if (opensSentence) {
      // A clause comma, not the decimal comma of "3,5 %", nor one inside a parenthesis (« grâce aux nouvelles technologies
      // (robots, drones, capteurs…), », real29).
      const commaMatch = /,(?!\d)(?![^()]*\))/.exec(folded.slice(bodyStart));
      const comma = commaMatch ? bodyStart + commaMatch.index : -1;
      if (comma >= 0 && comma < end) end = comma;
      // "With 3 reps we will grow …", « Avec 3 commerciaux nous augmenterons … »: with no comma, the subject ends the means.
      const subject = (m[0] === 'with ' || m[0] === 'avec ') && /\d/.test(folded[bodyStart]) ? /\s(?:i|we|you|they|je|nous|on)\s/.exec(folded.slice(bodyStart, Math.min(end, goalStarts[0]))) : null;
      if (subject) end = bodyStart + subject.index;
      // "En réduisant le churn de 3,5 % à 2,5 %": a gerund opening the sentence with no goal verb after it is the goal itself.
      if (/^(?:en|by) /.test(m[0]) && /^[\s"“«]*$/.test(folded.slice(0, cueStart)) && !goalStarts.some((g) => g >= end)) continue;
    }
    // Drop the preposition that introduced a trailing deadline ("… by", "… d'ici la").
    let body = folded.slice(bodyStart, end);
    const trailing = /(?:\s*(?:,|\b(?:by|before|within|in|over|during|until|d'ici|avant|dans|sous|au cours|pendant|d'ici a|jusqu'a|pour|for|starting|from|a partir|des|de|du|la|le|the|les|l'|et|and)))+\s*$/.exec(body);
    if (trailing) body = body.slice(0, trailing.index);
    // « Grâce à cela », "thanks to this": a demonstrative alone points back to another sentence and names no means (real39);
    // the same word as one item of a list is dropped below.
    if (DEMONSTRATIVE_RE.test(body.trim())) continue;
    const clauseEnd = bodyStart + body.length;
    if (clauseEnd <= bodyStart) continue;
    const items: Span[] = [];
    let itemStart = bodyStart;
    // Time left or an aim after "with" names no means: no item is pushed, as after a state (`stated`).
    let stated = WITH_NO_MEANS_RE.test(textAfter(folded, cueStart, 85));
    const pushItem = (from: number, to: number): void => {
      if (stated) return;
      let s = from;
      let e = to;
      while (s < e && /\s/.test(folded[s])) s++;
      // A closing quote stays when its opening quote is in the item ("le projet « CAP 124 »", "with “premium brands”").
      while (e > s && /[\s,;”"»]/.test(folded[e - 1]) && !('»”'.includes(original[e - 1]) && original.lastIndexOf(original[e - 1] === '»' ? '«' : '“', e) >= s)) e--;
      const cue = ITEM_CUE_RE.exec(folded.slice(s, e));
      // "by using a CRM": after "by", the -ing verb is the means itself (as in "by shifting budget"), not a second cue.
      if (cue && !(s === bodyStart && m[0] === 'by ' && /^(?:using|leveraging) $/.test(cue[0]))) s += cue[0].length;
      // A repeated French connector: "grâce à X et à Y", "grâce aux X et aux Y".
      else if (/^(?:à |aux |au )/.test(original.slice(s, e))) s = original.indexOf(' ', s) + 1;
      // "…, designed to integrate the group", « …, destiné(e)(s) à / aux …, », « …, dans le but de … »: what the means is for, no
      // second means; the list goes on after it ("…, designed to help reps, and 3 new hires", stmt66, real63:24; mend66s).
      if (/,\s*$/.test(folded.slice(bodyStart, s)) && /^(?:destinee?s? (?:a|au|aux) |dans le but d(?:e |')|designed to |intended to )/.test(folded.slice(s, e))) return;
      if (/^(?:with|avec) $/.test(m[0]) && STATE_ITEM_RE.test(folded.slice(s, e))) stated = folded[to] === ',';
      else if (e - s >= 2 && !DEMONSTRATIVE_RE.test(folded.slice(s, e))) items.push({ start: s, end: e });
    };
    SPLIT_RE.lastIndex = 0;
    const segment = folded.slice(bodyStart, clauseEnd);
    for (let sm = SPLIT_RE.exec(segment); sm; sm = SPLIT_RE.exec(segment)) {
      if (sm[0].length === 0) {
        SPLIT_RE.lastIndex++;
        continue;
      }
      // "(panier moyen, taux d'achat, etc.)": a comma inside a parenthesis does not split the lever.
      if (segment.slice(0, sm.index).split('(').length > segment.slice(0, sm.index).split(')').length) continue;
      // "with between 5 and 10 new franchises a year", « avec entre 5 et 10 nouvelles franchises »: a range's two bounds are
      // one figure of one means, no split (stmt63, real60).
      if (/^\s*(?:and|et)\s*$/.test(sm[0]) && /\b(?:between|entre) [\d.,]+$/.test(segment.slice(0, sm.index)) && /^\d/.test(segment.slice(sm.index + sm[0].length))) continue;
      pushItem(itemStart, bodyStart + sm.index);
      itemStart = bodyStart + sm.index + sm[0].length;
    }
    pushItem(itemStart, clauseEnd);
    // « en optimisant leurs services, leur planning et leurs stratégies », "by improving our services, our planning and our
    // pricing": a list of three or more after a participle, its items opened by a determiner or « de », is the participle's
    // objects, one means (real29; two objects joined by "and" are labelled both ways in the older sets: left split).
    if (/^(?:en|by) $/.test(m[0]) && items.length > 2 && /^\S+(?:ant|ing) /.test(folded.slice(items[0].start, items[0].end))) {
      for (let i = items.length - 1; i > 0; i--) if (OBJECT_ITEM_RE.test(folded.slice(items[i].start, items[i].end))) items.splice(i - 1, 2, { start: items[i - 1].start, end: items[i].end });
    }
    // "through strategic development of the travel and hospitality sector", « grâce au développement des secteurs touristique
    // et hôtelier »: two modifiers of one head noun (a sector, an industry, a market) are one complement, one means (stmt62,
    // real59). Only a one-word item after "of the" then "<word> sector(s) / industry / market(s) / segment(s)" after "and",
    // or « secteur(s) / filière(s) / industrie(s) / marché(s) <adjective> » then one adjective after « et » (« hôtelier »,
    // « agricole », « industriel »; « et salons » is another means).
    for (let i = items.length - 1; i > 0; i--) {
      const joint = folded.slice(items[i - 1].end, items[i].start);
      const head = folded.slice(items[i - 1].start, items[i - 1].end);
      const next = folded.slice(items[i].start, items[i].end);
      if ((joint === ' and ' && /\bof the [a-z]+$/.test(head) && /^[a-z]+ (?:sectors?|industr(?:y|ies)|markets?|segments?)$/.test(next)) || (joint === ' et ' && /\b(?:secteurs?|filieres?|industries?|marches?) [a-z]+$/.test(head) && /^[a-z]+(?:iers?|ieres?|el(?:le)?s?|ales?|aux|iques?|aires?|i(?:f|ve)s?|ien(?:ne)?s?)$/.test(next))) items.splice(i - 1, 2, { start: items[i - 1].start, end: items[i].end });
    }
    clauses.push({ start: cueStart, end: relativeEnd || clauseEnd, items });
    if (relativeEnd) CUE_RE.lastIndex = relativeEnd;
  }
  const listed = parentheticalLevers(folded);
  if (listed && !overlapsAny(listed, clauses)) clauses.push(listed);
  return clauses;
}

/**
 * "En réduisant le churn de 3,5 % à 2,5 % (optimisation onboarding, support, produit)": a parenthesis
 * closing the sentence right after the goal's number, listing three or more short items without numbers,
 * names the means. (A parenthesis after a KPI word names the KPI: "Account Growth (Upsells…)".)
 */
function parentheticalLevers(folded: string): LeverClause | null {
  const m = folded.includes(')') ? /\(([^()]+)\)\s*[.!]?\s*$/.exec(folded) : null;
  if (!m || !/\d\s*(?:%|[€\x80$£]|k[€\x80]?|m[€\x80]?)?\s*$/.test(folded.slice(0, m.index))) return null;
  const inner = m[1];
  if (/\d/.test(inner)) return null;
  const parts = inner.split(',');
  if (parts.length < 3 || parts.some((p) => p.trim().length === 0 || p.trim().split(/\s+/).length > 4)) return null;
  const items: Span[] = [];
  let at = m.index + 1;
  for (const part of parts) {
    const lead = part.length - part.trimStart().length;
    items.push({ start: at + lead, end: at + lead + part.trim().length });
    at += part.length + 1;
  }
  return { start: m.index, end: m.index + m[0].length, items };
}
