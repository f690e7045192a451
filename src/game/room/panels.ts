/**
 * The room's DOM panels: the text on the table, the log of moves in plain sentences, and the
 * unlocked human's own position. Each takes a view (public or that party's) and nothing else.
 */
import type { LogEntry, PartyId, PartyView, PublicView } from '../../engine/index.ts';
import { FLAW_LABELS } from '../../scenario/flaws.ts';
import { h, paragraphs } from '../dom.ts';
import type { PartyLook } from '../partyStyle.ts';
import { mark } from '../widgets/partyMark.ts';
import { ownScoringList } from '../widgets/ownScoringList.ts';
import { sheetTable } from '../widgets/sheetTable.ts';
import { stanceText } from './tableModel.ts';

// The party mark lives with the shared widgets; re-exported because other screens built on the
// room's panels import it from here.
export { mark };

export function tablePanel(view: PublicView | PartyView, looks: Record<PartyId, PartyLook>): HTMLElement {
  const t = view.table;
  if (!t)
    return h(
      'section',
      { class: 'panel', 'aria-labelledby': 'table-title' },
      h('h3', { id: 'table-title' }, 'The text on the table'),
      h('p', {}, 'No text yet: a party must propose a package.'),
    );
  const threshold = view.scenario.legitimacyThreshold;
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'table-title' },
    h('h3', { id: 'table-title' }, `The text on the table (version ${t.version})`),
    h('p', { class: 'muted' }, 'Proposed or last amended by ', mark(looks, t.author), '.'),
    h(
      'ul',
      { class: 'table-text' },
      ...view.issues.map((issue) => {
        const opt = issue.options.find((o) => o.id === t.package[issue.id]);
        return h('li', {}, h('strong', {}, `${issue.title}: `), opt?.label ?? t.package[issue.id] ?? '—');
      }),
    ),
    h(
      'p',
      {},
      `Public legitimacy: ${Math.round(t.legitimacy)} (needs ${threshold} for a social licence${t.legitimacy < threshold ? ': below it now' : ''}).`,
    ),
    h(
      'ul',
      { class: 'tags', 'aria-label': 'Stances on the text' },
      ...view.parties.map((p) => h('li', {}, mark(looks, p.id), `: ${stanceText(t.stances[p.id] ?? null, p.atTable)}`)),
    ),
    publicContext(view, looks),
  );
}

/** Coalitions and the evidence presented to all: public knowledge the whole room may read. */
function publicContext(view: PublicView | PartyView, looks: Record<PartyId, PartyLook>): HTMLElement | null {
  const parts: HTMLElement[] = [];
  if (view.coalitions.length > 0) {
    parts.push(
      h(
        'p',
        {},
        h('strong', {}, 'Coalitions: '),
        ...view.coalitions.flatMap((c, i) => [
          i > 0 ? '; ' : '',
          ...c.flatMap((p, j) => [j > 0 ? ' + ' : '', mark(looks, p)]),
        ]),
      ),
    );
  }
  if (view.evidence.length > 0) {
    const challenge = (e: PublicView['evidence'][number]) => {
      if (!e.challenge) return '';
      const who = looks[e.challenge.by]?.name ?? e.challenge.by;
      const flaw = FLAW_LABELS[e.challenge.flaw];
      return e.challenge.outcome === 'exposed'
        ? ` — challenged by ${who} as ${flaw}: the flaw is real and it did not hold up`
        : e.challenge.outcome === 'upheld'
          ? ` — challenged by ${who} as ${flaw}: no such flaw, it held`
          : ` — challenged by ${who} as ${flaw}: the flaw is real, it stands shaken`;
    };
    parts.push(
      h(
        'details',
        {},
        h('summary', {}, `Evidence presented to all (${view.evidence.length})`),
        h(
          'ul',
          {},
          ...view.evidence.map((e) =>
            h(
              'li',
              {},
              h('strong', {}, e.title),
              ` (presented by ${looks[e.presentedBy]?.name ?? e.presentedBy} in round ${e.round}${challenge(e)}): ${e.summary} Source: ${e.source.title}${e.date === null ? '' : ` (${e.date})`}. Provenance: ${e.provenance}`,
            ),
          ),
        ),
      ),
    );
  }
  return parts.length > 0 ? h('div', {}, ...parts) : null;
}

/**
 * A log entry as the viewer reads it. A side message says who wrote to whom ("you" for the viewer):
 * its log text is the message alone.
 */
export function logLine(e: LogEntry, viewer: PartyId | null, looks: Record<PartyId, PartyLook> = {}): string {
  const who = (p: PartyId) => (p === viewer ? 'you' : (looks[p]?.name ?? p));
  if (e.action?.type === 'side-message')
    return `Side message from ${who(e.action.party)} to ${who(e.action.to)}: ${e.text}`;
  return e.text;
}

export function logPanel(
  entries: LogEntry[],
  viewer: PartyId | null,
  looks: Record<PartyId, PartyLook> = {},
): HTMLElement {
  const recent = entries.slice(-60);
  const list = h(
    'ol',
    { class: 'log', start: String(Math.max(1, entries.length - recent.length + 1)) },
    ...recent.map((e) =>
      h(
        'li',
        { class: e.kind === 'event' ? 'event' : e.kind === 'round' ? 'muted' : '' },
        e.visibility !== 'public' && viewer ? '(private) ' : '',
        logLine(e, viewer, looks),
      ),
    ),
  );
  const section = h(
    'section',
    { class: 'panel', role: 'log', 'aria-labelledby': 'log-title' },
    h('h3', { id: 'log-title' }, 'What has happened'),
    list,
  );
  // Keep the newest move in sight.
  queueMicrotask(() => (list.scrollTop = list.scrollHeight));
  return section;
}

export function privatePanel(view: PartyView, looks: Record<PartyId, PartyLook>): HTMLElement {
  const others = view.parties.filter((p) => p.id !== view.party);
  const preview = view.preview;
  return h(
    'section',
    { class: 'panel private', 'aria-labelledby': 'private-title' },
    h(
      'h3',
      { id: 'private-title' },
      `Your position: ${view.parties.find((p) => p.id === view.party)?.name ?? view.party} (only you see this)`,
    ),
    preview
      ? h(
          'p',
          { class: 'preview' },
          `The text on the table gives you ${preview.points} points; your BATNA is ${view.batna.points}.`,
        )
      : h('p', {}, `Your BATNA is ${view.batna.points} points.`),
    h(
      'details',
      {},
      h('summary', {}, 'Your brief and scoring sheet'),
      paragraphs(view.brief),
      h('p', {}, `BATNA: ${view.batna.description}`),
      sheetTable(view),
      h('h4', {}, 'What else changes your points'),
      ownScoringList(view),
    ),
    view.coalition.length > 0
      ? h('p', {}, 'Your coalition: ', ...view.coalition.flatMap((p, i) => [i > 0 ? ', ' : '', mark(looks, p)]))
      : null,
    h(
      'details',
      {},
      h('summary', {}, 'Your trust in the others'),
      h('ul', {}, ...others.map((p) => h('li', {}, mark(looks, p.id), `: ${Math.round(view.trust[p.id] ?? 0)}`))),
    ),
    view.sideMessages.length > 0
      ? h(
          'details',
          { open: true },
          h('summary', {}, `Side messages (${view.sideMessages.length})`),
          h(
            'ul',
            {},
            ...view.sideMessages.map((m) =>
              h(
                'li',
                {},
                `Round ${m.round}, ${m.from === view.party ? 'you' : (looks[m.from]?.name ?? m.from)} → ${m.to === view.party ? 'you' : (looks[m.to]?.name ?? m.to)}: `,
                m.text,
              ),
            ),
          ),
        )
      : null,
    view.knownEvidence.length > 0
      ? h(
          'details',
          {},
          h('summary', {}, `Evidence you know (${view.knownEvidence.length})`),
          h(
            'ul',
            {},
            ...view.knownEvidence.map((e) =>
              h(
                'li',
                {},
                h('strong', {}, e.title),
                e.rigour === null
                  ? ` (held by ${looks[e.holder]?.name ?? e.holder}): ${e.summary} Provenance: ${e.provenance}`
                  : ` (yours: ${e.rigour} rigour${e.flaws && e.flaws.length > 0 ? `; flaws a challenger could name: ${e.flaws.map((f) => FLAW_LABELS[f]).join(', ')}` : ''}): ${e.summary}`,
              ),
            ),
          ),
        )
      : null,
  );
}
