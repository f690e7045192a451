/**
 * The scenario format: one source of truth for the TypeScript types and the JSON Schema.
 *
 * TypeBox builds JSON Schema objects whose static types TypeScript infers, so `Scenario` below and
 * `scenarios/scenario.schema.json` (written by `npm run schema`) can never drift apart. Every field
 * carries a description and an example so that an editor that reads JSON Schema explains the format
 * while an instructor types.
 *
 * Unknown fields are refused by the schema (`additionalProperties: false`) so that editors flag
 * typos, but the loader reports them as warnings, not errors, so newer files load in older versions.
 */
import { Type, type Static, type TSchema, type TString } from '@sinclair/typebox';
import { MAX_ITEMS } from './limits.ts';
import { RESERVED_NAMES } from './reservedNames.ts';
import { FLAWS } from './flaws.ts';

const WORDS = '[a-z][a-z0-9]*(-[a-z0-9]+)*';

/**
 * Ids are words: lower case letters, digits and hyphens, such as `research-community`; never a name
 * JavaScript reserves (of those, only `constructor` is made of such words: the lookahead excludes it).
 */
export const ID_PATTERN = `^${[...RESERVED_NAMES]
  .filter((name) => new RegExp(`^${WORDS}$`).test(name))
  .map((name) => `(?!${name}$)`)
  .join('')}${WORDS}$`;

export const Id = Type.String({
  pattern: ID_PATTERN,
  maxLength: 64,
  description: 'An id made of lower-case words joined by hyphens, unique in its list.',
  examples: ['research-community'],
});

/**
 * Plain text: paragraphs separated by a blank line; never HTML (it is shown as text). Its length is
 * counted as a reader counts characters (`maxGraphemes`, checked by the loader: an emoji with a
 * skin tone is one character, not four UTF-16 units); `maxLength`, in the units JSON Schema counts,
 * is a looser bound that editors can check and that stops a thousand accents stacked on one letter.
 */
const PlainText = (description: string, example: string, maxLength: number) =>
  Type.String({
    minLength: 1,
    maxLength: maxLength * UNITS_PER_CHARACTER,
    maxGraphemes: maxLength,
    description,
    examples: [example],
  });

/** A language tag as a key of a text given in several languages: "en", "fr", "pt-BR". */
export const LANGUAGE_TAG = '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$';

/**
 * A text field: plain text, or the same text in several languages (`{ "en": "…", "fr": "…" }`,
 * marked `localText` so the loader's walks recognise it). The loader picks one language before
 * anything else reads the file (scenario/localise.ts), so past the loader every text is a string:
 * that is why the static type says `string` while the schema also admits the object.
 */
const Text = (description: string, example: string, maxLength = 20000) =>
  Type.Union(
    [
      PlainText(description, example, maxLength),
      Type.Record(Type.String({ pattern: LANGUAGE_TAG }), PlainText(description, example, maxLength), {
        minProperties: 1,
        maxProperties: 16,
        additionalProperties: false,
        description: `${description} In several languages: one text per language tag.`,
        examples: [{ en: example }],
      }),
    ],
    { localText: true, description, examples: [example] },
  ) as unknown as TString;

/** UTF-16 units a character may take in `Text` (a family emoji takes 11). */
export const UNITS_PER_CHARACTER = 16;

const Obj = <T extends Parameters<typeof Type.Object>[0]>(properties: T, description: string, example?: unknown) =>
  Type.Object(properties, {
    additionalProperties: false,
    description,
    ...(example === undefined ? {} : { examples: [example] }),
  });

/** A map from ids to values: JSON object whose keys are ids (at most one per party, issue or option). */
const IdMap = <T extends TSchema>(value: T, maxProperties: number, description: string, example: unknown) =>
  Type.Record(Type.String(), value, { maxProperties, description, examples: [example] });

export const Points = Type.Number({
  minimum: -1000,
  maximum: 1000,
  description: 'Points, usually between 0 and 100 for a whole package.',
  examples: [20],
});

export const Source = Obj(
  {
    title: Text('The title of the source, as a reader would look it up.', 'Regulation (EU) 2016/679, Article 89', 500),
    url: Type.Optional(
      Type.String({
        pattern: '^https?://',
        maxLength: 2000,
        description: 'A web address (http or https) where the source can be read.',
        examples: ['https://eur-lex.europa.eu/eli/reg/2016/679/oj'],
      }),
    ),
  },
  'A source: a title and, where there is one, a web address.',
  { title: 'Court of Justice, case C-362/14 (Schrems)', url: 'https://curia.europa.eu/juris/liste.jsf?num=C-362/14' },
);
export type Source = Static<typeof Source>;

/**
 * A date on the scenario's calendar: ISO (`2014`, `2014-05`, `2014-05-12`) or a label made of one
 * word and a year (`spring 2014`, `June 2013`, `late 2015`); `scenario/calendar.ts` reads it as a
 * period and the loader names any word it does not know.
 */
export const DATE_PATTERN = '^(\\d{4}(-\\d{2}(-\\d{2})?)?|[A-Za-z]+ \\d{4})$';
const DATE_FORMS =
  'A date is ISO (2014, 2014-05 or 2014-05-12) or a word and a year: a month (June 2013), a season (spring, summer, autumn, winter: the winter that starts in December of that year) or early (January to April), mid (May to August) or late (September to December).';

export const DateText = (description: string, example = '2014-05') =>
  Type.String({
    pattern: DATE_PATTERN,
    maxLength: 40,
    description: `${description} ${DATE_FORMS}`,
    examples: [example],
  });

export const Flaw = Type.Union(
  FLAWS.map((flaw) => Type.Literal(flaw)),
  {
    description:
      'A flaw a piece of evidence may have, which a challenge can name: a self-selected sample (respondents chose themselves), a small sample, no method stated, a conflict of interest (its author gains from what it argues), out of date, not peer reviewed, anecdotal (cases, not data), unverifiable (leaked, secret or unnamed sources), selective (cherry-picked cases or figures), not representative (another country, population or time than the case at hand).',
    examples: ['self-selected-sample'],
  },
);
export type Flaw = Static<typeof Flaw>;

export const Theme = Type.Union(
  [
    Type.Literal('data-in-diplomacy'),
    Type.Literal('diplomacy-for-data'),
    Type.Literal('data-for-diplomacy'),
    Type.Literal('track-1'),
    Type.Literal('track-2'),
  ],
  {
    description:
      'A theme the scenario teaches: data in diplomacy (data as a topic of negotiation), diplomacy for data (negotiating access and rules), data for diplomacy (data as evidence for diplomats), Track I (official) or Track II (informal) diplomacy.',
    examples: ['diplomacy-for-data'],
  },
);
export type Theme = Static<typeof Theme>;

export const PartyKind = Type.Union(
  [
    Type.Literal('state'),
    Type.Literal('regulator'),
    Type.Literal('legislature'),
    Type.Literal('executive'),
    Type.Literal('agency'),
    Type.Literal('court'),
    Type.Literal('company'),
    Type.Literal('industry'),
    Type.Literal('research-community'),
    Type.Literal('civil-society'),
    Type.Literal('citizens'),
    Type.Literal('international-organisation'),
    Type.Literal('community'),
    Type.Literal('other'),
  ],
  { description: 'What kind of stakeholder the party is.', examples: ['research-community'] },
);
export type PartyKind = Static<typeof PartyKind>;

export const Option = Obj(
  {
    id: Id,
    label: Text('A short label for the option, shown on the table.', 'Broad consent', 120),
    description: Type.Optional(
      Text(
        'What the option means, in a sentence or two.',
        'Consent to an area of research rather than to one study.',
        2000,
      ),
    ),
    available: Type.Optional(
      Type.Boolean({
        default: true,
        description: 'False when the option is not on the table at the start and an event adds it later.',
        examples: [false],
      }),
    ),
  },
  'One option of an issue.',
  {
    id: 'broad-consent',
    label: 'Broad consent',
    description: 'Consent to an area of research rather than to one study.',
  },
);
export type Option = Static<typeof Option>;

export const Issue = Obj(
  {
    id: Id,
    title: Text('The issue as it appears on the table.', 'Legal basis for research', 200),
    description: Type.Optional(
      Text('What is at stake on this issue.', 'On what ground may researchers use personal data?', 4000),
    ),
    options: Type.Array(Option, {
      minItems: 2,
      maxItems: MAX_ITEMS.options,
      description: `The options on this issue: 2 to ${MAX_ITEMS.options}; an agreement picks exactly one.`,
      examples: [
        [
          { id: 'specific-consent', label: 'Specific consent' },
          { id: 'broad-consent', label: 'Broad consent' },
        ],
      ],
    }),
  },
  'An issue on the table, with its options.',
  {
    id: 'legal-basis',
    title: 'Legal basis for research',
    options: [
      { id: 'specific-consent', label: 'Specific consent' },
      { id: 'broad-consent', label: 'Broad consent' },
    ],
  },
);
export type Issue = Static<typeof Issue>;

export const Batna = Obj(
  {
    points: Points,
    description: Text(
      'What the party does if there is no agreement, in words.',
      'The 1995 Directive stays; national research rules keep applying.',
      4000,
    ),
  },
  "The party's best alternative to a negotiated agreement: its points with no deal, and what that means.",
  { points: 35, description: 'The 1995 Directive stays in force.' },
);
export type Batna = Static<typeof Batna>;

export const Persona = Obj(
  {
    toughness: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 1,
        default: 0.5,
        description: 'How hard a computer negotiator playing this party bargains: 0 concedes early, 1 holds out.',
        examples: [0.7],
      }),
    ),
    trust: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 1,
        default: 0.5,
        description: 'How readily a computer negotiator trusts others at the start: 0 suspicious, 1 trusting.',
        examples: [0.4],
      }),
    ),
  },
  'How a computer negotiator plays this party when no human takes it.',
  { toughness: 0.6, trust: 0.4 },
);
export type Persona = Static<typeof Persona>;

/** points[issue][option] */
export const Sheet = IdMap(
  IdMap(Points, MAX_ITEMS.options, 'Points for each option of this issue.', {
    'specific-consent': 0,
    'broad-consent': 25,
  }),
  MAX_ITEMS.issues,
  "The party's confidential scoring sheet: for every issue, points for every option.",
  { 'legal-basis': { 'specific-consent': 0, 'broad-consent': 25 } },
);
export type Sheet = Static<typeof Sheet>;

export const Track = Type.Union([Type.Literal('I'), Type.Literal('II')], {
  default: 'I',
  description:
    'Who may table text. Track I (states, institutions: the negotiators) may propose and amend the text on the table. Track II (NGOs, industry, experts) may not: they lobby, campaign, present evidence, build coalitions, use side channels, and support or object to the text.',
  examples: ['II'],
});
export type Track = Static<typeof Track>;

export const RedLine = Obj(
  {
    issue: Id,
    option: Id,
  },
  'An option this party will never accept: its stance on any text containing it is a fixed objection; computer negotiators never table or support such a text, and a human is warned before doing so.',
  { issue: 'legal-basis', option: 'specific-consent' },
);
export type RedLine = Static<typeof RedLine>;

export const Party = Obj(
  {
    id: Id,
    name: Text('The name shown at the table.', 'Research community', 120),
    kind: PartyKind,
    description: Text(
      'Public description: who they are, as every player sees it.',
      'Medical-research funders and academies, led by the Wellcome Trust.',
      4000,
    ),
    brief: Text(
      'Confidential brief: what only this party knows and wants. Plain text; paragraphs separated by a blank line.',
      'Your funders have told you that ...',
    ),
    colour: Type.Optional(
      Type.String({
        pattern: '^#[0-9a-fA-F]{6}$',
        description: "The party's colour as #rrggbb.",
        examples: ['#0072b2'],
      }),
    ),
    influence: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 1000,
        default: 1,
        description: 'Weight in weighted-majority votes.',
        examples: [3],
      }),
    ),
    veto: Type.Optional(
      Type.Boolean({
        default: false,
        description: 'True when this party can block an agreement by objecting to it.',
        examples: [true],
      }),
    ),
    batna: Batna,
    sheet: Sheet,
    persona: Type.Optional(Persona),
    track: Type.Optional(Track),
    redLines: Type.Optional(
      Type.Array(RedLine, {
        maxItems: MAX_ITEMS.issues,
        description:
          'The options this party will never accept, as its brief states them ("our red line", "we could never accept"). Each must be an option of the issue it names.',
        examples: [[{ issue: 'legal-basis', option: 'specific-consent' }]],
      }),
    ),
  },
  'A stakeholder at the table.',
);
export type Party = Static<typeof Party>;

// ---- Conditions (scoring rules and event triggers) -------------------------------------------

export const Comparison = Obj(
  {
    atLeast: Type.Optional(Type.Number({ description: 'True when the value is at least this.', examples: [60] })),
    atMost: Type.Optional(Type.Number({ description: 'True when the value is at most this.', examples: [4] })),
  },
  'A comparison: at least and/or at most a number.',
  { atLeast: 60 },
);
export type Comparison = Static<typeof Comparison>;

export interface AllCondition {
  all: Condition[];
}
export interface AnyCondition {
  any: Condition[];
}
export interface NotCondition {
  not: Condition;
}
export interface IssueIsCondition {
  issue: string;
  is: string;
}
export interface IssueOneOfCondition {
  issue: string;
  oneOf: string[];
}
export interface LegitimacyCondition {
  legitimacy: Comparison;
}
export interface RoundCondition {
  round: Comparison;
}
export interface EvidencePresentedCondition {
  evidencePresented: string;
}
export interface PartyLeftCondition {
  partyLeft: string;
}
export type Condition =
  | AllCondition
  | AnyCondition
  | NotCondition
  | IssueIsCondition
  | IssueOneOfCondition
  | LegitimacyCondition
  | RoundCondition
  | EvidencePresentedCondition
  | PartyLeftCondition;

export const Condition = Type.Recursive(
  (Self) =>
    Type.Union(
      [
        Obj(
          {
            all: Type.Array(Self, {
              minItems: 1,
              maxItems: MAX_ITEMS.conditions,
              description: `Every condition in the list holds (at most ${MAX_ITEMS.conditions}).`,
              examples: [[{ issue: 'legal-basis', is: 'broad-consent' }, { legitimacy: { atLeast: 50 } }]],
            }),
          },
          'All of these hold.',
        ),
        Obj(
          {
            any: Type.Array(Self, {
              minItems: 1,
              maxItems: MAX_ITEMS.conditions,
              description: `At least one condition in the list holds (at most ${MAX_ITEMS.conditions}).`,
              examples: [
                [
                  { issue: 'legal-basis', is: 'broad-consent' },
                  { issue: 'legal-basis', is: 'research-exemption' },
                ],
              ],
            }),
          },
          'Any of these holds.',
        ),
        Obj({ not: Self }, 'This does not hold.'),
        Obj({ issue: Id, is: Id }, 'The package picks this option on this issue.', {
          issue: 'legal-basis',
          is: 'broad-consent',
        }),
        Obj(
          {
            issue: Id,
            oneOf: Type.Array(Id, {
              minItems: 1,
              maxItems: MAX_ITEMS.options,
              description: 'Option ids.',
              examples: [['broad-consent', 'research-exemption']],
            }),
          },
          'The package picks one of these options on this issue.',
          { issue: 'legal-basis', oneOf: ['broad-consent', 'research-exemption'] },
        ),
        Obj({ legitimacy: Comparison }, "The package's public legitimacy (0 to 100) compares so.", {
          legitimacy: { atLeast: 60 },
        }),
        Obj({ round: Comparison }, 'The round (of agreement, or the current round for events) compares so.', {
          round: { atMost: 4 },
        }),
        Obj({ evidencePresented: Id }, 'This piece of evidence has been presented.', {
          evidencePresented: 'cancer-registry-study',
        }),
        Obj({ partyLeft: Id }, 'This party has walked away.', { partyLeft: 'privacy-ngos' }),
      ],
      {
        description:
          'A condition on the package (the agreed one for scoring rules, the text on the table for events) or on the game.',
        examples: [
          { all: [{ issue: 'legal-basis', is: 'broad-consent' }, { not: { issue: 'safeguards', is: 'none' } }] },
        ],
      },
    ),
  { $id: 'Condition' },
);

export const ScoringRule = Obj(
  {
    id: Id,
    description: Text(
      'Why the bonus or penalty applies, in words the debrief shows.',
      'A deal that keeps research workable is worth more to the funders.',
      2000,
    ),
    parties: Type.Array(Id, {
      minItems: 1,
      maxItems: MAX_ITEMS.parties,
      description: 'The parties whose score changes.',
      examples: [['research-community']],
    }),
    points: Points,
    when: Condition,
  },
  'A bonus (positive points) or penalty (negative) for some parties when a condition on the agreed package holds.',
);
export type ScoringRule = Omit<Static<typeof ScoringRule>, 'when'> & { when: Condition };

// ---- Agreement, protocol, legitimacy --------------------------------------------------------

export const AgreementRuleKind = Type.Union(
  [Type.Literal('unanimity'), Type.Literal('majority'), Type.Literal('weighted-majority')],
  {
    description:
      'Unanimity: every party still at the table supports. Majority: more than the threshold share of parties. Weighted majority: more than the threshold share of influence.',
    examples: ['unanimity'],
  },
);
export type AgreementRuleKind = Static<typeof AgreementRuleKind>;

export const Consequence = Obj(
  {
    description: Text(
      'What happens, in words.',
      'The Commission withdraws the proposal; the old Directive stays.',
      4000,
    ),
    points: Type.Optional(
      IdMap(Points, MAX_ITEMS.parties, 'Points added to (or taken from) each named party.', {
        'research-community': -10,
      }),
    ),
  },
  'A consequence: a description and point changes for some parties.',
  { description: 'The Commission withdraws its proposal.', points: { 'research-community': -10 } },
);
export type Consequence = Static<typeof Consequence>;

export const AgreementRule = Obj(
  {
    rule: AgreementRuleKind,
    threshold: Type.Optional(
      Type.Number({
        exclusiveMinimum: 0,
        maximum: 1,
        default: 0.5,
        description:
          'For majority rules: the share that must be exceeded (0.5 means more than half; 0.66 means more than two thirds).',
        examples: [0.5],
      }),
    ),
    required: Type.Optional(
      Type.Array(Id, {
        maxItems: MAX_ITEMS.parties,
        description: 'Parties whose support is required whatever the rule.',
        examples: [['commission', 'parliament', 'council']],
      }),
    ),
    noDeal: Type.Optional(Consequence),
    binds: Type.Optional(
      Type.Union([Type.Literal('all'), Type.Literal('stayers')], {
        default: 'all',
        description:
          'Whom the deal binds. "all": every party, including those that walked away (a law binds everyone: walking out forfeits a voice, not the outcome). "stayers": only the parties still at the table; a party that walked away keeps its BATNA.',
        examples: ['stayers'],
      }),
    ),
    counts: Type.Optional(
      Type.Union([Type.Literal('all'), Type.Literal('present')], {
        default: 'all',
        description:
          'Whom the agreement rule counts. "all": every party, so a party that walked away still counts among those the rule needs (it never supports), and a walk-out does not lower the bar. "present": only the parties still at the table, so after a walk-out "5 of 6" becomes "4 of 5".',
        examples: ['present'],
      }),
    ),
  },
  'How an agreement is reached, and what happens at the deadline without one (each party gets its BATNA, plus this consequence).',
  { rule: 'unanimity', required: ['commission'] },
);
export type AgreementRule = Static<typeof AgreementRule>;

export const ActionKind = Type.Union(
  [
    Type.Literal('propose'),
    Type.Literal('amend'),
    Type.Literal('support'),
    Type.Literal('object'),
    Type.Literal('call-vote'),
    Type.Literal('walk-away'),
    Type.Literal('pass'),
    Type.Literal('present-evidence'),
    Type.Literal('challenge-evidence'),
    Type.Literal('offer-coalition'),
    Type.Literal('accept-coalition'),
    Type.Literal('leave-coalition'),
    Type.Literal('side-message'),
    Type.Literal('live-with'),
  ],
  { description: 'A kind of move.', examples: ['propose'] },
);
export type ActionKind = Static<typeof ActionKind>;

export const Protocol = Obj(
  {
    rounds: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 50,
        default: 8,
        description: 'How many rounds before the deadline.',
        examples: [8],
      }),
    ),
    turnOrder: Type.Optional(
      Type.Array(Id, {
        maxItems: MAX_ITEMS.parties,
        description: 'The order in which parties move each round; by default, the order of the parties list.',
        examples: [['commission', 'parliament']],
      }),
    ),
    actions: Type.Optional(
      Type.Array(ActionKind, {
        maxItems: MAX_ITEMS.actions,
        description:
          'The moves allowed; by default all. Pass and walk-away are always allowed; "propose" is required, and "support" or "call-vote" (or no other party could back a text).',
        examples: [['propose', 'amend', 'support', 'object', 'pass']],
      }),
    ),
    talkActionsPerTurn: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 10,
        default: 2,
        description: 'How many talk moves (evidence, coalitions, side messages) a party may make before its main move.',
        examples: [2],
      }),
    ),
  },
  'How the negotiation runs: rounds, turn order, allowed moves.',
  { rounds: 8, talkActionsPerTurn: 2 },
);
export type Protocol = Static<typeof Protocol>;

export const Rigour = Type.Union([Type.Literal('weak'), Type.Literal('moderate'), Type.Literal('strong')], {
  description:
    'How rigorous the evidence is: weak (anecdote, unsourced figures), moderate (credible but partial), strong (peer-reviewed, official statistics, court findings).',
  examples: ['strong'],
});
export type Rigour = Static<typeof Rigour>;

export const Argument = Obj(
  {
    issue: Id,
    option: Id,
    stance: Type.Union([Type.Literal('for'), Type.Literal('against')], {
      description: 'Whether the evidence argues for or against the option.',
      examples: ['for'],
    }),
    strength: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 3,
        default: 2,
        description: 'How strongly: 1 a little, 2 clearly, 3 decisively.',
        examples: [2],
      }),
    ),
  },
  'An option the evidence argues for or against.',
  { issue: 'legal-basis', option: 'broad-consent', stance: 'for', strength: 2 },
);
export type Argument = Static<typeof Argument>;

export const Evidence = Obj(
  {
    id: Id,
    holder: Id,
    title: Text('The title of the evidence.', 'Cancer registries under consent-only rules', 200),
    summary: Text(
      'What it shows, in a sentence or two.',
      'Registries lose 10–20% of cases when consent is required, biasing survival figures.',
      4000,
    ),
    source: Source,
    provenance: Text(
      'Where the data come from and how they were produced.',
      'Peer-reviewed study of national cancer registries, 2013.',
      2000,
    ),
    rigour: Rigour,
    flaws: Type.Optional(
      Type.Array(Flaw, {
        maxItems: 10,
        uniqueItems: true,
        description:
          'The flaws the evidence really has (none by default). Other players see its source, method and provenance but not its rigour or flaws; a challenge succeeds only if it names one of these. Revealed in the debrief.',
        examples: [['self-selected-sample', 'conflict-of-interest']],
      }),
    ),
    date: Type.Optional(
      DateText(
        'When the evidence became known (published, leaked, presented). With a calendar it can be presented only from the first round whose period reaches this date.',
        '2014-07',
      ),
    ),
    published: Type.Optional(
      DateText(
        'When it was made public, where that came after its date: intelligence, a draft or an internal review its holder had privately (from its date) before it was published (this date; its source may cite that publication). Players are told both.',
        '2018-10-04',
      ),
    ),
    argues: Type.Array(Argument, {
      minItems: 1,
      maxItems: MAX_ITEMS.argues,
      description: `The options it argues for or against (at most ${MAX_ITEMS.argues}).`,
      examples: [[{ issue: 'legal-basis', option: 'broad-consent', stance: 'for', strength: 2 }]],
    }),
    available: Type.Optional(
      Type.Boolean({
        default: true,
        description: 'False when the evidence only appears through an event.',
        examples: [false],
      }),
    ),
  },
  'A piece of evidence one party holds and may present.',
);
export type Evidence = Static<typeof Evidence>;

/** The `type` field that says which effect an entry is. */
const EffectKind = <K extends string>(kind: K) =>
  Type.Literal(kind, { description: 'Which kind of effect this is.', examples: [kind] });

export const Effect = Type.Union(
  [
    Obj(
      { type: EffectKind('change-points'), party: Id, issue: Id, option: Id, by: Points },
      "Change a party's points for one option.",
      { type: 'change-points', party: 'us-platforms', issue: 'surveillance-limits', option: 'status-quo', by: -15 },
    ),
    Obj({ type: EffectKind('change-batna'), party: Id, by: Points }, "Change a party's BATNA points.", {
      type: 'change-batna',
      party: 'us-commerce',
      by: -20,
    }),
    Obj(
      { type: EffectKind('add-option'), issue: Id, option: Id },
      'Put an option (declared with "available": false) on the table.',
      { type: 'add-option', issue: 'redress', option: 'ombudsperson' },
    ),
    Obj({ type: EffectKind('withdraw-option'), issue: Id, option: Id }, 'Take an option off the table.', {
      type: 'withdraw-option',
      issue: 'legal-basis',
      option: 'self-certification',
    }),
    Obj(
      { type: EffectKind('add-evidence'), evidence: Id },
      'Make a piece of evidence (declared with "available": false) available to its holder.',
      { type: 'add-evidence', evidence: 'prism-slides' },
    ),
    Obj({ type: EffectKind('withdraw-evidence'), evidence: Id }, 'Withdraw a piece of evidence.', {
      type: 'withdraw-evidence',
      evidence: 'industry-survey',
    }),
    Obj(
      {
        type: EffectKind('change-legitimacy'),
        issue: Id,
        option: Id,
        by: Type.Number({
          minimum: -100,
          maximum: 100,
          description: 'Change in public legitimacy (points out of 100).',
          examples: [-20],
        }),
      },
      "Change the public's regard for an option.",
      { type: 'change-legitimacy', issue: 'surveillance-limits', option: 'status-quo', by: -25 },
    ),
    Obj(
      {
        type: EffectKind('end-negotiation'),
        outcome: Type.Optional(Text('What ends the talks, in words.', 'The Court strikes the decision down.', 2000)),
      },
      'End the negotiation now, without a deal.',
      { type: 'end-negotiation' },
    ),
  ],
  { description: 'What an event changes.', examples: [{ type: 'change-batna', party: 'us-commerce', by: -20 }] },
);
export type Effect = Static<typeof Effect>;

export const Trigger = Type.Union(
  [
    Obj(
      {
        round: Type.Integer({
          minimum: 1,
          maximum: 50,
          description: 'The event fires at the start of this round.',
          examples: [3],
        }),
      },
      'Fires at the start of a round.',
      { round: 3 },
    ),
    Obj({ when: Condition }, 'Fires the first time the condition holds after a move.', {
      when: { evidencePresented: 'prism-slides' },
    }),
  ],
  { description: 'When the event fires.', examples: [{ round: 3 }] },
);
export type Trigger = { round: number } | { when: Condition };

export const GameEvent = Obj(
  {
    id: Id,
    title: Text('A headline for the event.', 'The Snowden disclosures', 200),
    trigger: Trigger,
    date: Type.Optional(
      DateText(
        'When it happened. With a calendar the event fires no earlier than the first round whose period reaches this date (a round trigger set earlier waits for it).',
        '2013-06',
      ),
    ),
    announcement: Text(
      'The public announcement every player reads when it fires.',
      'The Guardian and the Washington Post publish documents on PRISM...',
      4000,
    ),
    effects: Type.Optional(
      Type.Array(Effect, {
        maxItems: MAX_ITEMS.effects,
        description: `What the event changes (at most ${MAX_ITEMS.effects} effects).`,
        examples: [[{ type: 'change-legitimacy', issue: 'surveillance-limits', option: 'status-quo', by: -25 }]],
      }),
    ),
  },
  'Something that happens during the negotiation.',
);
export type GameEvent = Omit<Static<typeof GameEvent>, 'trigger'> & { trigger: Trigger };

export const Legitimacy = Obj(
  {
    threshold: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 100,
        default: 50,
        description: 'A deal whose legitimacy is below this has no social licence.',
        examples: [50],
      }),
    ),
    options: IdMap(
      IdMap(
        Type.Number({ minimum: 0, maximum: 100 }),
        MAX_ITEMS.options,
        'Public regard (0 to 100) for each option of this issue.',
        {
          'specific-consent': 70,
          'broad-consent': 55,
        },
      ),
      MAX_ITEMS.issues,
      'How the public regards each option (0 to 100); options not named stand at 50.',
      { 'legal-basis': { 'specific-consent': 70, 'broad-consent': 55 } },
    ),
    weights: Type.Optional(
      IdMap(
        Type.Number({ minimum: 0, maximum: 100 }),
        MAX_ITEMS.issues,
        "How much each issue weighs in a package's legitimacy (default 1).",
        { 'legal-basis': 2 },
      ),
    ),
    consequence: Type.Optional(Consequence),
  },
  'Public legitimacy (the social licence): how the public regards each option, and what happens to a deal below the threshold.',
  {
    threshold: 50,
    options: { 'legal-basis': { 'specific-consent': 70, 'broad-consent': 55 } },
    consequence: { description: 'The deal is challenged in court and in the press.', points: { commission: -15 } },
  },
);
export type Legitimacy = Static<typeof Legitimacy>;

export const ScoreWeights = Obj(
  {
    outcome: Type.Number({
      minimum: 0,
      maximum: 100,
      default: 80,
      description: 'Weight of the outcome (points against the best and worst possible).',
      examples: [80],
    }),
    process: Type.Number({
      minimum: 0,
      maximum: 100,
      default: 20,
      description: 'Weight of the process (credibility, evidence quality, trust kept).',
      examples: [20],
    }),
  },
  'How the final score mixes outcome and process.',
  { outcome: 80, process: 20 },
);
export type ScoreWeights = Static<typeof ScoreWeights>;

export const LessonOutcome = Type.Union([Type.Literal('agreement'), Type.Literal('no-deal')], {
  description: 'Show the lesson only when the table ended so: with an agreement, or without one.',
  examples: ['no-deal'],
});

export const Lesson = Type.Union(
  [
    Text('A lesson shown in every debrief.', 'Rigorous evidence outlasts anecdote.', 2000),
    Obj(
      {
        text: Text('The lesson.', 'The intelligence community held the key concession.', 2000),
        outcome: Type.Optional(LessonOutcome),
        when: Type.Optional(Condition),
      },
      'A lesson shown only when the table did what it says: the outcome and a condition on the agreed package (the language of scoring rules: with no deal, conditions on the package do not hold).',
      {
        text: 'The intelligence community held the key concession.',
        outcome: 'agreement',
        when: { issue: 'surveillance-limits', is: 'status-quo' },
      },
    ),
  ],
  { description: 'A lesson: a text, or a text with the conditions under which it applies.' },
);
export type Lesson = string | { text: string; outcome?: 'agreement' | 'no-deal'; when?: Condition };

export const Debrief = Obj(
  {
    lessons: Type.Array(Lesson, {
      minItems: 1,
      maxItems: MAX_ITEMS.lessons,
      description: `What the scenario teaches (at most ${MAX_ITEMS.lessons} lessons); a lesson with conditions shows only when this table met them.`,
      examples: [
        [
          'Rigorous evidence outlasts anecdote.',
          { text: 'Without a social licence the scheme was closed.', outcome: 'no-deal' },
        ],
      ],
    }),
    whatHappened: Text(
      'What really happened, with dates.',
      'On 15 December 2015 the trilogue reached political agreement...',
    ),
    questions: Type.Array(
      Text('A question for discussion.', 'Who had the strongest BATNA, and did they use it?', 1000),
      {
        minItems: 1,
        maxItems: MAX_ITEMS.questions,
        description: `Questions for the class discussion (at most ${MAX_ITEMS.questions}).`,
        examples: [['Who had the strongest BATNA, and did they use it?']],
      },
    ),
  },
  'The debrief the instructor walks the class through.',
  {
    lessons: ['Rigorous evidence outlasts anecdote.'],
    whatHappened: 'On 15 December 2015 the trilogue reached political agreement.',
    questions: ['Who had the strongest BATNA?'],
  },
);
export type Debrief = Omit<Static<typeof Debrief>, 'lessons'> & { lessons: Lesson[] };

export const History = Obj(
  {
    outcome: Type.Union([Type.Literal('agreement'), Type.Literal('no-deal')], {
      description: 'Whether the real negotiation ended in an agreement or without one.',
      examples: ['agreement'],
    }),
    date: DateText('When the real negotiation ended (the agreement, or the end without one).', '2015-12-15'),
    summary: Text(
      'What was really agreed, or why no deal came, in a sentence or two.',
      'Political agreement in the trilogue: research is a compatible purpose with safeguards.',
      4000,
    ),
    package: Type.Optional(
      IdMap(
        Id,
        MAX_ITEMS.issues,
        'For an agreement: for every issue, the option that comes closest to the real text.',
        { 'legal-basis': 'broad-consent' },
      ),
    ),
    acceptedBy: Type.Optional(
      Type.Array(Id, {
        maxItems: MAX_ITEMS.parties,
        uniqueItems: true,
        description:
          'For an agreement: the parties that really accepted it (the authoring report checks that it beats their BATNAs).',
        examples: [['commission', 'parliament', 'council']],
      }),
    ),
    sources: Type.Array(Source, {
      minItems: 1,
      maxItems: MAX_ITEMS.sources,
      description: 'Where the real outcome is documented.',
      examples: [[{ title: 'Regulation (EU) 2016/679', url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj' }]],
    }),
  },
  "What really happened at the end: the package really agreed (or that no deal came), when, and who accepted it. The debrief and the outcome chart show it beside the table's deal.",
  {
    outcome: 'agreement',
    date: '2015-12-15',
    summary: 'Political agreement in the trilogue.',
    package: { 'legal-basis': 'broad-consent' },
    acceptedBy: ['commission', 'parliament', 'council'],
    sources: [{ title: 'Regulation (EU) 2016/679' }],
  },
);
export type History = Static<typeof History>;

// ---- The class hour: facilitator guide, preparation worksheet, exit reflection ---------------

const Count = (description: string, example: number, minimum: number, maximum: number) =>
  Type.Integer({ minimum, maximum, description, examples: [example] });

export const TimingPlan = Obj(
  {
    minutes: Count('The length of the class this plan fills, in minutes.', 90, 20, 600),
    briefing: Count('Minutes for the public background and the rules, read together.', 10, 0, 600),
    preparation: Count('Minutes for reading the confidential brief and filling the worksheet.', 15, 0, 600),
    negotiation: Count('Minutes of play.', 45, 1, 600),
    debrief: Count('Minutes for the debrief.', 20, 0, 600),
    turnClockSeconds: Count(
      'The suggested turn clock in seconds: a party that has not moved by then passes. Rounds × parties × this should fit in the negotiation minutes.',
      45,
      10,
      1800,
    ),
    notes: Type.Optional(
      Text(
        'How to run this plan: what to cut or add, when to call the last round.',
        'Announce round 5 as the halfway mark.',
        2000,
      ),
    ),
  },
  'A timing plan for a class of a given length: the minutes of each part must add up to the whole.',
  { minutes: 90, briefing: 10, preparation: 15, negotiation: 45, debrief: 20, turnClockSeconds: 45 },
);
export type TimingPlan = Static<typeof TimingPlan>;

export const RoleAssignment = Obj(
  {
    double: Type.Array(Id, {
      maxItems: MAX_ITEMS.parties,
      description:
        'The roles to give two trainees each when a class has more trainees than roles, in the order to double them.',
      examples: [['council', 'parliament']],
    }),
    computers: Type.Array(Id, {
      maxItems: MAX_ITEMS.parties,
      description: 'The roles to give computer negotiators when a table is short of trainees, in that order.',
      examples: [['industry']],
    }),
    notes: Text(
      'Why these roles, and who should take the hard ones.',
      'Give the Council to a confident pair: it holds the strongest BATNA.',
      4000,
    ),
  },
  'How to assign roles for classes of 10 to 40 trainees: which roles to double, which to give computers.',
  { double: ['council'], computers: ['industry'], notes: 'The Council needs two trainees: it has the most to read.' },
);
export type RoleAssignment = Static<typeof RoleAssignment>;

export const TableOutcome = Type.Union([Type.Literal('agreement'), Type.Literal('no-deal')], {
  description: 'Ask the question only when the table ended so: with an agreement, or without one.',
  examples: ['no-deal'],
});
export type TableOutcome = Static<typeof TableOutcome>;

export const KeyedQuestion = Obj(
  {
    question: Text('The question to ask.', 'Why did nobody use the registry study?', 1000),
    outcome: Type.Optional(TableOutcome),
    when: Type.Optional(Condition),
  },
  'A debrief question keyed to what a table did, as a conditioned lesson is: asked when the outcome and the condition (if given) hold.',
  {
    question: 'Specific consent won. Who paid for it?',
    outcome: 'agreement',
    when: { issue: 'legal-basis', is: 'specific-consent' },
  },
);
export type KeyedQuestion = Omit<Static<typeof KeyedQuestion>, 'when'> & { when?: Condition };

export const FacilitatorGuide = Obj(
  {
    teachingObjectives: Type.Array(
      Text('A teaching objective.', 'Trainees tell a BATNA from a reservation point.', 1000),
      {
        minItems: 1,
        maxItems: 10,
        description: 'What the class hour teaches (1 to 10).',
        examples: [['Trainees tell a BATNA from a reservation point.']],
      },
    ),
    timing: Type.Array(TimingPlan, {
      minItems: 1,
      maxItems: 6,
      description: 'Timing plans, one per class length (60, 90 and 120 minutes are usual).',
      examples: [[{ minutes: 60, briefing: 5, preparation: 10, negotiation: 30, debrief: 15, turnClockSeconds: 40 }]],
    }),
    roles: RoleAssignment,
    whatUsuallyHappens: Text(
      'What tables usually do, so the instructor knows what to watch for.',
      'The Council sits on its BATNA until round 5 ...',
      6000,
    ),
    commonMistakes: Type.Array(Text('A common mistake.', 'Presenting weak evidence first.', 1000), {
      minItems: 1,
      maxItems: 10,
      description: 'Mistakes trainees usually make (1 to 10).',
      examples: [['Presenting weak evidence first.']],
    }),
    debriefQuestions: Type.Array(KeyedQuestion, {
      minItems: 1,
      maxItems: MAX_ITEMS.questions,
      description: `Debrief questions keyed to what tables did (at most ${MAX_ITEMS.questions}).`,
      examples: [[{ question: 'Why did the talks fail?', outcome: 'no-deal' }]],
    }),
  },
  'The facilitator guide: teaching objectives, timing plans, role assignment, what usually happens, common mistakes and debrief questions.',
  {
    teachingObjectives: ['Trainees tell a BATNA from a reservation point.'],
    timing: [{ minutes: 60, briefing: 5, preparation: 10, negotiation: 30, debrief: 15, turnClockSeconds: 30 }],
    roles: { double: ['council'], computers: ['industry'], notes: 'Give the Council to a confident pair.' },
    whatUsuallyHappens: 'The Council waits until round 5.',
    commonMistakes: ['Splitting every issue down the middle.'],
    debriefQuestions: [{ question: 'Why did the talks fail?', outcome: 'no-deal' }],
  },
);
export type FacilitatorGuide = Omit<Static<typeof FacilitatorGuide>, 'debriefQuestions'> & {
  debriefQuestions: KeyedQuestion[];
};

export const WorksheetQuestion = Obj(
  {
    id: Id,
    prompt: Text('The question.', 'Which piece of evidence will you present first, and to whom?', 1000),
    hint: Type.Optional(Text('A hint shown under the question.', 'Look at its rigour.', 1000)),
  },
  'A preparation question specific to this case, answered in free text.',
  { id: 'first-evidence', prompt: 'Which piece of evidence will you present first, and to whom?' },
);
export type WorksheetQuestion = Static<typeof WorksheetQuestion>;

export const Worksheet = Obj(
  {
    introduction: Type.Optional(Text('A line above the worksheet.', 'Ten minutes: write before you talk.', 2000)),
    questions: Type.Array(WorksheetQuestion, {
      minItems: 1,
      maxItems: 8,
      description:
        'Questions for this case (1 to 8), asked after the four every worksheet has: the BATNA in the trainee’s own words, priorities in order, the reservation point and what the others want.',
      examples: [[{ id: 'first-evidence', prompt: 'Which evidence first?' }]],
    }),
  },
  'The preparation worksheet each trainee fills in, best before their first turn (at a class’s table it is taken until the table ends).',
  { questions: [{ id: 'first-evidence', prompt: 'Which piece of evidence will you present first, and to whom?' }] },
);
export type Worksheet = Static<typeof Worksheet>;

export const ReflectionChoice = Obj(
  { id: Id, label: Text('The answer as shown.', 'The Council', 300) },
  'One answer to a multiple-choice question.',
  { id: 'council', label: 'The Council' },
);

/** The example of a multiple-choice question (the question's own, and the first of the exit reflection's examples). */
const CHOICE_QUESTION_EXAMPLE = {
  id: 'strongest',
  kind: 'choice',
  prompt: 'Whose BATNA was strongest?',
  choices: [
    { id: 'council', label: 'The Council' },
    { id: 'parliament', label: 'The Parliament' },
  ],
  answer: 'council',
};

export const ReflectionQuestion = Type.Union(
  [
    Obj(
      {
        id: Id,
        kind: Type.Literal('text', { description: 'Answered in free text.', examples: ['text'] }),
        prompt: Text('The question.', 'What would you do differently?', 1000),
      },
      'A question answered in free text.',
      { id: 'differently', kind: 'text', prompt: 'What would you do differently?' },
    ),
    Obj(
      {
        id: Id,
        kind: Type.Literal('choice', { description: 'Answered by choosing one answer.', examples: ['choice'] }),
        prompt: Text('The question.', 'Whose BATNA was strongest?', 1000),
        choices: Type.Array(ReflectionChoice, {
          minItems: 2,
          maxItems: 6,
          description: 'The answers to choose from (2 to 6).',
          examples: [
            [
              { id: 'council', label: 'The Council' },
              { id: 'parliament', label: 'The Parliament' },
            ],
          ],
        }),
        answer: Type.Optional(
          Type.String({
            pattern: ID_PATTERN,
            maxLength: 64,
            description: 'The id of the expected answer, if there is one (shown after answering).',
            examples: ['council'],
          }),
        ),
        explanation: Type.Optional(
          Text('Why, shown with the expected answer.', 'Its BATNA was 52: the old Directive suited it.', 2000),
        ),
      },
      'A multiple-choice question.',
      CHOICE_QUESTION_EXAMPLE,
    ),
  ],
  { description: 'A question of the exit reflection.', examples: [{ id: 'x', kind: 'text', prompt: 'What?' }] },
);
export type ReflectionQuestion = Static<typeof ReflectionQuestion>;

export const ExitReflection = Obj(
  {
    questions: Type.Array(ReflectionQuestion, {
      minItems: 3,
      maxItems: 5,
      description: 'The learning check: 3 to 5 questions, free text or multiple choice.',
      examples: [
        [
          CHOICE_QUESTION_EXAMPLE,
          { id: 'evidence', kind: 'text', prompt: 'Which evidence moved your table?' },
          { id: 'differently', kind: 'text', prompt: 'What would you do differently?' },
        ],
      ],
    }),
  },
  'The exit reflection each trainee answers after the game: a short learning check.',
  {
    questions: [
      CHOICE_QUESTION_EXAMPLE,
      { id: 'evidence', kind: 'text', prompt: 'Which evidence moved your table?' },
      { id: 'differently', kind: 'text', prompt: 'What would you do differently?' },
    ],
  },
);
export type ExitReflection = Static<typeof ExitReflection>;

const ISSUE_EXAMPLE = {
  id: 'legal-basis',
  title: 'Legal basis for research',
  options: [
    { id: 'specific-consent', label: 'Specific consent' },
    { id: 'broad-consent', label: 'Broad consent' },
  ],
};
const PARTY_EXAMPLE = {
  id: 'research-community',
  name: 'Research community',
  kind: 'research-community',
  description: 'Medical-research funders and academies.',
  brief: 'You represent the funders. Above all you need ...',
  batna: { points: 35, description: 'The 1995 Directive stays.' },
  sheet: { 'legal-basis': { 'specific-consent': 0, 'broad-consent': 40 } },
};
const SECOND_PARTY_EXAMPLE = {
  id: 'privacy-ngos',
  name: 'Privacy NGOs',
  kind: 'civil-society',
  description: 'Digital-rights groups.',
  brief: 'You speak for the people in the data. Above all you need ...',
  batna: { points: 30, description: 'The 1995 Directive stays.' },
  sheet: { 'legal-basis': { 'specific-consent': 40, 'broad-consent': 0 } },
};
const EVIDENCE_EXAMPLE = {
  id: 'registry-study',
  holder: 'research-community',
  title: 'Cancer registries under consent-only rules',
  summary: 'Registries lose cases when consent is required.',
  source: { title: 'A peer-reviewed registry study' },
  provenance: 'National cancer registries, peer-reviewed.',
  rigour: 'strong',
  argues: [{ issue: 'legal-basis', option: 'broad-consent', stance: 'for' }],
};
const EVENT_EXAMPLE = {
  id: 'snowden',
  title: 'The Snowden disclosures',
  trigger: { round: 2 },
  announcement: 'Newspapers publish documents on mass surveillance.',
  effects: [{ type: 'change-legitimacy', issue: 'legal-basis', option: 'broad-consent', by: -10 }],
};

export const Scenario = Type.Object(
  {
    $schema: Type.Optional(
      Type.String({
        description: 'The JSON Schema this file follows, for editors.',
        examples: ['./scenario.schema.json'],
      }),
    ),
    id: Id,
    title: Text('The title.', 'A research exemption in the GDPR', 200),
    summary: Text('One paragraph: what is negotiated, by whom.', 'Brussels, 2012–2015: ...', 2000),
    version: Type.String({
      pattern: '^\\d+\\.\\d+(\\.\\d+)?$',
      description: 'The version of this scenario file.',
      examples: ['1.0.0'],
    }),
    language: Type.Optional(
      Type.String({
        pattern: LANGUAGE_TAG,
        default: 'en',
        description:
          'The language of the plain texts, as a language tag; texts given in several languages fall back to it.',
        examples: ['en'],
      }),
    ),
    objectives: Type.Array(
      Text('A learning objective.', 'Use evidence of known provenance to move a coalition.', 1000),
      {
        minItems: 1,
        maxItems: MAX_ITEMS.objectives,
        description: `Learning objectives (at most ${MAX_ITEMS.objectives}).`,
        examples: [['Use evidence of known provenance to move a coalition.']],
      },
    ),
    themes: Type.Optional(
      Type.Array(Theme, {
        maxItems: MAX_ITEMS.themes,
        description: 'Themes the scenario teaches.',
        examples: [['diplomacy-for-data', 'track-1']],
      }),
    ),
    durationMinutes: Type.Optional(
      Type.Integer({
        minimum: 5,
        maximum: 600,
        default: 60,
        description: 'Expected classroom time in minutes.',
        examples: [90],
      }),
    ),
    sources: Type.Optional(
      Type.Array(Source, {
        maxItems: MAX_ITEMS.sources,
        description: `Sources the scenario is built on (at most ${MAX_ITEMS.sources}).`,
        examples: [[{ title: 'Regulation (EU) 2016/679', url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj' }]],
      }),
    ),
    background: Text(
      'The public briefing every player reads. Plain text; paragraphs separated by a blank line.',
      'In January 2012 the European Commission proposed ...',
    ),
    parties: Type.Array(Party, {
      minItems: 2,
      maxItems: MAX_ITEMS.parties,
      description: `The stakeholders: 2 to ${MAX_ITEMS.parties}.`,
      examples: [[PARTY_EXAMPLE, SECOND_PARTY_EXAMPLE]],
    }),
    issues: Type.Array(Issue, {
      minItems: 1,
      maxItems: MAX_ITEMS.issues,
      description: `The issues on the table: 1 to ${MAX_ITEMS.issues}.`,
      examples: [[ISSUE_EXAMPLE]],
    }),
    scoringRules: Type.Optional(
      Type.Array(ScoringRule, {
        maxItems: MAX_ITEMS.scoringRules,
        description: `Bonuses and penalties beyond the sheets (at most ${MAX_ITEMS.scoringRules}).`,
        examples: [
          [
            {
              id: 'workable-research',
              description: 'Research stays workable.',
              parties: ['research-community'],
              points: 10,
              when: { issue: 'legal-basis', oneOf: ['broad-consent', 'research-exemption'] },
            },
          ],
        ],
      }),
    ),
    agreement: AgreementRule,
    protocol: Type.Optional(Protocol),
    evidence: Type.Optional(
      Type.Array(Evidence, {
        maxItems: MAX_ITEMS.evidence,
        description: `The evidence parties hold (at most ${MAX_ITEMS.evidence} pieces).`,
        examples: [[EVIDENCE_EXAMPLE]],
      }),
    ),
    events: Type.Optional(
      Type.Array(GameEvent, {
        maxItems: MAX_ITEMS.events,
        description: `Events that change the game (at most ${MAX_ITEMS.events}).`,
        examples: [[EVENT_EXAMPLE]],
      }),
    ),
    legitimacy: Type.Optional(Legitimacy),
    scoring: Type.Optional(ScoreWeights),
    calendar: Type.Optional(
      Type.Array(DateText('The period a round stands for.', '2012-01'), {
        minItems: 1,
        maxItems: 50,
        description:
          'The date each round stands for, one per round in order (as many as "rounds" in "protocol"). Evidence and events with a date exist only from the first round whose period reaches it.',
        examples: [['2012-01', '2013-10', 'spring 2014', '2015-06']],
      }),
    ),
    history: Type.Optional(History),
    facilitatorGuide: Type.Optional(FacilitatorGuide),
    worksheet: Type.Optional(Worksheet),
    exitReflection: Type.Optional(ExitReflection),
    debrief: Debrief,
  },
  {
    additionalProperties: false,
    title: 'Accord scenario',
    description:
      'A negotiation over data for Accord: parties, issues, scoring, agreement rule, evidence, events and debrief.',
  },
);

/** A scenario as written in the file (optional fields may be missing). */
export type ScenarioFile = Omit<Static<typeof Scenario>, 'scoringRules' | 'events' | 'debrief' | 'facilitatorGuide'> & {
  scoringRules?: ScoringRule[];
  events?: GameEvent[];
  debrief: Debrief;
  facilitatorGuide?: FacilitatorGuide;
};
