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
import { ENGLISH, type Translate } from './loaderText.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
/** An own property only: a scenario key such as "constructor" must never reach Object.prototype. */
const get = (v: unknown, key: string): unknown => (isObject(v) && Object.hasOwn(v, key) ? v[key] : undefined);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

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

  constructor(
    private readonly root: unknown,
    private readonly t: Translate,
  ) {
    this.parties = this.unique('parties', 'duplicateParty');
    for (const [id, index] of this.unique('issues', 'duplicateIssue')) {
      this.issues.set(id, { index, options: this.options(index) });
    }
    for (const [id, index] of this.unique('evidence', 'duplicateEvidence')) {
      this.evidence.set(id, { index, available: get(list(get(root, 'evidence'))[index], 'available') !== false });
    }
    this.unique('events', 'duplicateEvent');
    this.unique('scoringRules', 'duplicateScoringRule');
  }

  private where(path: Segment[]): string {
    return describeLocation(this.root, toPointer(path), this.t);
  }

  /** Ids in quotes, separated by commas. */
  private quoted(ids: Iterable<string>): string {
    return [...ids].map((id) => this.t('loader.quoted', { text: id })).join(', ');
  }

  private report(severity: Finding['severity'], path: Segment[], message: string, atKey = false): void {
    this.findings.push({ severity, pointer: toPointer(path), message, ...(atKey ? { atKey } : {}) });
  }

  /** The ids of a top-level list (first occurrence wins), reporting duplicates. */
  private unique(
    listKey: string,
    sentence: 'duplicateParty' | 'duplicateIssue' | 'duplicateEvidence' | 'duplicateEvent' | 'duplicateScoringRule',
  ): Map<string, number> {
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
          this.t(`loader.refs.${sentence}`, { id, first: first + 1, second: i + 1 }),
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
          this.t('loader.refs.duplicateOption', {
            issue: text(get(issue, 'id')) ?? issueIndex + 1,
            id,
            first: first.index + 1,
            second: j + 1,
          }),
        );
    });
    return options;
  }

  /** "`where` names party "x", which does not exist …" (or issue, or piece of evidence). */
  private unknown(kind: 'Party' | 'Issue' | 'Evidence', where: string, id: string, known: Iterable<string>): string {
    const names = [...known];
    const hint = didYouMean(id, names, this.t);
    if (hint !== '') return this.t(`loader.refs.unknown${kind}`, { where, id, hint });
    if (names.length === 0) return this.t(`loader.refs.unknown${kind}None`, { where, id });
    const shown = names.length <= 12 ? this.quoted(names) : this.quoted(names.slice(0, 12)) + ', …';
    return this.t(`loader.refs.unknown${kind}Among`, { where, id, known: shown });
  }

  /** Checks that the id at `path` names a party; true when it does. */
  private party(id: unknown, path: Segment[], atKey = false): boolean {
    if (typeof id !== 'string') return false;
    if (this.parties.has(id)) return true;
    const subject = atKey ? this.where(path.slice(0, -1)) : this.where(path);
    this.report('error', path, this.unknown('Party', capitalise(subject), id, this.parties.keys()), atKey);
    return false;
  }

  private issue(id: unknown, path: Segment[], atKey = false): IssueInfo | undefined {
    if (typeof id !== 'string') return undefined;
    const info = this.issues.get(id);
    if (info) return info;
    const subject = atKey ? this.where(path.slice(0, -1)) : this.where(path);
    this.report('error', path, this.unknown('Issue', capitalise(subject), id, this.issues.keys()), atKey);
    return undefined;
  }

  /** Checks an option id against the options of an issue already found. */
  private option(issueId: string, info: IssueInfo | undefined, id: unknown, path: Segment[], atKey = false): boolean {
    if (info === undefined || typeof id !== 'string') return false;
    if (info.options.has(id)) return true;
    // An issue without options is the schema's error ("at least 2 entries"); naming every reference to it as
    // "not an option (its options are )" buried that one cause under dozens.
    if (info.options.size === 0) return false;
    const subject = atKey ? this.where(path.slice(0, -1)) : this.where(path);
    const hint =
      didYouMean(id, info.options.keys(), this.t) ||
      this.t('loader.refs.itsOptions', { options: this.quoted(info.options.keys()) });
    this.report(
      'error',
      path,
      this.t('loader.refs.badOption', { where: capitalise(subject), id, issue: issueId, hint }),
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
    this.report('error', path, this.unknown('Evidence', capitalise(this.where(path)), id, this.evidence.keys()));
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
      const whose = this.t('loader.refs.sheetOf', { party: this.where(['parties', i]) });
      for (const [issueId, info] of this.issues) {
        const points = get(sheet, issueId);
        if (points === undefined) {
          const skeleton = [...info.options.keys()].map((o) => `"${o}": …`).join(', ');
          this.report(
            'error',
            ['parties', i, 'sheet'],
            this.t('loader.refs.sheetNoIssue', { whose, issue: issueId, skeleton }),
          );
          continue;
        }
        if (!isObject(points)) continue;
        for (const optionId of info.options.keys()) {
          if (!Object.hasOwn(points, optionId)) {
            this.report(
              'error',
              ['parties', i, 'sheet', issueId],
              this.t('loader.refs.sheetNoOption', { whose, option: optionId, issue: issueId }),
            );
          }
        }
        for (const key of Object.keys(points)) {
          if (!info.options.has(key) && info.options.size > 0) {
            const hint =
              didYouMean(key, info.options.keys(), this.t) ||
              this.t('loader.refs.itsOptions', { options: this.quoted(info.options.keys()) });
            this.report(
              'error',
              ['parties', i, 'sheet', issueId, key],
              this.t('loader.refs.sheetNotOption', { whose, key, issue: issueId, hint }),
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
            this.unknown('Issue', whose, key, this.issues.keys()),
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
            this.t('loader.refs.redLineTwice', { where: capitalise(whose), option: found.option, issue: found.issue }),
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
            this.t('loader.refs.redLineAll', { where: capitalise(whose), issue: found.issue }),
          );
      });
    });
  }

  /** Somebody must be able to table text: at least one Track I party. */
  tracks(): void {
    const parties = list(get(this.root, 'parties'));
    if (parties.length > 0 && parties.every((p) => get(p, 'track') === 'II'))
      this.report('error', ['parties'], this.t('loader.refs.allTrackTwo'));
  }

  issuesOnTable(): void {
    list(get(this.root, 'issues')).forEach((issue, i) => {
      const options = list(get(issue, 'options'));
      if (options.length > 0 && options.every((o) => get(o, 'available') === false)) {
        this.report(
          'error',
          ['issues', i, 'options'],
          this.t('loader.refs.noOptionOnTable', { where: capitalise(this.where(['issues', i])) }),
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
      const named = new Set<unknown>();
      list(get(rule, 'parties')).forEach((p, k) => {
        if (!this.party(p, ['scoringRules', i, 'parties', k])) return;
        // Counted once (normalise.ts): the engine's score and the analysis counted a party listed twice differently.
        if (named.has(p))
          this.report(
            'warning',
            ['scoringRules', i, 'parties', k],
            this.t('loader.refs.ruleNamesTwice', { where: capitalise(this.where(['scoringRules', i])), id: String(p) }),
          );
        named.add(p);
      });
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
          this.report('error', ['protocol', 'turnOrder', k], this.t('loader.refs.turnOrderTwice', { id: p }));
        seen.add(p);
      });
      const left = [...this.parties.keys()].filter((p) => !seen.has(p));
      if (left.length > 0) {
        this.report(
          'error',
          ['protocol', 'turnOrder'],
          this.t('loader.refs.turnOrderLeavesOut', { count: left.length, parties: this.quoted(left) }),
        );
      }
    }
    const actions = get(protocol, 'actions');
    if (Array.isArray(actions) && !actions.includes('propose')) {
      this.report('error', ['protocol', 'actions'], this.t('loader.refs.noPropose'));
    }
    // A text's author supports it on tabling; without "support" or "call-vote" no other party could
    // ever back it, and every rule needs more than one supporter (a threshold one party meets alone is
    // an authoring warning of its own). Found by playing hostile generated files: the computer parties
    // passed until the deadline.
    if (Array.isArray(actions) && !actions.includes('support') && !actions.includes('call-vote')) {
      this.report('error', ['protocol', 'actions'], this.t('loader.refs.noBacking'));
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
          this.t('loader.refs.neverFires', { where: capitalise(this.where(['events', i])), round, rounds: lastRound }),
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
            this.t('loader.refs.addsAvailableOption', {
              where: capitalise(this.where(path)),
              option: found.option,
              issue: found.issue,
            }),
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
            this.t('loader.refs.addsAvailableEvidence', {
              where: capitalise(this.where(path)),
              evidence: String(get(effect, 'evidence')),
            }),
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
    const p = parseDate(value, this.t);
    if (!('error' in p)) return p;
    this.report('error', path, this.t('loader.refs.badDate', { where: capitalise(this.where(path)), error: p.error }));
    return undefined;
  }

  calendar(): void {
    const calendar = get(this.root, 'calendar');
    list(get(this.root, 'evidence')).forEach((item, i) => {
      const date = this.date(get(item, 'date'), ['evidence', i, 'date']);
      const published = this.date(get(item, 'published'), ['evidence', i, 'published']);
      // "published" says the item was held privately from its date until then: it cannot come first.
      if (published && (!date || published.start <= date.start))
        this.report(
          'error',
          ['evidence', i, 'published'],
          this.t(date ? 'loader.refs.publishedNotAfterDate' : 'loader.refs.publishedWithoutDate', {
            id: String(get(item, 'id')),
            published: String(get(item, 'published')),
            date: String(get(item, 'date')),
          }),
        );
    });
    list(get(this.root, 'events')).forEach((event, i) => this.date(get(event, 'date'), ['events', i, 'date']));
    if (!Array.isArray(calendar)) return;
    const rounds = get(get(this.root, 'protocol'), 'rounds');
    const expected = typeof rounds === 'number' ? rounds : DEFAULT_ROUNDS;
    if (calendar.length !== expected)
      this.report(
        'error',
        ['calendar'],
        this.t(typeof rounds === 'number' ? 'loader.refs.calendarLength' : 'loader.refs.calendarLengthDefault', {
          count: calendar.length,
          rounds: expected,
        }),
      );
    let previous: { period: Period; text: string } | undefined;
    calendar.forEach((value, k) => {
      const period = this.date(value, ['calendar', k]);
      if (!period || typeof value !== 'string') return;
      if (previous && period.start < previous.period.start)
        this.report(
          'error',
          ['calendar', k],
          this.t('loader.refs.calendarBackwards', {
            round: k + 1,
            value,
            previous: k,
            previousValue: previous.text,
          }),
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
          this.report('error', ['history', key], this.t('loader.refs.historyNoDeal', { key }));
    }
    if (outcome === 'agreement') {
      if (!isObject(pkg)) this.report('error', ['history'], this.t('loader.refs.historyNoPackage'));
      if (!Array.isArray(accepted) || accepted.length === 0)
        this.report('error', ['history'], this.t('loader.refs.historyNoAcceptedBy'));
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
          this.t('loader.refs.historyLeavesOut', { count: missing.length, issues: this.quoted(missing) }),
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
  private uniqueIn(items: unknown[], path: Segment[], kind: 'Question' | 'Answer'): Set<string> {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const id = text(get(item, 'id'));
      if (id === undefined) return;
      if (seen.has(id))
        this.report(
          'error',
          [...path, i, 'id'],
          this.t(`loader.refs.duplicate${kind}`, { where: capitalise(this.where(path)), id }),
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
      this.report('error', path, this.t('loader.refs.doubledAndComputer', { id: p }));
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
        this.report('error', [...path, 'minutes'], this.t('loader.refs.timingTwice', { minutes }));
      lengths.add(minutes);
      const sum = parts.reduce((a, b) => a + b, 0);
      if (sum !== minutes)
        this.report(
          'error',
          path,
          this.t('loader.refs.timingSum', {
            minutes,
            sum,
            briefing: parts[0] ?? 0,
            preparation: parts[1] ?? 0,
            negotiation: parts[2] ?? 0,
            debrief: parts[3] ?? 0,
          }),
        );
      const clock = get(plan, 'turnClockSeconds');
      const turns = lastRound * this.parties.size;
      const negotiation = parts[2];
      if (typeof clock === 'number' && negotiation !== undefined && turns * clock > negotiation * 60)
        this.report(
          'warning',
          [...path, 'turnClockSeconds'],
          this.t('loader.refs.turnClock', {
            minutes,
            rounds: lastRound,
            parties: this.parties.size,
            clock,
            needed: Math.ceil((turns * clock) / 60),
            negotiation,
            fit: Math.floor((negotiation * 60) / turns),
          }),
        );
    });
    list(get(guide, 'debriefQuestions')).forEach((q, i) => {
      if (get(q, 'when') !== undefined)
        this.condition(get(q, 'when'), ['facilitatorGuide', 'debriefQuestions', i, 'when']);
    });
    this.uniqueIn(list(get(get(this.root, 'worksheet'), 'questions')), ['worksheet', 'questions'], 'Question');
    const reflection = list(get(get(this.root, 'exitReflection'), 'questions'));
    this.uniqueIn(reflection, ['exitReflection', 'questions'], 'Question');
    reflection.forEach((q, i) => {
      const path: Segment[] = ['exitReflection', 'questions', i];
      const choices = this.uniqueIn(list(get(q, 'choices')), [...path, 'choices'], 'Answer');
      const answer = get(q, 'answer');
      if (typeof answer === 'string' && !choices.has(answer))
        this.report(
          'error',
          [...path, 'answer'],
          this.t('loader.refs.badAnswer', {
            where: capitalise(this.where(path)),
            answer,
            hint:
              didYouMean(answer, choices, this.t) || this.t('loader.refs.choices', { choices: this.quoted(choices) }),
          }),
        );
    });
  }
}

/** Every cross-reference problem of a parsed scenario (errors, and a few warnings). */
export function checkCrossReferences(value: unknown, t: Translate = ENGLISH): Finding[] {
  const checker = new CrossReferences(value, t);
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
