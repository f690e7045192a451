/**
 * How a computer negotiator judges someone else's evidence: from the public cues only, as a trainee
 * must (the view never carries another party's rigour grade or flaws). For each flaw a challenge can
 * name it estimates how likely the item has it, from
 * - the provenance, source and summary text (a survey of members suggests a self-selected sample,
 *   "leaked" an unverifiable source, a peer-reviewed journal lowers "not peer reviewed", …);
 * - the holder's stake: a company or industry body arguing for what it wants, or a holder whose
 *   observed wishes (the opponent model) match what the evidence argues, suggests a conflict of
 *   interest;
 * - the date: evidence much older than the round's period is likely out of date, unless it is law (a
 *   treaty, regulation, statute or judgment stays in force however old).
 * A cue word counts in its sense only: "anonymous results" are data, not an anonymous source; an
 * organisation's public account is not one person's story; a report drawing on company data is not a
 * company's own (an outside check found 50 of 317 library challenges aimed at strong, flawless items
 * for such words; 12 after, every well-aimed challenge kept).
 * So weak evidence with a careful-sounding provenance survives sometimes, and a bot that guesses
 * wrong pays for it, as a person would.
 */
import type { KnownEvidence, PartyView, PublicEvidence } from '../engine/index.ts';
import { periodOf } from '../scenario/calendar.ts';
import { FLAWS } from '../scenario/flaws.ts';
import type { Flaw } from '../scenario/types.ts';
import type { Board } from './board.ts';
import type { OpponentEstimate } from './opponentModel.ts';

/** The prior for any flaw, before cues. */
const PRIOR = 0.1;

/** Words in the provenance, source or summary that raise (positive) or lower (negative) a flaw's odds. */
const CUES: Record<Flaw, [RegExp, number][]> = {
  'self-selected-sample': [
    [/\b(survey|surveyed|respondents|poll|questionnaire|consultation responses|submissions|open call)\b/i, 0.45],
    [/\b(members|member companies|signatories)\b/i, 0.15],
    [/\b(random(ly)? (sample|selected)|representative|census|registry|registries|all patients|face-to-face)\b/i, -0.3],
    [/\b(official|\d{1,3},\d{3})\b/i, -0.2],
  ],
  'small-sample': [
    [/\b(pilot|case stud(y|ies)|interviews?|focus groups?|handful|a few|single (hospital|site|practice))\b/i, 0.4],
    [/\b(national|registry|registries|millions?|population-wide|nationwide|\d{1,3},\d{3})\b/i, -0.3],
  ],
  'no-method-stated': [
    [
      /\b(claims?|asserts?|assertion|says|statement|estimates?|according to|letter|press release|op-ed|speech|memo|back-of-envelope)\b/i,
      0.35,
    ],
    [/\b(method|methodology|study|trial|analysis|audit|statistics|peer-reviewed|systematic)\b/i, -0.3],
  ],
  'conflict-of-interest': [
    [
      /\b(commissioned|funded by|sponsored|lobby|industry|association|trade body|its own|in-house|internal|company(?! (data|documents|listings|records)))\b/i,
      0.35,
    ],
    [/\b(independent|court|judgment|ruling|official statistics|parliamentary|inquiry)\b/i, -0.25],
  ],
  'out-of-date': [
    [/\b(treaty|protocol|convention|regulation|directive|statute|charter|in force|judgment|ruling)\b/i, -0.5],
  ],
  'not-peer-reviewed': [
    [/\b(report|white paper|briefing|blog|press release|statement|letter|slides|submission|survey|brochure)\b/i, 0.35],
    [/\b(peer-reviewed|journal|bmj|lancet|nature|science|jama|systematic review)\b/i, -0.45],
    [/\b(court|judgment|ruling|statute|regulation|official statistics)\b/i, -0.15],
  ],
  anecdotal: [
    [
      /\b(anecdot\w*|stories|story|testimon\w*|one person|(personal|first-hand|eyewitness) account|remark|letter|says over dinner)\b/i,
      0.4,
    ],
    [/\b(statistics|registry|survey of|trial|cohort|dataset|data set|court|judgment|review|audit)\b/i, -0.25],
  ],
  unverifiable: [
    [
      /\b(leaked|leak|classified|secret|anonymous(?! (results?|data|records|statistics|aggregates))|unnamed|confidential (sources?|documents?|memos?|briefings?)|off the record|intelligence assessment)\b/i,
      0.5,
    ],
    [
      /\b(published|public record|court|judgment|official report|independent|oversight|regulation|directive|treaty)\b/i,
      -0.2,
    ],
  ],
  selective: [
    [/\b(selected|hand-picked|highlights?|worst|best cases?|examples? of|campaign)\b/i, 0.35],
    [/\b(all|every|complete|systematic|census)\b/i, -0.15],
  ],
  'not-representative': [
    [
      /\b(in (the )?(us|united states|canada|australia|another country)|single|one region|pilot|abroad|elsewhere)\b/i,
      0.3,
    ],
    [/\b(national|nationwide|eu-wide|representative)\b/i, -0.2],
  ],
};

/** A case-insensitive match of whole words, accented letters included (`\b` knows only ASCII letters). */
const words = (alternatives: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives})(?![\\p{L}\\p{N}])`, 'iu');

/**
 * The same cues in French, cue for cue (same flaws, same order, same weights as `CUES`), for a game
 * told in French: the view's texts are in the game's language.
 */
const CUES_FR: Record<Flaw, RegExp[]> = {
  'self-selected-sample': [
    words(
      'sondages?|sondé(e)?s|répondants?|questionnaires?|réponses à la consultation|contributions|appel ouvert|consultation publique',
    ),
    words('membres|entreprises membres|signataires'),
    words(
      'échantillon (aléatoire|représentatif)|tirés? au sort|représentati(f|ve|fs|ves)|recensement|registres?|tous les patients|en face à face',
    ),
    words('officiel(le)?s?|\\d{1,3}[\\s.\\u202f\\u00a0]\\d{3}'),
  ],
  'small-sample': [
    words(
      'pilotes?|études? de cas|entretiens?|groupes? de discussion|une poignée|quelques|un seul (hôpital|site|cabinet)',
    ),
    words(
      'national(e|es|aux)?|registres?|millions?|toute la population|dans tout le pays|\\d{1,3}[\\s.\\u202f\\u00a0]\\d{3}',
    ),
  ],
  'no-method-stated': [
    words(
      'affirme(nt)?|affirmations?|assure(nt)?|déclare(nt)?|déclarations?|estime(nt)?|estimations?|selon|lettre|communiqué( de presse)?|tribune|discours|note interne|calcul de coin de table',
    ),
    words(
      'méthode|méthodologie|étude|essais?|analyses?|audit|statistiques|évaluée? par les pairs|à comité de lecture|systématique',
    ),
  ],
  'conflict-of-interest': [
    words(
      "commandée?s?|financée?s? par|parrainée?s?|lobby|industrie|industriel(le)?s?|association|organisation professionnelle|interne|en interne|(?<!(données|documents|listes|registres|sites web) (des |de |d['’]))(entreprise|société)",
    ),
    words(
      "indépendant(e)?s?|cour|tribunal|arrêt|jugement|statistiques officielles|parlementaire|commission d['’]enquête",
    ),
  ],
  'out-of-date': [
    words('traités?|protocoles?|conventions?|règlements?|directives?|lois?|chartes?|en vigueur|arrêts?|jugements?'),
  ],
  'not-peer-reviewed': [
    words(
      "rapport|livre blanc|note d['’]information|blog|communiqué|déclaration|lettre|diapositives|contribution|sondage|brochure",
    ),
    words('évaluée? par les pairs|à comité de lecture|revue|bmj|lancet|nature|science|jama|revue systématique'),
    words('cour|arrêt|jugement|loi|règlement|statistiques officielles'),
  ],
  anecdotal: [
    words(
      "anecdot\\p{L}*|histoires?|récits? (personnels?|d[e’']un témoin)|témoignages?|une seule personne|remarque|lettre|confie au dîner",
    ),
    words('statistiques|registres?|enquête auprès|essais?|cohortes?|jeux? de données|cour|arrêt|revue|audit'),
  ],
  unverifiable: [
    words(
      'fuitée?s?|fuites?|divulguée?s?|classifiée?s?|secrète?s?|secrets?|(?<!(résultats|données|statistiques|agrégats) )anonymes?|non nommée?s?|non identifiée?s?|(sources?|documents?|notes?) confidentiel(le)?s?|officieu(x|se|ses)|évaluation du renseignement',
    ),
    words(
      'publiée?s?|document public|cour|arrêt|jugement|rapport officiel|indépendant(e)?s?|contrôle|règlement|directive|traité',
    ),
  ],
  selective: [
    words('sélectionnée?s?|triée?s? sur le volet|faits saillants|les pires|meilleurs cas|exemples? de|campagne'),
    words('tous|toutes|chaque|complète?|systématique|recensement'),
  ],
  'not-representative': [
    words(
      "aux états-unis|au canada|en australie|dans un autre pays|une seule région|un seul|une seule|pilotes?|à l['’]étranger|ailleurs",
    ),
    words(
      "national(e|es|aux)?|dans tout le pays|à l['’]échelle de l['’]ue|dans toute l['’]ue|représentati(f|ve|fs|ves)",
    ),
  ],
};

/** Cue words by the game's language; a language with none of its own is read with the English cues. */
const CUES_BY_LANGUAGE: Record<string, Record<Flaw, RegExp[]>> = { fr: CUES_FR };

/**
 * Whether cue `i` of a flaw holds for the text: its English words, or the same cue's words in the
 * game's language (`own`, looked up once per item). A game told in French may still show English
 * texts (a scenario not yet wholly translated falls back to its own language), and either way the
 * same cue counts once, so the same evidence gives the same odds whichever language tells it.
 */
function cueHolds(flaw: Flaw, i: number, own: Record<Flaw, RegExp[]> | undefined, text: string): boolean {
  return CUES[flaw][i]![0].test(text) || (own?.[flaw][i]?.test(text) ?? false);
}

/** Party kinds whose own evidence readers discount as interested. */
const INTERESTED_KINDS = new Set(['company', 'industry']);

/** Years of age beyond which evidence looks out of date against the round's period. */
const STALE_YEARS = 10;

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));

/**
 * How much the holder stands to gain from what the evidence argues, by the opponent model: −1..1
 * (0 when nothing is known of the holder).
 */
function holderStake(board: Board, model: OpponentEstimate | undefined, ev: Pick<PublicEvidence, 'argues'>): number {
  if (!model || model.observations === 0) return 0;
  let s = 0;
  let n = 0;
  for (const arg of ev.argues) {
    const i = board.issueIds.indexOf(arg.issue);
    const o = board.options[i]?.indexOf(arg.option) ?? -1;
    if (o < 0) continue;
    const v = model.values[i]?.[o] ?? 0.5;
    s += (arg.stance === 'for' ? v - 0.5 : 0.5 - v) * 2;
    n++;
  }
  return n === 0 ? 0 : s / n;
}

/** The year the current round stands for (null without a calendar). */
function roundYear(view: PartyView): number | null {
  const date = view.scenario.calendar[view.round - 1];
  return date === undefined ? null : Math.floor(periodOf(date).end / 10000);
}

/** The estimated chance, 0..1, that the evidence has each flaw. */
export function flawOdds(
  view: PartyView,
  board: Board,
  ev: PublicEvidence | KnownEvidence,
  holderModel?: OpponentEstimate,
): Record<Flaw, number> {
  const text = `${ev.provenance} ${ev.source.title} ${ev.summary}`;
  const out = { ...cueOdds(view.scenario.language.split('-')[0]!.toLowerCase(), text) };
  const kind = view.parties.find((p) => p.id === ev.holder)?.kind;
  const stake = holderStake(board, holderModel, ev);
  out['conflict-of-interest'] += (kind !== undefined && INTERESTED_KINDS.has(kind) ? 0.25 : 0) + 0.2 * stake;
  const now = roundYear(view);
  if (now !== null && ev.date !== null) {
    const age = now - Math.floor(periodOf(ev.date).start / 10000);
    out['out-of-date'] += age > STALE_YEARS ? 0.5 : age > STALE_YEARS / 2 ? 0.1 : -0.05;
  }
  for (const flaw of FLAWS) out[flaw] = clamp01(out[flaw]);
  return out;
}

/**
 * The odds of each flaw from the words alone. They depend only on the text and the game's language,
 * yet every bot reads every item again each move (7% of a tournament's time went to these regular
 * expressions), so they are worked out once per text and kept; the cache is cleared when it grows
 * past CUE_CACHE_LIMIT entries, which a library's evidence never reaches.
 */
function cueOdds(language: string, text: string): Readonly<Record<Flaw, number>> {
  const key = `${language}\u0000${text}`;
  const hit = cueCache.get(key);
  if (hit) return hit;
  const own = CUES_BY_LANGUAGE[language];
  const out = {} as Record<Flaw, number>;
  for (const flaw of FLAWS) {
    let p = PRIOR;
    for (const [i, [, w]] of CUES[flaw].entries()) if (cueHolds(flaw, i, own, text)) p += w;
    out[flaw] = p;
  }
  if (cueCache.size >= CUE_CACHE_LIMIT) cueCache.clear();
  cueCache.set(key, out);
  return out;
}

const CUE_CACHE_LIMIT = 5_000;
const cueCache = new Map<string, Readonly<Record<Flaw, number>>>();

/** The flaw the bot finds most likely, and how likely. */
export function likeliestFlaw(odds: Record<Flaw, number>): { flaw: Flaw; p: number } {
  let best: { flaw: Flaw; p: number } = { flaw: FLAWS[0] as Flaw, p: -1 };
  for (const flaw of FLAWS) if (odds[flaw] > best.p) best = { flaw, p: odds[flaw] };
  return best;
}
