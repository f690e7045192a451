/**
 * Checks what a JSON Schema cannot: that ids are unique and that every id a scenario uses (in
 * sheets, turn order, agreement, scoring rules, evidence, events, legitimacy) names something that
 * exists. It reads the parsed value defensively (anything of the wrong type is skipped: the schema
 * check reports it), so it runs even on a file with schema errors and every problem shows at once.
 */
import { parseDate, type Period } from './calendar.ts';
import { didYouMean } from './closest.ts';
import { capitalise, describeLocation } from './describeLocation.ts';
import type { Finding } from './jsonDocument.ts';
import { toPointer, type Segment } from './jsonPointer.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
/** An own property only: a scenario key such as "constructor" must never reach Object.prototype. */
const get = (v: unknown, key: string): unknown => (isObject(v) && Object.hasOwn(v, key) ? v[key] : undefined);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const quoted = (ids: Iterable<string>) => [...ids].map((id) => `"${id}"`).join(', ');

interface IssueInfo {
  index: number;
  options: Map<string, { index: number; available: boolean }>;
}

const DEFAULT_ROUNDS = 8;

class CrossReferences {
  readonly findings: Finding[] = [];
  private readonly parties: Map<string, number>;
  private readonly issues = new Map<string, IssueInfo>();
  private readonly evidence = new Map<string, { index: number; available: boolean }>();

  constructor(private readonly root: unknown) {
    this.parties = this.unique('parties', 'party', 'parties');
    for (const [id, index] of this.unique('issues', 'issue', 'issues')) {
      this.issues.set(id, { index, options: this.options(index) });
    }
    for (const [id, index] of this.unique('evidence', 'piece of evidence', 'pieces of evidence')) {
      this.evidence.set(id, { index, available: get(list(get(root, 'evidence'))[index], 'available') !== false });
    }
    this.unique('events', 'event', 'events');
    this.unique('scoringRules', 'scoring rule', 'scoring rules');
  }

  private where(path: Segment[]): string {
    return describeLocation(this.root, toPointer(path));
  }

  private report(severity: Finding['severity'], path: Segment[], message: string, atKey = false): void {
    this.findings.push({ severity, pointer: toPointer(path), message, ...(atKey ? { atKey } : {}) });
  }

  /** The ids of a top-level list (first occurrence wins), reporting duplicates. */
  private unique(listKey: string, kind: string, plural: string): Map<string, number> {
    const ids = new Map<string, number>();
    list(get(this.root, listKey)).forEach((item, i) => {
      const id = text(get(item, 'id'));
      if (id === undefined) return;
      const first = ids.get(id);
      if (first === undefined) ids.set(id, i);
      else
        this.report(
          'error',
          [listKey, i, 'id'],
          `Two ${plural} have the id "${id}" (numbers ${first + 1} and ${i + 1} in "${listKey}"): each ${kind} needs its own id.`,
        );
    });
    return ids;
  }

  private options(issueIndex: number): IssueInfo['options'] {
    const options: IssueInfo['options'] = new Map();
    const issue = list(get(this.root, 'issues'))[issueIndex];
    list(get(issue, 'options')).forEach((option, j) => {
      const id = text(get(option, 'id'));
      if (id === undefined) return;
      const first = options.get(id);
      if (first === undefined) options.set(id, { index: j, available: get(option, 'available') !== false });
      else
        this.report(
          'error',
          ['issues', issueIndex, 'options', j, 'id'],
          `Issue "${text(get(issue, 'id')) ?? issueIndex + 1}" has two options with the id "${id}" (numbers ${first.index + 1} and ${j + 1}): each option needs its own id.`,
        );
    });
    return options;
  }

  private unknown(kind: string, plural: string, id: string, known: Iterable<string>): string {
    const names = [...known];
    const hint = didYouMean(id, names);
    if (hint !== '') return `${kind} "${id}", which does not exist${hint}`;
    if (names.length === 0) return `${kind} "${id}", but the scenario has no ${plural}`;
    return `${kind} "${id}", which does not exist (the ${plural} are ${names.length <= 12 ? quoted(names) : quoted(names.slice(0, 12)) + ', …'})`;
  }

  /** Checks that the id at `path` names a party; true when it does. */
  private party(id: unknown, path: Segment[], atKey = false): boolean {
    if (typeof id !== 'string') return false;
    if (this.parties.has(id)) return true;
    const subject = atKey ? this.where(path.slice(0, -1)) : this.where(path);
    this.report(
      'error',
      path,
      `${capitalise(subject)} names ${this.unknown('party', 'parties', id, this.parties.keys())}.`,
      atKey,
    );
    return false;
  }

  private issue(id: unknown, path: Segment[], atKey = false): IssueInfo | undefined {
    if (typeof id !== 'string') return undefined;
    const info = this.issues.get(id);
    if (info) return info;
    const subject = atKey ? this.where(path.slice(0, -1)) : this.where(path);
    this.report(
      'error',
      path,
      `${capitalise(subject)} names ${this.unknown('issue', 'issues', id, this.issues.keys())}.`,
      atKey,
    );
    return undefined;
  }

  /** Checks an option id against the options of an issue already found. */
  private option(issueId: string, info: IssueInfo | undefined, id: unknown, path: Segment[], atKey = false): boolean {
    if (info === undefined || typeof id !== 'string') return false;
    if (info.options.has(id)) return true;
    const subject = atKey ? this.where(path.slice(0, -1)) : this.where(path);
    const hint = didYouMean(id, info.options.keys()) || ` (its options are ${quoted(info.options.keys())})`;
    this.report(
      'error',
      path,
      `${capitalise(subject)} names option "${id}", which is not an option of issue "${issueId}"${hint}.`,
      atKey,
    );
    return false;
  }

  private issueAndOption(
    holder: unknown,
    path: Segment[],
    issueKey = 'issue',
    optionKey = 'option',
  ): { issue: string; option: string } | undefined {
    const issueId = get(holder, issueKey);
    const info = this.issue(issueId, [...path, issueKey]);
    const optionId = get(holder, optionKey);
    if (typeof issueId !== 'string' || typeof optionId !== 'string') return undefined;
    return this.option(issueId, info, optionId, [...path, optionKey])
      ? { issue: issueId, option: optionId }
      : undefined;
  }

  private evidenceRef(id: unknown, path: Segment[]): { index: number; available: boolean } | undefined {
    if (typeof id !== 'string') return undefined;
    const found = this.evidence.get(id);
    if (found) return found;
    this.report(
      'error',
      path,
      `${capitalise(this.where(path))} names ${this.unknown('piece of evidence', 'evidence', id, this.evidence.keys())}.`,
    );
    return undefined;
  }

  /** Keys of a map { partyId: points } must be parties. */
  private partyKeys(map: unknown, path: Segment[]): void {
    if (!isObject(map)) return;
    for (const key of Object.keys(map)) this.party(key, [...path, key], true);
  }

  sheets(): void {
    list(get(this.root, 'parties')).forEach((party, i) => {
      const sheet = get(party, 'sheet');
      if (!isObject(sheet)) return;
      const whose = `The sheet of ${this.where(['parties', i])}`;
      for (const [issueId, info] of this.issues) {
        const points = get(sheet, issueId);
        if (points === undefined) {
          const skeleton = [...info.options.keys()].map((o) => `"${o}": …`).join(', ');
          this.report(
            'error',
            ['parties', i, 'sheet'],
            `${whose} has no points for issue "${issueId}": add "${issueId}": { ${skeleton} }.`,
          );
          continue;
        }
        if (!isObject(points)) continue;
        for (const optionId of info.options.keys()) {
          if (!Object.hasOwn(points, optionId)) {
            this.report(
              'error',
              ['parties', i, 'sheet', issueId],
              `${whose} has no points for option "${optionId}" of issue "${issueId}": add "${optionId}": … (a number of points).`,
            );
          }
        }
        for (const key of Object.keys(points)) {
          if (!info.options.has(key)) {
            const hint = didYouMean(key, info.options.keys()) || ` (its options are ${quoted(info.options.keys())})`;
            this.report(
              'error',
              ['parties', i, 'sheet', issueId, key],
              `${whose} gives points for "${key}", which is not an option of issue "${issueId}"${hint}.`,
              true,
            );
          }
        }
      }
      for (const key of Object.keys(sheet)) {
        if (!this.issues.has(key)) {
          this.report(
            'error',
            ['parties', i, 'sheet', key],
            `${whose} names ${this.unknown('issue', 'issues', key, this.issues.keys())}.`,
            true,
          );
        }
      }
    });
  }

  /** Red lines name real options, once each, and leave every issue something the party can accept. */
  redLines(): void {
    list(get(this.root, 'parties')).forEach((party, i) => {
      const whose = this.where(['parties', i]);
      const seen = new Map<string, Set<string>>();
      list(get(party, 'redLines')).forEach((line, k) => {
        const found = this.issueAndOption(line, ['parties', i, 'redLines', k]);
        if (!found) return;
        const options = seen.get(found.issue) ?? new Set<string>();
        if (options.has(found.option)) {
          this.report(
            'error',
            ['parties', i, 'redLines', k],
            `${capitalise(whose)} declares the red line "${found.option}" of issue "${found.issue}" twice: declare it once.`,
          );
          return;
        }
        options.add(found.option);
        seen.set(found.issue, options);
        const all = this.issues.get(found.issue)?.options;
        if (all && [...all.keys()].every((o) => options.has(o)))
          this.report(
            'error',
            ['parties', i, 'redLines', k],
            `${capitalise(whose)} declares every option of issue "${found.issue}" a red line, so it could never accept any text: leave at least one option it can live with.`,
          );
      });
    });
  }

  /** Somebody must be able to table text: at least one Track I party. */
  tracks(): void {
    const parties = list(get(this.root, 'parties'));
    if (parties.length > 0 && parties.every((p) => get(p, 'track') === 'II'))
      this.report(
        'error',
        ['parties'],
        'Every party is on Track II, so nobody could propose a text: make at least one party "track": "I" (the negotiators: states, institutions).',
      );
  }

  issuesOnTable(): void {
    list(get(this.root, 'issues')).forEach((issue, i) => {
      const options = list(get(issue, 'options'));
      if (options.length > 0 && options.every((o) => get(o, 'available') === false)) {
        this.report(
          'error',
          ['issues', i, 'options'],
          `${capitalise(this.where(['issues', i]))} has no option on the table at the start: every option says "available": false. Make at least one available.`,
        );
      }
    });
  }

  condition(condition: unknown, path: Segment[]): void {
    if (!isObject(condition)) return;
    list(get(condition, 'all')).forEach((c, i) => this.condition(c, [...path, 'all', i]));
    list(get(condition, 'any')).forEach((c, i) => this.condition(c, [...path, 'any', i]));
    if (get(condition, 'not') !== undefined) this.condition(get(condition, 'not'), [...path, 'not']);
    const issueId = get(condition, 'issue');
    if (typeof issueId === 'string') {
      const info = this.issue(issueId, [...path, 'issue']);
      if (get(condition, 'is') !== undefined) this.option(issueId, info, get(condition, 'is'), [...path, 'is']);
      list(get(condition, 'oneOf')).forEach((o, i) => this.option(issueId, info, o, [...path, 'oneOf', i]));
    }
    if (get(condition, 'evidencePresented') !== undefined)
      this.evidenceRef(get(condition, 'evidencePresented'), [...path, 'evidencePresented']);
    if (get(condition, 'partyLeft') !== undefined) this.party(get(condition, 'partyLeft'), [...path, 'partyLeft']);
  }

  scoringRules(): void {
    list(get(this.root, 'scoringRules')).forEach((rule, i) => {
      list(get(rule, 'parties')).forEach((p, k) => this.party(p, ['scoringRules', i, 'parties', k]));
      this.condition(get(rule, 'when'), ['scoringRules', i, 'when']);
    });
  }

  agreement(): void {
    const agreement = get(this.root, 'agreement');
    list(get(agreement, 'required')).forEach((p, k) => this.party(p, ['agreement', 'required', k]));
    this.partyKeys(get(get(agreement, 'noDeal'), 'points'), ['agreement', 'noDeal', 'points']);
  }

  protocol(): void {
    const protocol = get(this.root, 'protocol');
    const order = get(protocol, 'turnOrder');
    if (Array.isArray(order)) {
      const seen = new Set<string>();
      order.forEach((p, k) => {
        if (!this.party(p, ['protocol', 'turnOrder', k]) || typeof p !== 'string') return;
        if (seen.has(p))
          this.report(
            'error',
            ['protocol', 'turnOrder', k],
            `"turnOrder" in "protocol" names party "${p}" twice: every party moves exactly once per round.`,
          );
        seen.add(p);
      });
      const left = [...this.parties.keys()].filter((p) => !seen.has(p));
      if (left.length > 0) {
        this.report(
          'error',
          ['protocol', 'turnOrder'],
          `"turnOrder" in "protocol" leaves out ${left.length === 1 ? 'party' : 'parties'} ${quoted(left)}: it must name every party exactly once (or leave "turnOrder" out to use the order of "parties").`,
        );
      }
    }
    const actions = get(protocol, 'actions');
    if (Array.isArray(actions) && !actions.includes('propose')) {
      this.report(
        'error',
        ['protocol', 'actions'],
        '"actions" in "protocol" must include "propose": without it nobody can put a text on the table.',
      );
    }
  }

  evidenceList(): void {
    list(get(this.root, 'evidence')).forEach((item, i) => {
      this.party(get(item, 'holder'), ['evidence', i, 'holder']);
      list(get(item, 'argues')).forEach((argument, k) => this.issueAndOption(argument, ['evidence', i, 'argues', k]));
    });
  }

  events(): void {
    const rounds = get(get(this.root, 'protocol'), 'rounds');
    // An invalid "rounds" is reported by the schema check; judge the triggers against the default then.
    const lastRound =
      typeof rounds === 'number' && Number.isInteger(rounds) && rounds >= 1 && rounds <= 50 ? rounds : DEFAULT_ROUNDS;
    list(get(this.root, 'events')).forEach((event, i) => {
      const trigger = get(event, 'trigger');
      const round = get(trigger, 'round');
      if (typeof round === 'number' && round > lastRound) {
        this.report(
          'warning',
          ['events', i, 'trigger', 'round'],
          `${capitalise(this.where(['events', i]))} fires at round ${round}, but the negotiation has only ${lastRound} rounds ("rounds" in "protocol"): it will never fire.`,
        );
      }
      if (get(trigger, 'when') !== undefined) this.condition(get(trigger, 'when'), ['events', i, 'trigger', 'when']);
      list(get(event, 'effects')).forEach((effect, j) => this.effect(effect, ['events', i, 'effects', j]));
    });
  }

  private effect(effect: unknown, path: Segment[]): void {
    const type = get(effect, 'type');
    switch (type) {
      case 'change-points':
        this.party(get(effect, 'party'), [...path, 'party']);
        this.issueAndOption(effect, path);
        return;
      case 'change-batna':
        this.party(get(effect, 'party'), [...path, 'party']);
        return;
      case 'withdraw-option':
      case 'change-legitimacy':
        this.issueAndOption(effect, path);
        return;
      case 'add-option': {
        const found = this.issueAndOption(effect, path);
        if (found && this.issues.get(found.issue)?.options.get(found.option)?.available !== false) {
          this.report(
            'warning',
            [...path, 'option'],
            `${capitalise(this.where(path))} adds option "${found.option}" of issue "${found.issue}", but that option is on the table from the start: declare it with "available": false so that this event brings it in.`,
          );
        }
        return;
      }
      case 'add-evidence': {
        const found = this.evidenceRef(get(effect, 'evidence'), [...path, 'evidence']);
        if (found && found.available) {
          this.report(
            'warning',
            [...path, 'evidence'],
            `${capitalise(this.where(path))} adds evidence "${String(get(effect, 'evidence'))}", but it is available from the start: declare it with "available": false so that this event brings it in.`,
          );
        }
        return;
      }
      case 'withdraw-evidence':
        this.evidenceRef(get(effect, 'evidence'), [...path, 'evidence']);
        return;
      default:
        return; // unknown or missing type: the schema check explains it
    }
  }

  /** Reports a date the schema's pattern lets through but the calendar cannot read; its period otherwise. */
  private date(value: unknown, path: Segment[]): Period | undefined {
    if (typeof value !== 'string') return undefined;
    const p = parseDate(value);
    if (!('error' in p)) return p;
    this.report('error', path, `${capitalise(this.where(path))}: ${p.error}`);
    return undefined;
  }

  calendar(): void {
    const calendar = get(this.root, 'calendar');
    list(get(this.root, 'evidence')).forEach((item, i) => this.date(get(item, 'date'), ['evidence', i, 'date']));
    list(get(this.root, 'events')).forEach((event, i) => this.date(get(event, 'date'), ['events', i, 'date']));
    if (!Array.isArray(calendar)) return;
    const rounds = get(get(this.root, 'protocol'), 'rounds');
    const expected = typeof rounds === 'number' ? rounds : DEFAULT_ROUNDS;
    if (calendar.length !== expected)
      this.report(
        'error',
        ['calendar'],
        `"calendar" gives ${calendar.length} ${calendar.length === 1 ? 'date' : 'dates'}, but the negotiation has ${expected} rounds ("rounds" in "protocol"${typeof rounds === 'number' ? '' : ', by default'}): give one date per round.`,
      );
    let previous: { period: Period; text: string } | undefined;
    calendar.forEach((value, k) => {
      const period = this.date(value, ['calendar', k]);
      if (!period || typeof value !== 'string') return;
      if (previous && period.start < previous.period.start)
        this.report(
          'error',
          ['calendar', k],
          `Round ${k + 1} of "calendar" ("${value}") starts before round ${k} ("${previous.text}"): rounds go forward in time.`,
        );
      previous = { period, text: value };
    });
  }

  history(): void {
    const history = get(this.root, 'history');
    if (!isObject(history)) return;
    const outcome = get(history, 'outcome');
    const pkg = get(history, 'package');
    const accepted = get(history, 'acceptedBy');
    if (outcome === 'no-deal') {
      for (const key of ['package', 'acceptedBy'])
        if (get(history, key) !== undefined)
          this.report(
            'error',
            ['history', key],
            `"history" says no deal came, so it has no "${key}": remove it, or set "outcome" to "agreement".`,
          );
    }
    if (outcome === 'agreement') {
      if (!isObject(pkg))
        this.report(
          'error',
          ['history'],
          '"history" says an agreement came but gives no "package": name, for every issue, the option closest to the real text.',
        );
      if (!Array.isArray(accepted) || accepted.length === 0)
        this.report(
          'error',
          ['history'],
          '"history" says an agreement came but gives no "acceptedBy": name the parties that really accepted it.',
        );
    }
    if (isObject(pkg)) {
      for (const issueId of Object.keys(pkg)) {
        const info = this.issue(issueId, ['history', 'package', issueId], true);
        this.option(issueId, info, pkg[issueId], ['history', 'package', issueId]);
      }
      const missing = [...this.issues.keys()].filter((id) => !Object.hasOwn(pkg, id));
      if (missing.length > 0)
        this.report(
          'error',
          ['history', 'package'],
          `The real package in "history" leaves out ${missing.length === 1 ? 'issue' : 'issues'} ${quoted(missing)}: name an option for every issue.`,
        );
    }
    list(accepted).forEach((p, k) => this.party(p, ['history', 'acceptedBy', k]));
  }

  lessons(): void {
    list(get(get(this.root, 'debrief'), 'lessons')).forEach((lesson, i) => {
      if (get(lesson, 'when') !== undefined) this.condition(get(lesson, 'when'), ['debrief', 'lessons', i, 'when']);
    });
  }

  legitimacy(): void {
    const legitimacy = get(this.root, 'legitimacy');
    const options = get(legitimacy, 'options');
    if (isObject(options)) {
      for (const issueId of Object.keys(options)) {
        const info = this.issue(issueId, ['legitimacy', 'options', issueId], true);
        const regard = options[issueId];
        if (info && isObject(regard)) {
          for (const optionId of Object.keys(regard))
            this.option(issueId, info, optionId, ['legitimacy', 'options', issueId, optionId], true);
        }
      }
    }
    const weights = get(legitimacy, 'weights');
    if (isObject(weights))
      for (const issueId of Object.keys(weights)) this.issue(issueId, ['legitimacy', 'weights', issueId], true);
    this.partyKeys(get(get(legitimacy, 'consequence'), 'points'), ['legitimacy', 'consequence', 'points']);
  }

  /** Ids within one list (worksheet questions, reflection questions, choices) must be unique. */
  private uniqueIn(items: unknown[], path: Segment[], kind: string): Set<string> {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const id = text(get(item, 'id'));
      if (id === undefined) return;
      if (seen.has(id))
        this.report(
          'error',
          [...path, i, 'id'],
          `${capitalise(this.where(path))} has two ${kind} with the id "${id}": each needs its own id.`,
        );
      seen.add(id);
    });
    return seen;
  }

  /** The class hour: the facilitator guide's roles, timing and questions, the worksheet, the exit reflection. */
  classHour(): void {
    const guide = get(this.root, 'facilitatorGuide');
    const roles = get(guide, 'roles');
    const doubled = new Set<string>();
    list(get(roles, 'double')).forEach((p, k) => {
      if (this.party(p, ['facilitatorGuide', 'roles', 'double', k]) && typeof p === 'string') doubled.add(p);
    });
    list(get(roles, 'computers')).forEach((p, k) => {
      const path: Segment[] = ['facilitatorGuide', 'roles', 'computers', k];
      if (!this.party(p, path) || typeof p !== 'string' || !doubled.has(p)) return;
      this.report(
        'error',
        path,
        `Party "${p}" is both a role to double and a role for computers in "roles": a table short of trainees gives it to a computer, a full one doubles it; keep it in one list.`,
      );
    });
    const rounds = get(get(this.root, 'protocol'), 'rounds');
    const lastRound = typeof rounds === 'number' && Number.isInteger(rounds) && rounds >= 1 ? rounds : DEFAULT_ROUNDS;
    const lengths = new Set<number>();
    list(get(guide, 'timing')).forEach((plan, i) => {
      const path: Segment[] = ['facilitatorGuide', 'timing', i];
      const minutes = get(plan, 'minutes');
      const parts = ['briefing', 'preparation', 'negotiation', 'debrief'].map((key) => get(plan, key));
      if (typeof minutes !== 'number' || !parts.every((n): n is number => typeof n === 'number')) return;
      if (lengths.has(minutes))
        this.report('error', [...path, 'minutes'], `Two timing plans are for ${minutes} minutes: keep one.`);
      lengths.add(minutes);
      const sum = parts.reduce((a, b) => a + b, 0);
      if (sum !== minutes)
        this.report(
          'error',
          path,
          `The ${minutes}-minute timing plan adds up to ${sum} minutes (briefing ${parts[0]} + preparation ${parts[1]} + negotiation ${parts[2]} + debrief ${parts[3]}): make the parts add up to ${minutes}.`,
        );
      const clock = get(plan, 'turnClockSeconds');
      const turns = lastRound * this.parties.size;
      const negotiation = parts[2];
      if (typeof clock === 'number' && negotiation !== undefined && turns * clock > negotiation * 60)
        this.report(
          'warning',
          [...path, 'turnClockSeconds'],
          `In the ${minutes}-minute timing plan, ${lastRound} rounds of ${this.parties.size} turns at ${clock} seconds each take ${Math.ceil((turns * clock) / 60)} minutes, more than the ${negotiation} minutes of negotiation: shorten the turn clock to ${Math.floor((negotiation * 60) / turns)} seconds or give the negotiation more time.`,
        );
    });
    list(get(guide, 'debriefQuestions')).forEach((q, i) => {
      if (get(q, 'when') !== undefined)
        this.condition(get(q, 'when'), ['facilitatorGuide', 'debriefQuestions', i, 'when']);
    });
    this.uniqueIn(list(get(get(this.root, 'worksheet'), 'questions')), ['worksheet', 'questions'], 'questions');
    const reflection = list(get(get(this.root, 'exitReflection'), 'questions'));
    this.uniqueIn(reflection, ['exitReflection', 'questions'], 'questions');
    reflection.forEach((q, i) => {
      const path: Segment[] = ['exitReflection', 'questions', i];
      const choices = this.uniqueIn(list(get(q, 'choices')), [...path, 'choices'], 'answers');
      const answer = get(q, 'answer');
      if (typeof answer === 'string' && !choices.has(answer))
        this.report(
          'error',
          [...path, 'answer'],
          `${capitalise(this.where(path))} gives "${answer}" as its answer, which is not one of its choices${didYouMean(answer, choices) || ` (${quoted(choices)})`}.`,
        );
    });
  }
}

/** Every cross-reference problem of a parsed scenario (errors, and a few warnings). */
export function checkCrossReferences(value: unknown): Finding[] {
  const checker = new CrossReferences(value);
  checker.sheets();
  checker.issuesOnTable();
  checker.redLines();
  checker.tracks();
  checker.scoringRules();
  checker.agreement();
  checker.protocol();
  checker.evidenceList();
  checker.events();
  checker.legitimacy();
  checker.calendar();
  checker.history();
  checker.lessons();
  checker.classHour();
  return checker.findings;
}
