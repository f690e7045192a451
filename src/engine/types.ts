/**
 * The rules engine's public types. Other layers (bots, store, game, cli) code against these:
 * keep them stable; additions are fine.
 *
 * Everything here is plain JSON (no Map, Set, class or function), so a GameState survives
 * JSON.parse(JSON.stringify(state)) and play continues identically.
 */
import type {
  Condition,
  Evidence,
  EvidenceId,
  EventId,
  Flaw,
  Issue,
  IssueId,
  OptionId,
  Package,
  PartyId,
  PartyKind,
  Scenario,
  SheetPoints,
  AgreementRule,
  Protocol,
  Rigour,
} from '../scenario/types.ts';

export type { Package, PartyId, IssueId, OptionId, EvidenceId, EventId, Scenario };

// ---- Setup -------------------------------------------------------------------------------------

/** What the players chose before the game: kept small on purpose. */
export interface Setup {
  /** Display names of the people (or bots) playing each party, e.g. { commission: 'Ana' }. */
  players?: Record<PartyId, string>;
}

// ---- Actions -----------------------------------------------------------------------------------

/** Where a piece of evidence is presented: one party, or the whole table. */
export type Audience = PartyId | 'all';

export type MainActionType = 'propose' | 'amend' | 'support' | 'object' | 'call-vote' | 'walk-away' | 'pass';
export type TalkActionType =
  | 'present-evidence'
  | 'challenge-evidence'
  | 'offer-coalition'
  | 'accept-coalition'
  | 'leave-coalition'
  | 'side-message'
  | 'live-with';

/** Put a full package (one available option for every issue) on the table. Main move. */
export interface ProposeAction {
  type: 'propose';
  party: PartyId;
  package: Package;
}
/** Change one issue of the text on the table. Main move. */
export interface AmendAction {
  type: 'amend';
  party: PartyId;
  issue: IssueId;
  option: OptionId;
}
/** Support the text on the table. Main move. */
export interface SupportAction {
  type: 'support';
  party: PartyId;
}
/** Object to the text on the table. Main move. */
export interface ObjectAction {
  type: 'object';
  party: PartyId;
}
/** Call a formal vote on the text on the table (if the protocol allows). Main move. */
export interface CallVoteAction {
  type: 'call-vote';
  party: PartyId;
}
/** Leave the negotiation with the BATNA. Main move. */
export interface WalkAwayAction {
  type: 'walk-away';
  party: PartyId;
}
/** Do nothing more this turn. Main move. */
export interface PassAction {
  type: 'pass';
  party: PartyId;
}
/** Show a piece of evidence the party holds to one party or to all. Talk move. */
export interface PresentEvidenceAction {
  type: 'present-evidence';
  party: PartyId;
  evidence: EvidenceId;
  to: Audience;
}
/**
 * Question a piece of evidence someone presented to you or to all, naming the flaw alleged: the
 * challenge succeeds only if the evidence really has it. Talk move.
 */
export interface ChallengeEvidenceAction {
  type: 'challenge-evidence';
  party: PartyId;
  evidence: EvidenceId;
  flaw: Flaw;
}
/** Invite a party into a coalition. Talk move. */
export interface OfferCoalitionAction {
  type: 'offer-coalition';
  party: PartyId;
  to: PartyId;
}
/** Accept a pending coalition offer (forms, joins or merges coalitions). Talk move. */
export interface AcceptCoalitionAction {
  type: 'accept-coalition';
  party: PartyId;
  from: PartyId;
}
/** Leave one's coalition. Talk move. */
export interface LeaveCoalitionAction {
  type: 'leave-coalition';
  party: PartyId;
}
/** A private message (Track II): only sender and recipient ever see the text. Talk move. */
export interface SideMessageAction {
  type: 'side-message';
  party: PartyId;
  to: PartyId;
  text: string;
}

/**
 * Say which of the texts tabled so far (by version, 1 to the text on the table) the party could live
 * with: a tour de table. Public and not binding; the latest statement stands, and it speaks of the
 * texts tabled until then (an empty list: none of them). Talk move.
 */
export interface LiveWithAction {
  type: 'live-with';
  party: PartyId;
  versions: number[];
}

/**
 * A step the facilitator (the instructor) takes at a table. It is not a party's move: no turn, no
 * party; the engine applies it at any moment of a running game (engine/facilitation.ts), logs a
 * public sentence for the trainees, and keeps it in the action log so a replay rebuilds it.
 * - pause / resume: no party may move while paused;
 * - extend: the deadline moves one round later;
 * - fire-event: one of the scenario's events fires now, as if its trigger held;
 * - hand-over: a party's seat goes to a computer negotiator (the server runs it; the log says so);
 * - end: the negotiation ends now without a deal.
 */
export type FacilitateAction =
  | { type: 'facilitate'; step: 'pause' | 'resume' | 'extend' | 'end' }
  | { type: 'facilitate'; step: 'fire-event'; event: EventId }
  | { type: 'facilitate'; step: 'hand-over'; seat: PartyId };

export type FacilitatorStep = FacilitateAction['step'];

export type Action =
  | FacilitateAction
  | ProposeAction
  | AmendAction
  | SupportAction
  | ObjectAction
  | CallVoteAction
  | WalkAwayAction
  | PassAction
  | PresentEvidenceAction
  | ChallengeEvidenceAction
  | OfferCoalitionAction
  | AcceptCoalitionAction
  | LeaveCoalitionAction
  | SideMessageAction
  | LiveWithAction;

export type ActionType = Action['type'];

/** The longest side message accepted, in characters. */
export const MAX_SIDE_MESSAGE_LENGTH = 2000;

/**
 * What a party may do now. Proposals are combinatorial, so `propose` is a template listing the
 * available options of each issue (pick one per issue); `side-message` lists the recipients (write
 * any text up to MAX_SIDE_MESSAGE_LENGTH); `live-with` lists the versions a statement may name (name
 * any of them, or none). Every other entry is a concrete Action.
 */
export type LegalAction =
  | { type: 'propose'; party: PartyId; choices: Record<IssueId, OptionId[]> }
  | { type: 'side-message'; party: PartyId; to: PartyId[] }
  | { type: 'live-with'; party: PartyId; versions: number[] }
  | Exclude<Action, ProposeAction | SideMessageAction | LiveWithAction | FacilitateAction>;

/** A party's move (every action but the facilitator's). */
export type PartyAction = Exclude<Action, FacilitateAction>;

/** apply's answer for a move it refuses. */
export interface Rejection {
  ok: false;
  reason: string;
}
export type ApplyResult = { ok: true; state: GameState } | Rejection;

// ---- State -------------------------------------------------------------------------------------

export type Stance = 'support' | 'object';

/** The text on the table. */
export interface Table {
  /** The text's number in the game (GameState.textsTabled when it was tabled): a view tells texts apart by it. */
  version: number;
  package: Package;
  /** Who proposed or last amended it. */
  author: PartyId;
  /** Stances of parties on this text; no entry = no stance yet. Reset on every new text. */
  stances: Record<PartyId, Stance>;
  /** Parties that supported this text at some point (an objection afterwards costs trust). */
  everSupported: PartyId[];
}

/** A piece of evidence once presented: to whom, and what it did (so a challenge can undo part). */
export interface Presentation {
  by: PartyId;
  /** Audiences in order; contains 'all' once it has been presented publicly. */
  to: Audience[];
  round: number;
  /** Legitimacy factor applied when presented to all (strength × this = points moved); 0 if never public. */
  legitimacyFactor: number;
  /** Persuasion factor applied to each listener (strength × this = persuasion moved). */
  persuasionFactor: Record<PartyId, number>;
  /** The challenge, if any: who, when, the flaw it named and what came of it. */
  challenge: { by: PartyId; round: number; flaw: Flaw; outcome: 'exposed' | 'contested' | 'upheld' } | null;
}

export type Outcome =
  | { kind: 'agreement'; package: Package; round: number; legitimacy: number; supporters: PartyId[] }
  | { kind: 'no-deal'; round: number; reason: string };

/** Who may read a log entry. */
export type Visibility = 'public' | { parties: PartyId[] };

export type LogKind = ActionType | 'round' | 'event' | 'agreement' | 'no-deal' | 'vote' | 'notice';

export interface LogEntry {
  seq: number;
  round: number;
  kind: LogKind;
  /** The party that acted (absent for events and notices). */
  party?: PartyId;
  /** A sentence for people. */
  text: string;
  visibility: Visibility;
  /** The action, for action entries. */
  action?: Action;
  /** The event, for event entries. */
  event?: EventId;
  /** For the notice of fixed objections to a new text: the parties whose red lines it crosses (public, as the text says). */
  redLineObjectors?: PartyId[];
}

/**
 * The whole game. Plain JSON; the normalised Scenario is embedded so that a saved game is
 * self-contained. Treat it as immutable: apply returns a new state sharing unchanged parts.
 */
export interface GameState {
  format: 'accord-game/1';
  scenario: Scenario;
  setup: Setup;
  seed: number;
  status: 'running' | 'finished';
  round: number;
  /** Index into scenario.protocol.turnOrder of the party whose turn it is. */
  turnIndex: number;
  /** The party whose turn it is; null once finished. */
  active: PartyId | null;
  /** Talk moves used in the current turn. */
  talkUsed: number;
  /** Number of actions applied so far. */
  moves: number;
  /**
   * How many texts have been tabled so far: each proposal or amendment is the next version, so the
   * text on the table is version `textsTabled`. Versions never restart, even after an event made the
   * text on the table fall, so a version names one text of the whole game (a tour de table names them).
   */
  textsTabled: number;
  table: Table | null;
  /** Parties that walked away, in order. */
  left: PartyId[];
  /** 0..100 per party. */
  credibility: Record<PartyId, number>;
  /** trust[a][b]: how much a trusts b, 0..100. */
  trust: Record<PartyId, Record<PartyId, number>>;
  /** persuasion[listener][issue][option]: how evidence moved the listener (sparse; -100..100). Never touches sheets. */
  persuasion: Record<PartyId, Record<IssueId, Record<OptionId, number>>>;
  /** Public legitimacy per option, 0..100, as evidence and events moved it. */
  legitimacy: Record<IssueId, Record<OptionId, number>>;
  /** Sparse changes to sheets made by events: sheetChanges[party][issue][option] = delta. */
  sheetChanges: Record<PartyId, Record<IssueId, Record<OptionId, number>>>;
  /** Changes to BATNA points made by events. */
  batnaChanges: Record<PartyId, number>;
  optionAvailable: Record<IssueId, Record<OptionId, boolean>>;
  evidenceAvailable: Record<EvidenceId, boolean>;
  presented: Record<EvidenceId, Presentation>;
  coalitions: PartyId[][];
  /** Pending coalition offers. */
  offers: { from: PartyId; to: PartyId }[];
  /** Side messages sent, by sender → recipients (for trust: Track II promises kept). */
  messaged: Record<PartyId, PartyId[]>;
  /** Events that have fired, in order. */
  fired: EventId[];
  /** Set while the facilitator has paused the table (absent otherwise). */
  paused?: true;
  /** Rounds the facilitator added to the protocol's deadline (absent: none). */
  extraRounds?: number;
  outcome: Outcome | null;
  log: LogEntry[];
}

// ---- Views -------------------------------------------------------------------------------------

/** A party as everyone sees it: no brief, sheet, BATNA or persona. */
export interface PublicParty {
  id: PartyId;
  name: string;
  kind: PartyKind;
  description: string;
  colour: string;
  influence: number;
  veto: boolean;
  /** 'I': may table text (propose, amend); 'II': lobbies, argues and takes stances only. */
  track: 'I' | 'II';
  /** Display name of the player, from Setup. */
  player?: string;
  atTable: boolean;
}

/**
 * Evidence presented to all: the scenario's description of it (its source, provenance and date)
 * and who presented it; never its rigour or flaws, which players judge for themselves.
 */
export interface PublicEvidence extends Omit<Evidence, 'available' | 'rigour' | 'flaws'> {
  presentedBy: PartyId;
  round: number;
  challenge: Presentation['challenge'];
}

export interface PublicView {
  kind: 'public';
  scenario: {
    id: string;
    title: string;
    summary: string;
    version: string;
    /** The language the game is told in (the scenario's `language`). */
    language: string;
    background: string;
    agreement: Pick<AgreementRule, 'rule' | 'threshold' | 'required' | 'binds' | 'counts'>;
    protocol: Protocol;
    legitimacyThreshold: number;
    /** The date each round stands for ([] without a calendar). */
    calendar: string[];
  };
  parties: PublicParty[];
  /** Issues with options' availability as it stands now. */
  issues: Issue[];
  status: GameState['status'];
  /** Present while the facilitator has paused the table. */
  paused?: true;
  round: number;
  /** The last round (the protocol's, plus any the facilitator added). */
  rounds: number;
  active: PartyId | null;
  talkActionsLeft: number;
  table: (Omit<Table, 'everSupported'> & { legitimacy: number }) | null;
  legitimacy: Record<IssueId, Record<OptionId, number>>;
  credibility: Record<PartyId, number>;
  coalitions: PartyId[][];
  /** Evidence presented to all. */
  evidence: PublicEvidence[];
  events: EventId[];
  outcome: Outcome | null;
  /** Public log entries. */
  log: LogEntry[];
}

/** Evidence a party holds (its own) or was shown privately. */
export interface KnownEvidence extends Omit<PublicEvidence, 'presentedBy' | 'round' | 'challenge'> {
  /** Its rigour and flaws for the party that holds it; null for evidence another party showed. */
  rigour: Rigour | null;
  flaws: Flaw[] | null;
  /** Presented by whom and to whom, if at all; null when the party holds it and has not shown it. */
  presentation: { by: PartyId; to: Audience[]; challenge: Presentation['challenge'] } | null;
  /** True when the party holds it and may still present it. */
  available: boolean;
}

/** A scenario scoring rule as the party it names sees it: never whom else the rule names. */
export interface OwnScoringRule {
  id: string;
  description: string;
  /** Points for this party when the condition holds on the agreed package. */
  points: number;
  when: Condition;
}

/**
 * A party's own scoring beyond its sheet, as data (a bot judges packages not yet on the table with
 * it; a human reads it in the brief). Only this party's figures: rules keep their condition and
 * points but not the list of parties they name; consequences give this party's points only.
 * Static for a game (events change sheets and BATNAs, never these). Bots read their scoring from here.
 */
export interface OwnScoring {
  /** The scoring rules whose `parties` include this party, in scenario order. */
  rules: OwnScoringRule[];
  legitimacy: {
    /** Issue weights of a package's public legitimacy (the legitimacy of each option is `legitimacy` in the view). */
    weights: Record<IssueId, number>;
    /** A deal whose legitimacy is under this loses its social licence. */
    threshold: number;
    /** This party's points when a deal loses its social licence; 0 when the scenario names none for it. */
    consequence: number;
    /** The scenario's words for that consequence; null when it names no points for this party. */
    consequenceDescription: string | null;
  };
  /** Added to this party's BATNA when the deadline passes without a deal; null when the scenario names none for it. */
  noDeal: { points: number; description: string } | null;
}

export interface PartyView extends Omit<PublicView, 'kind' | 'log'> {
  kind: 'party';
  party: PartyId;
  brief: string;
  /** The party's own sheet, as events changed it. */
  sheet: SheetPoints;
  batna: { points: number; description: string };
  /** Options this party declared it will never accept (its red lines; its own only). */
  redLines: { issue: IssueId; option: OptionId }[];
  /** The scenario's scoring rules and consequences that change this party's points (its figures only). */
  ownScoring: OwnScoring;
  /** The party's own points for the text on the table (sheet + scoring rules), or null. */
  preview: PackagePreview | null;
  /** Side messages sent or received by this party. */
  sideMessages: { from: PartyId; to: PartyId; round: number; text: string }[];
  /** This party's trust in each other party. */
  trust: Record<PartyId, number>;
  /** How evidence moved this party (the computer negotiators' willingness uses it). */
  persuasion: Record<IssueId, Record<OptionId, number>>;
  /** Evidence the party holds, or was shown. */
  knownEvidence: KnownEvidence[];
  /** The party's coalition partners (empty when in none). */
  coalition: PartyId[];
  /** For each partner: its stance on the text on the table and its ideal option per issue (never its sheet). */
  partners: Record<PartyId, { stance: Stance | null; ideal: Record<IssueId, OptionId> }>;
  offers: { from: PartyId; to: PartyId }[];
  /** Log entries this party may read (public ones and its own private ones). */
  log: LogEntry[];
}

export type View = PublicView | PartyView;

// ---- Scores ------------------------------------------------------------------------------------

/** One line of a score's explanation: where these points came from. */
export interface ScoreLine {
  label: string;
  points: number;
}

/** A party's own points for a package agreed now, explained; `lines` sums to `points`. */
export interface PackagePreview {
  points: number;
  lines: ScoreLine[];
}

export interface PartyScore {
  party: PartyId;
  /** Raw points of the outcome for this party; `lines` sums to it. */
  points: number;
  lines: ScoreLine[];
  /** BATNA points as events left them. */
  batna: number;
  /** points − batna. */
  surplus: number;
  /**
   * Worst and best raw points possible for this party (for normalisation): the exact extremes over
   * the packages on the table (src/analysis), each compared with its BATNA and its no-deal points.
   */
  worst: number;
  best: number;
  /** 0..100: where points lie between worst and best. */
  outcome: number;
  /** 0..100; `processLines` sums to it. */
  process: number;
  processLines: ScoreLine[];
  /** 0..100; `finalLines` sums to it. */
  final: number;
  finalLines: ScoreLine[];
}

/**
 * The collective part of the score: how good the outcome was for the table as a whole, against what
 * the outcome space allowed (src/analysis). Gains are over each party's no-deal points (its BATNA
 * plus the scenario's no-deal consequence). Every party counts, those who walked away included, at
 * what they really get: the deal's points when it binds every party, their BATNA when it binds only
 * those who stayed (so a deal efficient only among the stayers is not called Pareto-efficient).
 */
export interface CollectiveScore {
  /** 'agreement': how good the deal was; 'no-deal': what a deal could have offered. */
  kind: 'agreement' | 'no-deal';
  /** The parties counted (every party), in scenario order. */
  parties: PartyId[];
  /** False when the analysis could not run (e.g. an issue has no option left); figures are then null. */
  analysed: boolean;
  /** 0..100: the deal's share of the maximum joint gain (null: no deal, or no package gains jointly). */
  efficiency: number | null;
  /** Sums to `efficiency` (empty when null). */
  efficiencyLines: ScoreLine[];
  /** 0..100: the deal's Nash product as a share of the Nash bargaining point's (null: no deal, or no Nash point). */
  fairness: number | null;
  /** Sums to `fairness` (empty when null). */
  fairnessLines: ScoreLine[];
  /** Σ of the parties' gains over no deal (0 with no deal). */
  jointGain: number | null;
  /** The largest Σ of gains any package gives. */
  maxJointGain: number | null;
  /** No package leaves every counted party at least as well off and one better (null: no deal). */
  paretoEfficient: boolean | null;
  /** The package that dominates the deal with the largest total gain, and each party's gain (null: none). */
  dominatedBy: { package: Package; gains: Record<PartyId, number> } | null;
  /** The most every counted party could have gained at once over the deal (0 on the frontier). */
  distanceToFrontier: number | null;
  /** The deal's product of gains / the Nash point's (null: no deal or no Nash point). */
  nashRatio: number | null;
  /** The smallest gain of a counted party, and the largest smallest gain any package gives. */
  minSurplus: number | null;
  egalitarianMinSurplus: number | null;
  /**
   * Whether some coalition able to carry a deal under the agreement rule had a package giving each
   * member more than no deal; with the feasible coalitions and each one's Nash package.
   */
  zone: { exists: boolean; coalitions: { members: PartyId[]; package: Package }[] } | null;
  /** What it means, for a trainee, in order. */
  sentences: string[];
}

export interface ScoreReport {
  /** True while the game is still running (scores as if it ended now without a deal). */
  provisional: boolean;
  outcome: Outcome | null;
  weights: { outcome: number; process: number };
  parties: Record<PartyId, PartyScore>;
  /** The collective part: efficiency and fairness of the deal, or what a deal could have offered. */
  collective: CollectiveScore;
}

// ---- Action log --------------------------------------------------------------------------------

/** A saved game as its recipe: replaying the actions on the scenario rebuilds the state exactly. */
export interface ActionLog {
  format: 'accord-log/1';
  scenario: { id: string; version: string };
  setup: Setup;
  seed: number;
  actions: Action[];
  /**
   * Computer parties' one-line reasons, by action index (as a string): kept beside the actions, never
   * in the state, so no view shows them during play; the log after the game and the review do.
   */
  reasons?: Record<string, string>;
}

export type ReplayResult = { ok: true; state: GameState } | { ok: false; index: number; reason: string };
