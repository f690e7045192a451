/**
 * The room's DOM panels: the text on the table, the log of moves in plain sentences, and the
 * unlocked human's own position. Each takes a view (public or that party's) and nothing else.
 */
import type { LogEntry, PartyId, PartyView, PublicView } from '../../engine/index.ts';
import { h, paragraphs } from '../dom.ts';
import type { PartyLook } from '../partyStyle.ts';
import { mark } from '../widgets/partyMark.ts';
import { ownScoringList } from '../widgets/ownScoringList.ts';
import { sheetTable } from '../widgets/sheetTable.ts';
import { stanceText } from './tableModel.ts';
import { saidLiveable, statements } from '../../engine/index.ts';
import { gameBlock, gameWords, tWithGameWords } from '../gameLanguage.ts';
import { GENERATED, flawLabel, formatList, t as tr, uiLocale } from '../uiLocale.ts';

export { flawLabel };

// The party mark lives with the shared widgets; re-exported because other screens built on the
// room's panels import it from here.
export { mark };

export function tablePanel(view: PublicView | PartyView, looks: Record<PartyId, PartyLook>): HTMLElement {
  const t = view.table;
  if (!t)
    return h(
      'section',
      { class: 'panel', 'aria-labelledby': 'table-title' },
      h('h3', { id: 'table-title' }, tr('uiRoom.tableTitle')),
      h('p', {}, tr('uiRoom.noText')),
    );
  const threshold = view.scenario.legitimacyThreshold;
  const told = view.scenario.language;
  // The tour de table's words about this text (each party's latest: engine/statements.ts), beside each stance.
  const stated = statements(view.log);
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'table-title' },
    h('h3', { id: 'table-title' }, tr('uiRoom.tableTitleVersion', { version: t.version })),
    h('p', { class: 'muted' }, tr('uiRoom.proposedBy'), mark(looks, t.author), tr('uiRoom.proposedByEnd')),
    h(
      'ul',
      { class: 'table-text' },
      ...view.issues.map((issue) => {
        const opt = issue.options.find((o) => o.id === t.package[issue.id]);
        return h(
          'li',
          {},
          h('strong', {}, ...tWithGameWords('uiRoom.issueLabel', { issue: issue.title }, told)),
          gameWords(opt?.label ?? t.package[issue.id] ?? '—', told),
        );
      }),
    ),
    h(
      'p',
      {},
      tr(t.legitimacy < threshold ? 'uiRoom.legitimacyBelow' : 'uiRoom.legitimacy', {
        value: Math.round(t.legitimacy),
        threshold,
      }),
    ),
    h(
      'ul',
      { class: 'tags', 'aria-label': tr('uiRoom.stancesLabel') },
      ...view.parties.map((p) =>
        h(
          'li',
          {},
          mark(looks, p.id),
          tr('uiRoom.stanceLine', { stance: stanceText(t.stances[p.id] ?? null, p.atTable) }),
          p.atTable && saidLiveable(stated, p.id, t.version) ? tr('uiRoom.stanceLiveWith') : null,
        ),
      ),
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
        h('strong', {}, tr('uiRoom.coalitions')),
        ...view.coalitions.flatMap((c, i) => [
          i > 0 ? tr('common.semicolon') : '',
          ...c.flatMap((p, j) => [j > 0 ? ' + ' : '', mark(looks, p)]),
        ]),
      ),
    );
  }
  if (view.evidence.length > 0) {
    const told = view.scenario.language;
    const challenge = (e: PublicView['evidence'][number]) => {
      if (!e.challenge) return '';
      const who = looks[e.challenge.by]?.name ?? e.challenge.by;
      const flaw = flawLabel(e.challenge.flaw);
      return e.challenge.outcome === 'exposed'
        ? tr('uiRoom.exposed', { who, flaw })
        : e.challenge.outcome === 'upheld'
          ? tr('uiRoom.upheld', { who, flaw })
          : tr('uiRoom.shaken', { who, flaw });
    };
    parts.push(
      h(
        'details',
        {},
        h('summary', {}, tr('uiRoom.evidenceAll', { count: view.evidence.length })),
        h(
          'ul',
          {},
          ...view.evidence.map((e) =>
            h(
              'li',
              {},
              h('strong', {}, gameWords(e.title, told)),
              ...tWithGameWords(
                e.date === null
                  ? 'uiRoom.evidenceLine'
                  : e.published
                    ? 'uiRoom.evidenceLineHeld'
                    : 'uiRoom.evidenceLineDated',
                { summary: e.summary, source: e.source.title, provenance: e.provenance },
                told,
                {
                  who: looks[e.presentedBy]?.name ?? e.presentedBy,
                  round: e.round,
                  challenge: challenge(e),
                  date: e.date ?? '',
                  published: e.published ?? '',
                },
              ),
            ),
          ),
        ),
      ),
    );
  }
  return parts.length > 0 ? h('div', {}, ...parts) : null;
}

/**
 * A log entry as the viewer reads it. A side message says who wrote to whom ("you" for the viewer), in the
 * screens' words around the trainee's own: its log text is the message alone. Every other line is the engine's,
 * told in `told` (the game's language): where the screens speak another, it says so (WCAG 3.1.2, language of
 * parts), so a screen reader reads it with the right voice.
 */
export function logLine(
  e: LogEntry,
  viewer: PartyId | null,
  looks: Record<PartyId, PartyLook> = {},
  told: string = uiLocale(),
): string | HTMLElement {
  const who = (p: PartyId) => (p === viewer ? tr('uiRoom.you') : (looks[p]?.name ?? p));
  if (e.action?.type === 'side-message')
    return tr('uiRoom.sideMessageLine', { from: who(e.action.party), to: who(e.action.to), text: e.text });
  return gameWords(e.text, told);
}

type LogView = { log: LogEntry[]; scenario: { language: string } };
/** How many of the log's entries its panel shows (the newest). */
const LOG_SHOWN = 60;

function logItem(
  e: LogEntry,
  viewer: PartyId | null,
  looks: Record<PartyId, PartyLook>,
  language: string,
): HTMLElement {
  return h(
    'li',
    { class: e.kind === 'event' ? 'event' : e.kind === 'round' ? 'muted' : '' },
    e.visibility !== 'public' && viewer ? tr('uiRoom.private') : '',
    logLine(e, viewer, looks, language),
  );
}

/** The table's log: `view` gives its entries and the language the engine told them in (`logLine`). */
export function logPanel(view: LogView, viewer: PartyId | null, looks: Record<PartyId, PartyLook> = {}): HTMLElement {
  const entries = view.log;
  const recent = entries.slice(-LOG_SHOWN);
  const list = h(
    'ol',
    // The log's sentences are the engine's, in the game's language (GENERATED marks them). It scrolls in its
    // own box, so the keyboard can reach it (tabindex) to scroll it.
    {
      class: 'log',
      start: String(Math.max(1, entries.length - recent.length + 1)),
      tabindex: '0',
      'aria-labelledby': 'log-title',
      ...GENERATED,
    },
    ...recent.map((e) => logItem(e, viewer, looks, view.scenario.language)),
  );
  const section = h(
    'section',
    { class: 'panel', role: 'log', 'aria-labelledby': 'log-title' },
    h('h3', { id: 'log-title' }, tr('uiRoom.logTitle')),
    list,
  );
  // Keep the newest move in sight.
  queueMicrotask(() => (list.scrollTop = list.scrollHeight));
  return section;
}

/**
 * Shows the log in `box` and keeps it there as the game goes on: the entries added since are appended to the
 * same list. A screen reader reads what is added to a log region it already knows, and nothing of a region put
 * in the place of another: the room and the seat built the log anew on every move, so a screen-reader user heard
 * none of the other parties' moves. Built anew only when whose log it is, its language or its past changed.
 */
export function showLog(
  box: HTMLElement,
  view: LogView,
  viewer: PartyId | null,
  looks: Record<PartyId, PartyLook> = {},
): void {
  const entries = view.log;
  const key = JSON.stringify([viewer, view.scenario.language, uiLocale(), Object.keys(looks)]);
  const section = box.firstElementChild instanceof HTMLElement ? box.firstElementChild : null;
  const list = section?.querySelector('ol.log');
  const shown = Number(section?.dataset.entries ?? NaN);
  const sign = (e: LogEntry | undefined) => (e ? `${e.kind}|${e.text}` : '');
  if (
    !section ||
    !(list instanceof HTMLOListElement) ||
    section.dataset.key !== key ||
    !(shown <= entries.length) ||
    section.dataset.last !== sign(entries[shown - 1])
  ) {
    const fresh = logPanel(view, viewer, looks);
    box.replaceChildren(fresh);
    Object.assign(fresh.dataset, { key, entries: String(entries.length), last: sign(entries[entries.length - 1]) });
    return;
  }
  if (shown === entries.length) return;
  list.append(...entries.slice(shown).map((e) => logItem(e, viewer, looks, view.scenario.language)));
  while (list.children.length > LOG_SHOWN) list.firstElementChild?.remove();
  list.start = Math.max(1, entries.length - list.children.length + 1);
  Object.assign(section.dataset, { entries: String(entries.length), last: sign(entries[entries.length - 1]) });
  list.scrollTop = list.scrollHeight;
}

export function privatePanel(view: PartyView, looks: Record<PartyId, PartyLook>): HTMLElement {
  const others = view.parties.filter((p) => p.id !== view.party);
  const preview = view.preview;
  const told = view.scenario.language;
  return h(
    'section',
    { class: 'panel private', 'aria-labelledby': 'private-title' },
    h(
      'h3',
      { id: 'private-title' },
      tr('uiRoom.position', { party: view.parties.find((p) => p.id === view.party)?.name ?? view.party }),
    ),
    preview
      ? h('p', { class: 'preview' }, tr('uiRoom.preview', { points: preview.points, batna: view.batna.points }))
      : h('p', {}, tr('uiRoom.batnaOnly', { points: view.batna.points })),
    h(
      'details',
      {},
      h('summary', {}, tr('uiRoom.briefAndSheet')),
      gameBlock(paragraphs(view.brief), told),
      h('p', {}, ...tWithGameWords('uiRoom.batna', { description: view.batna.description }, told)),
      sheetTable(view, told),
      h('h4', {}, tr('uiRoom.elseChanges')),
      ownScoringList(view),
    ),
    view.coalition.length > 0
      ? h('p', {}, tr('uiRoom.yourCoalition'), ...view.coalition.flatMap((p, i) => [i > 0 ? ', ' : '', mark(looks, p)]))
      : null,
    h(
      'details',
      {},
      h('summary', {}, tr('uiRoom.trust')),
      h(
        'ul',
        {},
        ...others.map((p) =>
          h('li', {}, mark(looks, p.id), tr('uiRoom.trustValue', { value: Math.round(view.trust[p.id] ?? 0) })),
        ),
      ),
    ),
    view.sideMessages.length > 0
      ? h(
          'details',
          { open: true },
          h('summary', {}, tr('uiRoom.sideMessages', { count: view.sideMessages.length })),
          h(
            'ul',
            {},
            ...view.sideMessages.map((m) =>
              h(
                'li',
                {},
                tr('uiRoom.sideMessageHead', {
                  round: m.round,
                  from: m.from === view.party ? tr('uiRoom.you') : (looks[m.from]?.name ?? m.from),
                  to: m.to === view.party ? tr('uiRoom.you') : (looks[m.to]?.name ?? m.to),
                }),
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
          h('summary', {}, tr('uiRoom.evidenceKnown', { count: view.knownEvidence.length })),
          h(
            'ul',
            {},
            ...view.knownEvidence.map((e) =>
              h(
                'li',
                {},
                h('strong', {}, gameWords(e.title, told)),
                ...(e.rigour === null
                  ? tWithGameWords('uiRoom.heldBy', { summary: e.summary, provenance: e.provenance }, told, {
                      who: looks[e.holder]?.name ?? e.holder,
                    })
                  : e.flaws && e.flaws.length > 0
                    ? tWithGameWords('uiRoom.yoursFlaws', { summary: e.summary }, told, {
                        rigour: tr(`uiRoom.rigour.${e.rigour}`),
                        flaws: formatList(e.flaws.map(flawLabel)),
                      })
                    : tWithGameWords('uiRoom.yours', { summary: e.summary }, told, {
                        rigour: tr(`uiRoom.rigour.${e.rigour}`),
                      })),
              ),
            ),
          ),
        )
      : null,
  );
}
