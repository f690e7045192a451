/**
 * Printable packs for a class on paper or beside the screens, opened at `?print=<scenario>&pack=…`:
 *
 *   background   the public background, for everyone
 *   briefs       one confidential brief per role, each with its sheet, BATNA and a blank worksheet,
 *                each starting on a new page (never sharing a page with another role's brief)
 *   guide        the facilitator guide: objectives, timing plans, seating for 10 to 40, what
 *                usually happens, common mistakes, debrief questions, worksheet and reflection
 *   score-sheet  a score sheet for paper play
 *
 * The print stylesheet (print.css) sets A4/Letter margins and the page breaks; the browser test
 * renders each pack to PDF in Chromium and reads it back page by page.
 */
import { CLASS_SIZES, tablePlan } from '../../authoring/classHour.ts';
import type { Party, Scenario } from '../../scenario/types.ts';
import type { LibraryEntry } from '../../store/library.ts';
import { button, h, paragraphs } from '../dom.ts';
import { batnaBox, howAgreementComes } from '../widgets/briefParts.ts';
import { sheetTable } from '../widgets/sheetTable.ts';
import { conditionText } from './conditionText.ts';
import './print.css';

export const PACKS = {
  background: 'Public background',
  briefs: 'Confidential briefs, one per role',
  guide: 'Facilitator guide',
  'score-sheet': 'Score sheet for paper play',
} as const;
export type PackName = keyof typeof PACKS;
const isPack = (v: string): v is PackName => Object.hasOwn(PACKS, v);

export const packAddress = (scenario: string, pack: PackName) => `?print=${encodeURIComponent(scenario)}&pack=${pack}`;

const agreementText = (sc: Scenario) =>
  howAgreementComes(
    sc.agreement.rule,
    sc.agreement.required.map((p) => nameOf(sc, p)),
    sc.protocol.rounds,
    sc.legitimacy.threshold,
  );
const nameOf = (sc: Scenario, id: string) => sc.parties.find((p) => p.id === id)?.name ?? id;
const names = (sc: Scenario, ids: readonly string[]) =>
  ids.length === 0 ? 'none' : ids.map((p) => nameOf(sc, p)).join(', ');
const lines = (n: number) => h('div', { class: 'write-lines', style: `--lines: ${n}` });

function header(sc: Scenario, pack: PackName): HTMLElement {
  return h('header', { class: 'pack-head' }, h('p', { class: 'pack-kind' }, PACKS[pack]), h('h1', {}, sc.title));
}

function background(sc: Scenario): HTMLElement[] {
  return [
    h('p', { class: 'summary' }, sc.summary),
    paragraphs(sc.background),
    h('h2', {}, 'The parties'),
    h('ul', {}, ...sc.parties.map((p) => h('li', {}, h('strong', {}, p.name), ` — ${p.description}`))),
    h('h2', {}, 'The issues'),
    ...sc.issues.map((i) =>
      h(
        'div',
        { class: 'keep' },
        h('h3', {}, i.title),
        i.description ? h('p', {}, i.description) : null,
        h(
          'ul',
          {},
          ...i.options
            .filter((o) => o.available)
            .map((o) => h('li', {}, o.label, o.description ? ` — ${o.description}` : '')),
        ),
      ),
    ),
    h('h2', {}, 'How agreement comes'),
    h('p', {}, agreementText(sc)),
  ];
}

function blankWorksheet(sc: Scenario, party: Party): HTMLElement {
  const others = sc.parties.filter((p) => p.id !== party.id);
  return h(
    'section',
    { class: 'keep' },
    h('h3', {}, 'Preparation worksheet'),
    h('p', {}, '1. Your BATNA in your own words:'),
    lines(2),
    h('p', {}, `2. Your priorities, most important first (${sc.issues.map((i) => i.title).join('; ')}):`),
    lines(2),
    h('p', {}, '3. Your reservation point (the fewest points you would accept): ______'),
    h('p', {}, '4. The issue each other party cares most about:'),
    h('ul', { class: 'fill' }, ...others.map((p) => h('li', {}, `${p.name}: ______________________`))),
    ...(sc.worksheet?.questions ?? []).flatMap((q, k) => [h('p', {}, `${k + 5}. ${q.prompt}`), lines(2)]),
  );
}

function briefs(sc: Scenario): HTMLElement[] {
  return sc.parties.map((party) =>
    h(
      'section',
      { class: 'role-brief', 'data-party': party.id },
      h('p', { class: 'pack-kind' }, `Confidential brief — ${party.name}`),
      h('h2', {}, `${party.name}: your confidential brief`),
      h('p', { class: 'muted' }, `${sc.title}. Only the delegate of ${party.name} reads this.`),
      paragraphs(party.brief),
      batnaBox(party.batna),
      h('h3', {}, 'Your scoring sheet'),
      sheetTable({ issues: sc.issues, sheet: party.sheet }),
      blankWorksheet(sc, party),
      h('p', { class: 'end-mark' }, `End of the brief of ${party.name}`),
    ),
  );
}

function guide(sc: Scenario): HTMLElement[] {
  const g = sc.facilitatorGuide;
  if (!g) return [h('p', {}, 'This scenario has no facilitator guide.')];
  const seating = CLASS_SIZES.map((size) => {
    const tables = tablePlan(sc, size);
    const groups = new Map<string, number>();
    for (const t of tables) {
      const key = [
        `${t.trainees} trainees`,
        t.doubled.length > 0 ? `doubled: ${names(sc, t.doubled)}` : '',
        t.computers.length > 0 ? `computers: ${names(sc, t.computers)}` : '',
      ]
        .filter(Boolean)
        .join('; ');
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
    return h(
      'tr',
      {},
      h('th', { scope: 'row' }, String(size)),
      h('td', {}, String(tables.length)),
      h('td', {}, [...groups].map(([k, n]) => `${n} × (${k})`).join(' · ')),
    );
  });
  return [
    h('h2', {}, 'Teaching objectives'),
    h('ul', {}, ...g.teachingObjectives.map((o) => h('li', {}, o))),
    h('h2', {}, 'Timing plans'),
    h(
      'table',
      { class: 'timing' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...['Class', 'Briefing', 'Preparation', 'Negotiation', 'Debrief', 'Turn clock'].map((t) =>
            h('th', { scope: 'col' }, t),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        ...g.timing.map((t) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, `${t.minutes} min`),
            ...[t.briefing, t.preparation, t.negotiation, t.debrief].map((m) => h('td', {}, `${m} min`)),
            h('td', {}, `${t.turnClockSeconds} s`),
          ),
        ),
      ),
    ),
    ...g.timing.flatMap((t) => (t.notes ? [h('p', {}, h('strong', {}, `${t.minutes} minutes: `), t.notes)] : [])),
    h('h2', {}, 'Assigning roles'),
    h('p', {}, `Double first: ${names(sc, g.roles.double)}. Give to computers first: ${names(sc, g.roles.computers)}.`),
    h('p', {}, g.roles.notes),
    h(
      'table',
      { class: 'seating keep' },
      h('thead', {}, h('tr', {}, ...['Class size', 'Tables', 'Seating'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, ...seating),
    ),
    h('h2', {}, 'What usually happens'),
    paragraphs(g.whatUsuallyHappens),
    h('h2', {}, 'Common mistakes'),
    h('ul', {}, ...g.commonMistakes.map((m) => h('li', {}, m))),
    h('h2', {}, 'Debrief questions for what each table did'),
    h(
      'ol',
      {},
      ...g.debriefQuestions.map((q) => {
        const when = [
          q.outcome === 'agreement'
            ? 'the table agreed'
            : q.outcome === 'no-deal'
              ? 'the table ended without a deal'
              : '',
          q.when ? conditionText(q.when, sc) : '',
        ].filter(Boolean);
        return h(
          'li',
          {},
          q.question,
          when.length > 0 ? h('span', { class: 'muted' }, ` (ask when ${when.join(' and ')})`) : '',
        );
      }),
    ),
    h('h2', {}, 'The worksheet’s questions for this case'),
    h('ol', {}, ...(sc.worksheet?.questions ?? []).map((q) => h('li', {}, q.prompt))),
    h('h2', {}, 'Exit reflection'),
    h(
      'ol',
      {},
      ...(sc.exitReflection?.questions ?? []).map((q) =>
        h(
          'li',
          {},
          q.prompt,
          q.kind === 'choice'
            ? h(
                'ul',
                {},
                ...q.choices.map((c) => h('li', {}, c.label, c.id === q.answer ? h('strong', {}, ' (expected)') : '')),
              )
            : ' (free text)',
          q.kind === 'choice' && q.explanation ? h('p', { class: 'muted' }, q.explanation) : null,
        ),
      ),
    ),
  ];
}

function scoreSheet(sc: Scenario): HTMLElement[] {
  const rounds = Array.from({ length: sc.protocol.rounds }, (_, i) => i + 1);
  return [
    h('p', {}, 'For paper play: record the text on the table each round, then the agreement and each party’s points.'),
    h('h2', {}, 'The text on the table'),
    h(
      'table',
      { class: 'grid' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Issue'),
          ...rounds.map((r) => h('th', { scope: 'col' }, `R${r}`)),
          h('th', { scope: 'col' }, 'Agreed'),
        ),
      ),
      h(
        'tbody',
        {},
        ...sc.issues.map((i) =>
          h('tr', {}, h('th', { scope: 'row' }, i.title), ...rounds.map(() => h('td', {})), h('td', {})),
        ),
      ),
    ),
    h(
      'p',
      { class: 'muted' },
      sc.issues.map((i) => `${i.title}: ${i.options.map((o, k) => `${k + 1} ${o.label}`).join(', ')}`).join('. '),
    ),
    h('h2', {}, 'Support for the final text'),
    h(
      'table',
      { class: 'grid' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Party'),
          ...['Supports', 'Objects', 'Walked away (round)', 'Points', 'BATNA', 'Above BATNA'].map((t) =>
            h('th', { scope: 'col' }, t),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        ...sc.parties.map((p) =>
          h('tr', {}, h('th', { scope: 'row' }, p.name), ...Array.from({ length: 6 }, () => h('td', {}))),
        ),
      ),
    ),
    h('p', {}, agreementText(sc)),
  ];
}

/** The pack's content (without the page around it). */
export function packContent(sc: Scenario, pack: PackName): HTMLElement {
  const body =
    pack === 'background'
      ? background(sc)
      : pack === 'briefs'
        ? briefs(sc)
        : pack === 'guide'
          ? guide(sc)
          : scoreSheet(sc);
  return h('article', { class: `print-pack pack-${pack}`, 'data-pack': pack }, header(sc, pack), ...body);
}

export function mountPrintPack(root: HTMLElement, library: LibraryEntry[], scenarioId: string, pack: string): void {
  const entry = library.find((e) => e.ok && e.scenario.id === scenarioId);
  root.replaceChildren();
  if (!entry?.ok) {
    root.append(h('p', { role: 'alert' }, `No scenario "${scenarioId}" in the library.`));
    return;
  }
  const sc = entry.scenario;
  const menu = h(
    'nav',
    { class: 'no-print pack-menu' },
    h('a', { href: './' }, '← The library'),
    ...Object.entries(PACKS).map(([id, label]) => h('a', { href: packAddress(sc.id, id as PackName) }, label)),
    isPack(pack) ? button('Print', () => window.print(), { class: 'primary' }) : null,
  );
  root.append(menu, isPack(pack) ? packContent(sc, pack) : h('p', {}, `Choose a pack to print for ${sc.title}.`));
  document.title = isPack(pack) ? `${PACKS[pack]}: ${sc.title}` : sc.title;
}
