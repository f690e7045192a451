/**
 * The starting scenario that `scenario new` writes: small (2 parties, 2 issues), valid, and with
 * every text saying what belongs there, so an instructor grows it rather than starting blank. The texts
 * that say what to write start with the placeholder mark (`[to write]`), so the authoring report lists each
 * until it is written (a starter validated clean, its instructions and all); the example issues, options and
 * numbers are a case to edit, not instructions, and carry none. Its
 * texts are in the language the instructor works in (`--lang`), and the scenario says which. The
 * `$schema` reference makes editors explain each field from the schema's descriptions.
 */
import type { Locale } from '../../i18n/index.ts';
import { PLACEHOLDER_MARKS } from '../../authoring/placeholderTexts.ts';

/** Every text of the starting scenario, in each language Accord speaks. */
const TEXTS = {
  en: {
    title: 'A new negotiation over data',
    summary: 'One paragraph for the scenario library: what is negotiated, by whom, and why it matters.',
    objective:
      'What a trainee should be able to do after playing: e.g. use evidence of known provenance to move a reluctant party.',
    source: 'The primary source the scenario rests on',
    background:
      'The public briefing every player reads before the talks: who meets, where, when and why.\n\nSeparate paragraphs with a blank line. Plain text only: no HTML.',
    holderName: 'Data holder',
    partyDescription: 'What every player knows about this party.',
    holderBrief:
      'You represent the data holder. Only you read this brief: say what the party really wants, its red lines, what it can trade and whom it fears.\n\nYour sheet below gives your points for each option; your BATNA is what you get if there is no deal.',
    batna: 'What this party does without a deal, in words.',
    usersName: 'Research users',
    usersBrief:
      'You represent the researchers who want the data. Say here what matters most to them and what they could give up.',
    accessTitle: 'Terms of access',
    accessDescription: 'How researchers may reach the data.',
    openLabel: 'Open download',
    openDescription: 'Accredited users download the data.',
    havenLabel: 'Safe haven only',
    havenDescription: 'Data stay in a secure environment; only results leave.',
    oversightTitle: 'Oversight',
    oversightDescription: 'Who checks that the rules are kept.',
    selfLabel: 'Self-regulation',
    selfDescription: 'The users police themselves.',
    boardLabel: 'Independent board',
    boardDescription: 'An independent board approves and audits each project.',
    noDeal: 'What happens when the deadline passes without a deal.',
    consequence: 'A deal the public does not trust is challenged and stalls.',
    lesson: 'The lesson the debrief should draw out.',
    whatHappened: 'What really happened in the case the scenario is built on, with dates.',
    question: 'A question for the class discussion.',
  },
  fr: {
    title: 'Une nouvelle négociation sur les données',
    summary:
      'Un paragraphe pour la bibliothèque de scénarios : ce qui est négocié, par qui, et pourquoi c’est important.',
    objective:
      'Ce qu’un stagiaire doit savoir faire après avoir joué : par exemple, s’appuyer sur des éléments de preuve de provenance connue pour faire évoluer une partie réticente.',
    source: 'La source primaire sur laquelle repose le scénario',
    background:
      'Le dossier public que chaque joueur lit avant les pourparlers : qui se réunit, où, quand et pourquoi.\n\nSéparez les paragraphes par une ligne vide. Texte brut uniquement : pas de HTML.',
    holderName: 'Détenteur des données',
    partyDescription: 'Ce que chaque joueur sait de cette partie.',
    holderBrief:
      'Vous représentez le détenteur des données. Vous seul lisez ces instructions confidentielles : dites ce que la partie veut vraiment, ses lignes rouges, ce qu’elle peut céder et qui elle redoute.\n\nVotre grille ci-dessous donne vos points pour chaque option ; votre MESORE est ce que vous obtenez en l’absence d’accord.',
    batna: 'Ce que fait cette partie sans accord, en quelques mots.',
    usersName: 'Chercheurs utilisateurs',
    usersBrief:
      'Vous représentez les chercheurs qui veulent accéder aux données. Dites ici ce qui compte le plus pour eux et ce à quoi ils pourraient renoncer.',
    accessTitle: 'Conditions d’accès',
    accessDescription: 'Comment les chercheurs peuvent accéder aux données.',
    openLabel: 'Téléchargement libre',
    openDescription: 'Les utilisateurs accrédités téléchargent les données.',
    havenLabel: 'Environnement sécurisé uniquement',
    havenDescription: 'Les données restent dans un environnement sécurisé ; seuls les résultats en sortent.',
    oversightTitle: 'Contrôle',
    oversightDescription: 'Qui vérifie que les règles sont respectées.',
    selfLabel: 'Autorégulation',
    selfDescription: 'Les utilisateurs se contrôlent eux-mêmes.',
    boardLabel: 'Comité indépendant',
    boardDescription: 'Un comité indépendant approuve et audite chaque projet.',
    noDeal: 'Ce qui se passe quand l’échéance arrive sans accord.',
    consequence: 'Un accord auquel le public ne fait pas confiance est contesté et s’enlise.',
    lesson: 'La leçon que le bilan doit faire ressortir.',
    whatHappened: 'Ce qui s’est réellement passé dans l’affaire sur laquelle repose le scénario, avec les dates.',
    question: 'Une question pour la discussion en classe.',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** The texts that tell the instructor what to write (the rest is an example case). */
const TO_WRITE = [
  'title',
  'summary',
  'objective',
  'source',
  'background',
  'partyDescription',
  'holderBrief',
  'batna',
  'usersBrief',
  'noDeal',
  'lesson',
  'whatHappened',
  'question',
] as const satisfies readonly (keyof (typeof TEXTS)['en'])[];

export function starterScenario(id: string, schemaPath: string, locale: Locale = 'en'): Record<string, unknown> {
  const x: Record<keyof (typeof TEXTS)['en'], string> = { ...TEXTS[locale] };
  for (const key of TO_WRITE) x[key] = `${PLACEHOLDER_MARKS[locale]} ${x[key]}`;
  return {
    $schema: schemaPath,
    id,
    title: x.title,
    summary: x.summary,
    version: '0.1.0',
    language: locale,
    objectives: [x.objective],
    themes: ['diplomacy-for-data', 'track-1'],
    durationMinutes: 45,
    sources: [{ title: x.source, url: 'https://example.org/replace-with-the-real-source' }],
    background: x.background,
    parties: [
      {
        id: 'data-holder',
        name: x.holderName,
        kind: 'regulator',
        description: x.partyDescription,
        brief: x.holderBrief,
        colour: '#0072b2',
        influence: 1,
        veto: false,
        batna: { points: 40, description: x.batna },
        sheet: {
          'access-terms': { open: 10, 'safe-haven': 60 },
          oversight: { 'self-regulation': 10, 'independent-board': 40 },
        },
        persona: { toughness: 0.6, trust: 0.5 },
      },
      {
        id: 'research-users',
        name: x.usersName,
        kind: 'research-community',
        description: x.partyDescription,
        brief: x.usersBrief,
        colour: '#e69f00',
        influence: 1,
        veto: false,
        batna: { points: 35, description: x.batna },
        sheet: {
          'access-terms': { open: 70, 'safe-haven': 40 },
          oversight: { 'self-regulation': 30, 'independent-board': 10 },
        },
        persona: { toughness: 0.5, trust: 0.5 },
      },
    ],
    issues: [
      {
        id: 'access-terms',
        title: x.accessTitle,
        description: x.accessDescription,
        options: [
          { id: 'open', label: x.openLabel, description: x.openDescription },
          { id: 'safe-haven', label: x.havenLabel, description: x.havenDescription },
        ],
      },
      {
        id: 'oversight',
        title: x.oversightTitle,
        description: x.oversightDescription,
        options: [
          { id: 'self-regulation', label: x.selfLabel, description: x.selfDescription },
          { id: 'independent-board', label: x.boardLabel, description: x.boardDescription },
        ],
      },
    ],
    agreement: { rule: 'unanimity', noDeal: { description: x.noDeal } },
    protocol: { rounds: 6, talkActionsPerTurn: 2 },
    legitimacy: {
      threshold: 50,
      options: {
        'access-terms': { open: 35, 'safe-haven': 70 },
        oversight: { 'self-regulation': 30, 'independent-board': 75 },
      },
      consequence: {
        description: x.consequence,
        points: { 'data-holder': -10, 'research-users': -10 },
      },
    },
    debrief: {
      lessons: [x.lesson],
      whatHappened: x.whatHappened,
      questions: [x.question],
    },
  };
}
