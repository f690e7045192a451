/**
 * A scenario as the rest of Accord sees it: loaded, checked and with every default filled in.
 *
 * The file format (`schema.ts`) keeps most fields optional so that instructors write little; the
 * loader turns a valid file into this shape, so no later code re-checks ids or guesses defaults.
 * Everything here is plain JSON (no Map, no class), so it survives a JSON round trip and can sit
 * inside a saved game.
 */
import type {
  ActionKind,
  AgreementRuleKind,
  Condition,
  Consequence,
  Effect,
  Flaw,
  ExitReflection,
  FacilitatorGuide,
  KeyedQuestion,
  PartyKind,
  ReflectionQuestion,
  Rigour,
  Source,
  TableOutcome,
  Theme,
  Track,
  TimingPlan,
  Trigger,
  Worksheet,
} from './schema.ts';

export type {
  ActionKind,
  AgreementRuleKind,
  Condition,
  Consequence,
  Effect,
  Flaw,
  ExitReflection,
  FacilitatorGuide,
  KeyedQuestion,
  PartyKind,
  ReflectionQuestion,
  Rigour,
  Source,
  TableOutcome,
  Theme,
  Track,
  TimingPlan,
  Trigger,
  Worksheet,
};

export type PartyId = string;
export type IssueId = string;
export type OptionId = string;
export type EvidenceId = string;
export type EventId = string;

/** points[issue][option], complete: every option of every issue has a number. */
export type SheetPoints = Record<IssueId, Record<OptionId, number>>;

export interface Option {
  id: OptionId;
  label: string;
  description: string; // '' when the file gave none
  /** On the table from the start (false: an event adds it). */
  available: boolean;
}

export interface Issue {
  id: IssueId;
  title: string;
  description: string;
  options: Option[];
}

export interface Party {
  id: PartyId;
  name: string;
  kind: PartyKind;
  description: string;
  brief: string;
  colour: string; // #rrggbb; a colour-blind-safe palette fills it in when the file gives none
  influence: number; // default 1
  veto: boolean; // default false
  batna: { points: number; description: string };
  sheet: SheetPoints;
  persona: { toughness: number; trust: number }; // each 0..1, default 0.5
  /** 'I' may propose and amend; 'II' may not (default 'I'). */
  track: Track;
  /** Options the party will never accept (default none). */
  redLines: { issue: IssueId; option: OptionId }[];
}

export interface ScoringRule {
  id: string;
  description: string;
  parties: PartyId[];
  points: number;
  when: Condition;
}

export interface AgreementRule {
  rule: AgreementRuleKind;
  /** Share that must be exceeded under majority rules (default 0.5). */
  threshold: number;
  required: PartyId[];
  noDeal: Consequence | null;
  /** Whom the deal binds: every party ('all', default) or only those still at the table. */
  binds: 'all' | 'stayers';
  /** Whom the rule counts: every party ('all', default) or only those present. */
  counts: 'all' | 'present';
}

export interface Protocol {
  rounds: number; // default 8
  turnOrder: PartyId[]; // default: the parties in file order
  actions: ActionKind[]; // default: all; 'pass' and 'walk-away' are always included
  talkActionsPerTurn: number; // default 2
}

export interface Argument {
  issue: IssueId;
  option: OptionId;
  stance: 'for' | 'against';
  strength: 1 | 2 | 3; // default 2
}

export interface Evidence {
  id: EvidenceId;
  holder: PartyId;
  title: string;
  summary: string;
  source: Source;
  provenance: string;
  rigour: Rigour;
  /** The flaws it really has (default none): a challenge succeeds only by naming one. */
  flaws: Flaw[];
  /** When it became known (a calendar date, see calendar.ts); null when the file gives none. */
  date: string | null;
  /**
   * When it was made public, where that came after `date` (intelligence or a draft held privately until then);
   * null otherwise. The table may use it from `date`: its holder had it then.
   */
  published: string | null;
  argues: Argument[];
  available: boolean; // default true
}

export interface GameEvent {
  id: EventId;
  title: string;
  trigger: Trigger;
  /** When it happened (a calendar date); null when the file gives none. */
  date: string | null;
  announcement: string;
  effects: Effect[];
}

/** A debrief lesson and when it applies (null: always). */
export interface Lesson {
  text: string;
  outcome: 'agreement' | 'no-deal' | null;
  when: Condition | null;
}

export interface Debrief {
  lessons: Lesson[];
  whatHappened: string;
  questions: string[];
}

/** What really happened at the end of the real negotiation. */
export interface History {
  outcome: 'agreement' | 'no-deal';
  date: string;
  summary: string;
  /** The package really agreed (every issue); null when no deal came. */
  package: Package | null;
  /** The parties that really accepted it ([] for no deal). */
  acceptedBy: PartyId[];
  sources: Source[];
}

export interface Legitimacy {
  threshold: number; // default 50
  /** Complete: every option of every issue (default 50). */
  options: Record<IssueId, Record<OptionId, number>>;
  /** Complete: every issue (default 1). */
  weights: Record<IssueId, number>;
  consequence: Consequence | null;
}

export interface Scenario {
  id: string;
  title: string;
  summary: string;
  version: string;
  language: string;
  objectives: string[];
  themes: Theme[];
  durationMinutes: number;
  sources: Source[];
  background: string;
  parties: Party[];
  issues: Issue[];
  scoringRules: ScoringRule[];
  agreement: AgreementRule;
  protocol: Protocol;
  evidence: Evidence[];
  events: GameEvent[];
  legitimacy: Legitimacy;
  scoring: { outcome: number; process: number };
  /** The date each round stands for, one per round; [] when the scenario has no calendar. */
  calendar: string[];
  /** The real outcome; null when the file gives none. */
  history: History | null;
  debrief: Debrief;
  /** The class hour (absent when the file gives none): the instructor's guide, the worksheet, the exit reflection. */
  facilitatorGuide?: FacilitatorGuide;
  worksheet?: Worksheet;
  exitReflection?: ExitReflection;
}

/** One problem found while loading a scenario file. */
export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  /** 1-based; 0 when the problem concerns the whole file (empty, unreadable). */
  line: number;
  column: number;
  /** JSON pointer to the value concerned ('' for the whole document). */
  pointer: string;
  /** A sentence an instructor understands, saying what is wrong and how to fix it. */
  message: string;
}

export type LoadResult =
  | {
      ok: true;
      scenario: Scenario;
      warnings: Problem[];
      /** The languages the file's texts are given in (its own language first). */
      languages: string[];
    }
  | { ok: false; problems: Problem[] };

/** A package: one option for every issue (the text on the table, or an agreement). */
export type Package = Record<IssueId, OptionId>;

/** A problem with the whole file (too big, unreadable, a crash caught), not with one place in it. */
export function fileProblem(file: string, message: string, severity: Problem['severity'] = 'error'): Problem {
  return { severity, file, line: 0, column: 0, pointer: '', message };
}
