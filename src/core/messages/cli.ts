/**
 * The CLI's own FR/EN messages (`smart-goals report`, `assess`), on top of the server
 * catalog: kept out of ./index.ts so they do not weigh on Code.js, which
 * every custom-function call loads. Only src/local imports this file.
 */
import type { Lang } from '../types';
import { catalogs as serverCatalogs } from './index';
import { translator, type Catalog, type MessageParams } from './translate';

const cliEn = {
  'cli.report.missing': 'File not found: {file}',
  'cli.report.notXlsx': 'Not an .xlsx workbook: {file} (save it as Excel .xlsx first)',
  'cli.report.unreadable': 'Cannot read {file} as an .xlsx workbook: {reason}',
  'cli.report.badToday': '--today must be a date YYYY-MM-DD, got "{value}"',
  'cli.report.badLang': '--lang must be fr or en, got "{value}"',
  'cli.report.badLocale': '--locale must be a locale such as fr_FR or en_US, got "{value}"',
  'cli.report.guessedLocale': 'The workbook does not say its locale; its text reads as {language}: numbers and dates typed as text are read as {locale} (use --locale to choose).',
  'cli.report.language.fr': 'French',
  'cli.report.unwritable': 'Cannot write {file}: {reason}',
  'cli.report.noCachedResults': 'Formula results not written into {file} (the formula engine, a development dependency, is not installed): LibreOffice and Excel show #NAME? for our functions until the file is opened in Google Sheets.',
  'cli.report.sameFile': 'The output would overwrite {file}: use --in-place to modify the input, or choose --out.',
  'cli.report.flagged': 'Goals to review ({count}):',
  'cli.report.row': 'row {row}',
  'cli.report.more': '{count} more in the workbook',
  'cli.report.alignment': 'Alignment problems ({count}):',
  'cli.report.written': 'Written: {file} (results in "{goals}", report in "{sheet}")',
  'cli.report.oneWorkbook': 'One workbook at a time: got {files} (try --help)',
  'cli.report.fix': 'Fix: {fix}',
  'cli.report.outOrInPlace': 'Use either --in-place or --out, not both.',
  // The .xlsx reader skips the later of two merges sharing a cell (`readMerges`); refs as the file writes them.
  'cli.report.mergeSkipped': 'Tab "{tab}": the merge {skipped} shares cells with {kept}, listed before it in the file; {skipped} is read unmerged, each of its cells with its own value.',
  'cli.report.mergeSkippedInPlace': 'Cannot modify {file} in place: saving it would drop the {count|merge|merges} skipped above. Use --out to write the result to another file.',
  'cli.missingOptions': 'Missing {options} (or use --json with requests on stdin).',
  'cli.badDate': '{option} must be a date YYYY-MM-DD, got "{value}"',
  // The local preview's own bar (it stands in for Sheets' chrome, around the add-on's menu and sidebar).
  'preview.bar.download': 'Download .xlsx',
  'preview.bar.closeSidebar': 'Close sidebar',
  // The preview page's other words, for the tab's title and assistive technology (surf62): the menu bar, the workbook, its
  // sheet tabs, the sidebar and its frame, a chart with no title, the tooltip on a cell's error.
  'preview.page.title': 'SMART Goals preview',
  'preview.bar.menu': 'Spreadsheet menu',
  'preview.workbook': 'Workbook',
  'preview.sheets': 'Sheets',
  'preview.sidebar': 'Add-on sidebar',
  'preview.sidebarFrame': 'SMART Goals sidebar',
  'preview.chart': 'Chart',
  'preview.cellError': 'Error',
  'cli.badDateDayFirst': '{option} must be a date YYYY-MM-DD or DD/MM/YYYY (day first, as the file’s dates), got "{value}"',
  'cli.assess.notFile': 'Not a file: {file}',
  'cli.assess.unreadable': 'Cannot read {file}: {reason}',
  'cli.assess.noRows': 'No usable rows in {file}: expected date,value rows (";" separated with decimal commas in French), e.g. 2026-11-02,0.25',
  'cli.assess.skipped': 'Skipped {count} {count|row|rows} of {file} with an unreadable date or value (line {lines}).',
  'cli.assess.badTarget': '--target must be a number (0.3, 30%, 1200), got "{value}"',
  // `analyze`'s unit line when the change's unit is not the level's ("Double revenue to $2M": percent, currency).
  'cli.analyze.levelUnit': '{unit} (change), {levelUnit} (baseline, target)',
  // `analyze`'s readable table: its field and criterion labels (the --json keys stay these English words, whatever the language).
  'cli.analyze.field.language': 'language',
  'cli.analyze.field.score': 'score',
  'cli.analyze.field.kpi': 'kpi',
  'cli.analyze.field.direction': 'direction',
  'cli.analyze.field.baseline': 'baseline',
  'cli.analyze.field.target': 'target',
  'cli.analyze.field.change': 'change',
  'cli.analyze.field.unit': 'unit',
  'cli.analyze.field.deadline': 'deadline',
  'cli.analyze.field.recurrence': 'recurrence',
  'cli.analyze.field.levers': 'levers',
  'cli.analyze.field.specific': 'specific',
  'cli.analyze.field.measurable': 'measurable',
  'cli.analyze.field.achievable': 'achievable',
  'cli.analyze.field.relevant': 'relevant',
  'cli.analyze.field.timeBound': 'timeBound',
  'cli.analyze.field.changeKind.relative': 'relative',
  'cli.analyze.field.changeKind.absolute': 'absolute',
  'cli.analyze.badFiscalStart': '--fiscal-start must be the number of the month the fiscal year starts in, 1 (January) to 12, got "{value}"',
  'cli.analyze.usage': [
    'Usage:',
    '  smart-goals analyze [--today YYYY-MM-DD] [--json] [--lang fr|en] [--fiscal-start 1-12] [--locale en_NZ] TEXT…   analyze one statement (its words)',
    '  smart-goals analyze [--today YYYY-MM-DD] [--json] [--lang fr|en] [--fiscal-start 1-12] [--locale en_NZ] < goals.txt   one statement per line',
    '',
    '  --today         as-of date that relative deadlines are resolved against (default: today)',
    '  --json          one JSON object per input line, in order (null for a blank line):',
    '                  {"text","language","score","criteria","kpi","direction","baseline","target","change","unit","levelUnit","deadline","recurrence","levers"}',
    '                  — these English keys whatever the language; the readable table writes its labels in the messages’ language',
    '  --lang          language of messages (default: the language of each statement)',
    '  --fiscal-start  month the fiscal year starts in, 1 (January, the default) to 12: with 4 (April, as in India), "FY27",',
    '                  "Q4 2027" and "this financial year" end on 31 March 2027, as in a sheet whose Settings say so',
    '  --locale        spreadsheet locale the sentence is read in, as SMARTPARSE reads it in that sheet: en_NZ or en_GB read',
    '                  "by 1/4/2027" as 1 April and write "1 April 2027"; fr_FR or fr_CA read "1 200,50 $" (default: en_US, fr_FR with --lang fr)',
    '',
    'Runs the built add-on: run "npm run build" first.',
  ].join('\n'),
} as const;

const cliFr: Record<keyof typeof cliEn, string> = {
  'cli.report.missing': 'Fichier introuvable\u202f: {file}',
  'cli.report.notXlsx': 'Ce n’est pas un classeur .xlsx\u202f: {file} (enregistrez-le au format Excel .xlsx)',
  'cli.report.unreadable': 'Impossible de lire {file} comme classeur .xlsx\u202f: {reason}',
  'cli.report.badToday': '--today doit être une date AAAA-MM-JJ, reçu «\u202f{value}\u202f»',
  'cli.report.badLang': '--lang doit valoir fr ou en, reçu «\u202f{value}\u202f»',
  'cli.report.badLocale': '--locale doit être un paramètre régional comme fr_FR ou en_US, reçu «\u202f{value}\u202f»',
  'cli.report.guessedLocale': 'Le classeur n’indique pas ses paramètres régionaux\u202f; son texte est en {language}\u202f: les nombres et dates saisis en texte sont lus en {locale} (choisissez avec --locale).',
  'cli.report.language.fr': 'français',
  'cli.report.unwritable': 'Impossible d’écrire {file}\u202f: {reason}',
  'cli.report.noCachedResults': 'Résultats des formules non écrits dans {file} (le moteur de formules, une dépendance de développement, n’est pas installé)\u202f: LibreOffice et Excel affichent une erreur de nom à la place de nos fonctions tant que le fichier n’est pas ouvert dans Google Sheets.',
  'cli.report.sameFile': 'La sortie écraserait {file}\u202f: utilisez --in-place pour modifier l’entrée, ou choisissez --out.',
  'cli.report.flagged': 'Objectifs à revoir ({count})\u202f:',
  'cli.report.row': 'ligne {row}',
  'cli.report.more': 'encore {count} dans le classeur',
  'cli.report.alignment': 'Problèmes d’alignement ({count})\u202f:',
  'cli.report.written': 'Écrit\u202f: {file} (résultats dans «\u202f{goals}\u202f», rapport dans «\u202f{sheet}\u202f»)',
  'cli.report.fix': 'Correction\u202f: {fix}',
  'cli.report.oneWorkbook': 'Un classeur à la fois\u202f: reçu {files} (voir --help)',
  'cli.report.outOrInPlace': 'Utilisez --in-place ou --out, pas les deux.',
  'cli.report.mergeSkipped': 'Onglet «\u202f{tab}\u202f»\u202f: la fusion {skipped} partage des cellules avec {kept}, placée avant elle dans le fichier\u202f; {skipped} est lue sans fusion, chaque cellule avec sa propre valeur.',
  'cli.report.mergeSkippedInPlace': 'Impossible de modifier {file} sur place\u202f: l’enregistrer supprimerait {count|la fusion ignorée|les fusions ignorées} ci-dessus. Utilisez --out pour écrire le résultat dans un autre fichier.',
  'cli.missingOptions': 'Il manque {options} (ou utilisez --json avec des requêtes sur l’entrée standard).',
  'cli.badDate': '{option} doit être une date AAAA-MM-JJ, reçu «\u202f{value}\u202f»',
  'preview.bar.download': 'Télécharger le .xlsx',
  'preview.bar.closeSidebar': 'Fermer le panneau latéral',
  'preview.page.title': 'Aperçu de SMART Goals',
  'preview.bar.menu': 'Menu du classeur',
  'preview.workbook': 'Classeur',
  'preview.sheets': 'Feuilles',
  'preview.sidebar': 'Panneau latéral du module complémentaire',
  'preview.sidebarFrame': 'Panneau latéral de SMART Goals',
  'preview.chart': 'Graphique',
  'preview.cellError': 'Erreur',
  'cli.badDateDayFirst': '{option} doit être une date AAAA-MM-JJ ou JJ/MM/AAAA (jour d’abord, comme les dates du fichier), reçu «\u202f{value}\u202f»',
  'cli.assess.notFile': 'Ce n’est pas un fichier\u202f: {file}',
  'cli.assess.unreadable': 'Impossible de lire {file}\u202f: {reason}',
  'cli.assess.noRows': 'Aucune ligne exploitable dans {file}\u202f: lignes date;valeur attendues (séparateur «\u202f;\u202f» et virgule décimale en français), p. ex. 02/11/2026;24,5\u202f%',
  'cli.assess.skipped': '{count} {count|ligne|lignes} de {file} {count|ignorée|ignorées}\u202f: date ou valeur illisible (ligne {lines}).',
  'cli.assess.badTarget': '--target doit être un nombre (0,3, 30\u202f%, 1200), reçu «\u202f{value}\u202f»',
  'cli.analyze.levelUnit': '{unit} (variation), {levelUnit} (niveau de départ, cible)',
  'cli.analyze.field.language': 'langue',
  'cli.analyze.field.score': 'score',
  'cli.analyze.field.kpi': 'KPI',
  'cli.analyze.field.direction': 'direction',
  'cli.analyze.field.baseline': 'valeur de départ',
  'cli.analyze.field.target': 'cible',
  'cli.analyze.field.change': 'variation',
  'cli.analyze.field.unit': 'unité',
  'cli.analyze.field.deadline': 'échéance',
  'cli.analyze.field.recurrence': 'récurrence',
  'cli.analyze.field.levers': 'leviers',
  'cli.analyze.field.specific': 'spécifique',
  'cli.analyze.field.measurable': 'mesurable',
  'cli.analyze.field.achievable': 'atteignable',
  'cli.analyze.field.relevant': 'pertinent',
  'cli.analyze.field.timeBound': 'temporel',
  'cli.analyze.field.changeKind.relative': 'relative',
  'cli.analyze.field.changeKind.absolute': 'absolue',
  'cli.analyze.badFiscalStart': '--fiscal-start doit être le numéro du mois où commence l’exercice, de 1 (janvier) à 12, reçu «\u202f{value}\u202f»',
  'cli.analyze.usage': [
    'Utilisation\u202f:',
    '  smart-goals analyze [--today AAAA-MM-JJ] [--json] [--lang fr|en] [--fiscal-start 1-12] [--locale fr_CA] TEXTE…   analyse un objectif (ses mots)',
    '  smart-goals analyze [--today AAAA-MM-JJ] [--json] [--lang fr|en] [--fiscal-start 1-12] [--locale fr_CA] < objectifs.txt   un objectif par ligne',
    '',
    '  --today         date de référence des échéances relatives (par défaut\u202f: aujourd’hui)',
    '  --json          un objet JSON par ligne lue, dans l’ordre (null pour une ligne vide)\u202f:',
    '                  {"text","language","score","criteria","kpi","direction","baseline","target","change","unit","levelUnit","deadline","recurrence","levers"}',
    '                  — ces clés anglaises quelle que soit la langue\u202f; le tableau lisible écrit ses libellés dans la langue des messages',
    '  --lang          langue des messages (par défaut\u202f: celle de chaque objectif)',
    '  --fiscal-start  mois où commence l’exercice, de 1 (janvier, par défaut) à 12\u202f: avec 4 (avril, comme en Inde), «\u202fFY27\u202f»,',
    '                  «\u202fT4 2027\u202f» et «\u202fcet exercice\u202f» finissent le 31 mars 2027, comme dans une feuille dont les paramètres le disent',
    '  --locale        paramètres régionaux de la feuille où l’objectif est lu, comme SMARTPARSE l’y lit\u202f: en_NZ ou en_GB lisent',
    '                  «\u202fby 1/4/2027\u202f» comme le 1er avril et écrivent «\u202f1 April 2027\u202f»\u202f; fr_FR ou fr_CA lisent «\u202f1\u00a0200,50\u00a0$\u202f» (par défaut\u202f: fr_FR avec --lang fr, sinon en_US)',
    '',
    'Exécute le module complémentaire compilé\u202f: lancez d’abord «\u202fnpm run build\u202f».',
  ].join('\n'),
};

const server = serverCatalogs();
const en = { ...server.en, ...cliEn };
const fr: Record<MessageKey, string> = { ...server.fr, ...cliFr };

/** Every key the CLI can show: the server's and its own. */
export type MessageKey = keyof typeof en;

const CATALOG: Catalog<MessageKey> = { en, fr };

/** Returns the localized CLI message with `{name}` placeholders filled in. */
export const t: (lang: Lang, key: MessageKey, params?: MessageParams, names?: readonly string[]) => string = translator(CATALOG);

/** The catalog, for completeness tests. */
export function catalogs(): Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> {
  return CATALOG;
}
