/**
 * A sector lexicon: the nouns a manager of each sector uses for what the business sells in units, the people it serves,
 * and what it counts that is not a sale — each labelled with the KPI the fixtures README's written rules give such a
 * noun (test/fixtures/statements/README.md, "The sector lexicon", lex44).
 *
 * WHY: xfer43 (docs/MEASUREMENTS.md, "Why the statement rules do not transfer …") found that 41 % of new sets' first-run
 * KPI misses were a sector's own noun (passengers, TEU, weddings, tickets, liners delivered, charging points …) and that a
 * rule written for one set's noun rarely caught the next set's wording. So this table was written FROM A SECTOR TAXONOMY,
 * not from any statement set, and measured blind: the walk below goes through the divisions of the French NAF rév. 2
 * (INSEE; the 88 divisions as listed at https://www.juristique.org/indices/code-naf-nomenclature/amp, sections A–U),
 * cross-checked with the 20 NAICS sectors (https://siccode.com/page/structure-of-naics-codes,
 * http://alacarte.csumb.edu/subject-guide/28-Business?tab=108), and names for each division the nouns of (a) what it
 * sells in units, (b) whom it serves, (c) what it counts that is no sale. Nouns the catalog (kpi/catalog.ts) or
 * object.ts's table of heads already reads (orders, loans, policies, bookings, units, copies, memberships, patients,
 * students, members, donors, subscribers, visitors, stores, hotels, tonnes, litres …) are left to them and not repeated.
 *
 * The walk (division: a / b / c), in the folded singular this table stores:
 *   01–03 farming, forestry, fishing: – / – / recolte harvest rendement yield arbre tree cattle betail animal animaux
 *     catch capture oeuf egg acre; 05–09 mining, oil and gas: – / – / ounce carat puit (not "once", "well", "mine": English words);
 *   10–12 food, drinks, tobacco: bouteille bottle canette / – / –; 13–15 textiles, clothing, leather: paire pair
 *     garment vetement / – / –; 16–18 wood, paper, printing: print tirage / – / –; 19–25 refining, chemicals, pharma,
 *     plastics, glass, metals: – / – / prescription; 26–28 electronics, electrical equipment, machinery: device appareil
 *     phone telephone smartphone terminal terminaux machine tracteur tractor robot licence license seat / – / –;
 *   29–30 vehicles and other transport equipment: vehicle truck camion moto motorcycle scooter bike velo bicycle
 *     aircraft avion airplane plane ship navire liner paquebot / – / –; 31–33 furniture, other manufacturing, repair:
 *     matelas mattress montre watch jouet toy repair reparation intervention / – / –;
 *   35–39 energy, water, waste: – / – / megawatt mw gw gwh kwh borne charger chargeur charging recharge compteur meter
 *     raccordement branchement connection foyer household; 41–43 construction: maison house villa (a site is no sale) / – / chantier (not "site": a website);
 *   45–47 motor trade, wholesale, retail: (vehicles above) / shopper (footfall: untracked) / shopper;
 *   49–53 land, water and air transport, warehousing, post: ride / – / passenger passager voyageur traveller commuter
 *     usager trajet flight vol teu evp container conteneur parcel colis shipment envoi entrepot warehouse depot;
 *   55–56 accommodation and food service: night nuit couvert cover meal repas / – / nuitee guest convive diner bed lit
 *     chambre room;
 *   58–63 publishing, film, broadcasting, telecom, IT, information: book / lecteur reader (an audience: untracked) /
 *     viewer telespectateur listener auditeur audience download telechargement stream listing annonce follower;
 *   64–66 banking, insurance: pret (a loan opened: real18's accounts opened) / policyholder assure emprunteur borrower
 *     cardholder porteur depositor / –; 68 real estate: mandat mandate lease bail baux rental / tenant locataire
 *     resident / –;
 *   69–75 legal, accounting, consulting, engineering, advertising, veterinary: mission consultation / annonceur
 *     advertiser / –; 77–82 rental and leasing, employment, travel agencies, security, facilities, office services:
 *     sejour stay voyage trip cruise croisiere forfait / – / –;
 *   84 public administration: – / – / beneficiaire beneficiary; 85 education: lesson lecon / learner apprenant
 *     trainee stagiaire / graduate diplome; 86–88 health and social work: – / resident / lit bed clinic clinique
 *     hospital hopital;
 *   90–93 arts, museums, gambling, sports and recreation: ticket billet / – / spectator spectateur attendee
 *     participant festivalier fan pilgrim pelerin;
 *   94–96 membership organisations, repair, personal services: wedding mariage funeral obseque funerailles / rider /
 *     volunteer benevole;
 *   across sectors (staff and places, which no division sells): – / – / employee employe collaborateur staff recrue
 *     hires (not "hire", a verb) embauche recrutement poste nurse infirmier teacher enseignant doctor? (no: a rep's visited doctors are
 *     meetings, real23) usine factory campus ecole school cinema screen ecran station.
 *
 * Labels (the README's rules): SOLD things sold, counted, are `deals_closed` (real20's "things a trade sells or closes,
 * counted, whatever their noun", real26's tickets), uncounted but sold `revenue` (real27's "sell more gym memberships");
 * EQUIPMENT (vehicles, aircraft, ships, machines) the same, but only where a verb sells, delivers or books them: a shipping
 * line's "5 more ships" needed are capacity (real32's ships needed); SERVED people a business serves are its base, `customers` (real27's students, real25's « licenciés »), and won or new,
 * `deals_closed` (real8's acquisition verb, real20's members won); UNTRACKED counts name no catalog KPI (real12's places
 * and staff, real25/real33's passengers, real17/real26's footfall, real32's TEU, real19's production volumes).
 *
 * Compact: one space-separated string per label, folded (text.ts `fold`), singular; split into a map on first use.
 */
export type SectorLabel = 'sold' | 'equipment' | 'served' | 'untracked';

const SOLD =
  'bouteille bottle canette paire pair garment vetement print tirage device appareil phone telephone smartphone terminal terminaux licence license seat matelas mattress montre watch jouet toy repair reparation intervention maison house villa ride night nuit couvert cover meal repas book pret mandat mandate lease bail baux rental mission consultation sejour stay voyage trip cruise croisiere forfait lesson lecon ticket billet wedding mariage funeral obseque funerailles';
/** Equipment: sold by its makers, held by its operators as a fleet or capacity; a sale only where a verb sells or delivers it. */
const EQUIPMENT = 'machine tracteur tractor robot vehicle truck camion moto motorcycle scooter bike velo bicycle aircraft avion airplane plane ship navire liner paquebot';
const SERVED = 'policyholder assure emprunteur borrower cardholder porteur depositor tenant locataire resident annonceur advertiser learner apprenant trainee stagiaire rider';
const UNTRACKED =
  'recolte harvest rendement yield arbre tree cattle betail animal animaux catch capture oeuf egg acre ounce carat puit prescription megawatt mw gw gwh kwh borne charger chargeur charging recharge compteur meter raccordement branchement connection foyer household chantier shopper passenger passager voyageur traveller commuter usager trajet flight vol teu evp container conteneur parcel colis shipment envoi entrepot warehouse depot nuitee guest convive diner bed lit chambre room lecteur reader viewer telespectateur listener auditeur audience download telechargement stream listing annonce follower beneficiaire beneficiary graduate diplome clinic clinique hospital hopital spectator spectateur attendee participant festivalier fan pilgrim pelerin volunteer benevole employee employe collaborateur staff recrue hires embauche recrutement poste nurse infirmier teacher enseignant usine factory campus ecole school cinema screen ecran station';

let table: Map<string, SectorLabel> | undefined;

function lexicon(): Map<string, SectorLabel> {
  if (!table) {
    table = new Map();
    for (const [label, words] of [['sold', SOLD], ['equipment', EQUIPMENT], ['served', SERVED], ['untracked', UNTRACKED]] as const) for (const w of words.split(' ')) table.set(w, label);
  }
  return table;
}

/**
 * The label of a folded noun, singular or plural ("passagers", "tickets", "baux", "facilities" → "facility"); undefined
 * when the lexicon does not list it. French elision is already split off by the object reader (« d'abonnés » → "abonnes").
 */
export function sectorNoun(word: string): SectorLabel | undefined {
  const t = lexicon();
  return t.get(word) ?? t.get(word.replace(/ies$/, 'y')) ?? t.get(word.replace(/[sx]$/, ''));
}
