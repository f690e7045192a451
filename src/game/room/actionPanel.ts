/**
 * The active human's action panel. It offers exactly what `legalActions` lists and sends each
 * choice to the store's `dispatch`; the engine decides. Drafts (the package being built, a side
 * message being typed) live in a Draft object that survives the panel being rebuilt.
 */
import type { PartyAction, LegalAction, Package, PartyId, PartyView } from '../../engine/index.ts';
import { MAX_SIDE_MESSAGE_LENGTH } from '../../engine/index.ts';
import type { AppStore } from '../../store/appStore.ts';
import { previewForSeat } from '../../store/selectors.ts';
import { FLAWS, FLAW_LABELS } from '../../scenario/flaws.ts';
import { button, h } from '../dom.ts';
import type { PartyLook } from '../partyStyle.ts';
import { redLineLabel, sendRespectingRedLines } from './redLineGuard.ts';

export interface Draft {
  party: PartyId | null;
  package: Package;
  amendIssue: string;
  amendOption: string;
  messageTo: string;
  message: string;
  confirmWalk: boolean;
}

export const emptyDraft = (): Draft => ({
  party: null,
  package: {},
  amendIssue: '',
  amendOption: '',
  messageTo: '',
  message: '',
  confirmWalk: false,
});

type Of<T extends LegalAction['type']> = Extract<LegalAction, { type: T }>;

/**
 * Where the panel's moves go when they do not go to the local store: a classroom seat sends them to
 * the server (src/store/remoteTable.ts) and previews packages from its own view.
 */
export interface MoveSink {
  dispatch(action: PartyAction): boolean;
  /** The acting party's own points for a draft package (null: no preview). */
  preview(pkg: Package): { points: number } | null;
  /** The last move refused, with its reason. */
  rejection(): string | null;
}

function sinkOf(store: AppStore | MoveSink): MoveSink {
  if (!('getState' in store)) return store;
  return {
    dispatch: (a) => store.getState().dispatch(a),
    preview: (pkg) => previewForSeat(store.getState().game, pkg),
    rejection: () => store.getState().game?.rejection ?? null,
  };
}

export function actionPanel(
  store: AppStore | MoveSink,
  view: PartyView,
  legal: LegalAction[],
  looks: Record<PartyId, PartyLook>,
  draft: Draft,
  rerender: () => void,
): HTMLElement {
  const sink = sinkOf(store);
  const me = view.party;
  if (draft.party !== me) Object.assign(draft, emptyDraft(), { party: me });
  const name = (p: PartyId) => looks[p]?.name ?? p;
  const send = (a: PartyAction) => {
    if (sink.dispatch(a)) {
      if (a.type === 'side-message') draft.message = '';
      draft.confirmWalk = false;
    }
  };
  // Tabling or supporting a text that crosses my own red line asks me first (redLineGuard.ts).
  const guard = (a: PartyAction) => sendRespectingRedLines(view, a, send);
  const of = <T extends LegalAction['type']>(t: T) => legal.filter((a): a is Of<T> => a.type === t);

  const main: HTMLElement[] = [];
  const mine = view.parties.find((p) => p.id === me);
  if (mine?.track === 'II')
    main.push(
      h(
        'p',
        { class: 'muted', id: 'track-two-note' },
        'You are a Track II party: only Track I parties propose or amend the text. Lobby through side messages, present and challenge evidence, build coalitions, and support or object to the text on the table.',
      ),
    );
  if (view.redLines.length > 0)
    main.push(
      h(
        'p',
        { class: 'muted', id: 'red-lines-note' },
        `Your red lines (you will never accept): ${view.redLines.map((r) => redLineLabel(view, r)).join('; ')}.`,
      ),
    );

  // Build a package, with a live preview of what it gives *me*.
  const propose = of('propose')[0];
  if (propose) {
    for (const [issue, opts] of Object.entries(propose.choices)) {
      const current = draft.package[issue];
      if (current === undefined || !opts.includes(current))
        draft.package[issue] =
          view.table?.package[issue] && opts.includes(view.table.package[issue] as string)
            ? (view.table.package[issue] as string)
            : (opts[0] as string);
    }
    const previewText = h('p', { class: 'preview', 'aria-live': 'polite', id: 'package-preview' });
    const refresh = () => {
      const pv = sink.preview(draft.package);
      previewText.textContent = pv
        ? `This package gives you ${pv.points} points (your BATNA: ${view.batna.points}).`
        : '';
    };
    const selects = view.issues.map((issue) => {
      const opts = propose.choices[issue.id] ?? [];
      const sel = h(
        'select',
        { id: `pkg-${issue.id}` },
        ...opts.map((o) =>
          h(
            'option',
            { value: o, selected: draft.package[issue.id] === o },
            issue.options.find((x) => x.id === o)?.label ?? o,
          ),
        ),
      );
      sel.addEventListener('change', () => {
        draft.package[issue.id] = sel.value;
        refresh();
      });
      return h('label', { for: `pkg-${issue.id}` }, issue.title, sel);
    });
    refresh();
    main.push(
      h(
        'fieldset',
        { class: 'builder' },
        h('legend', {}, 'Build a package'),
        ...selects,
        previewText,
        button('Propose this package', () => guard({ type: 'propose', party: me, package: { ...draft.package } }), {
          class: 'primary',
          id: 'act-propose',
        }),
      ),
    );
  }

  const amends = of('amend');
  if (amends.length > 0) {
    const issues = [...new Set(amends.map((a) => a.issue))];
    if (!issues.includes(draft.amendIssue)) draft.amendIssue = issues[0] as string;
    const optionsFor = (issue: string) => amends.filter((a) => a.issue === issue).map((a) => a.option);
    const issueSel = h(
      'select',
      { id: 'amend-issue', 'aria-label': 'Issue to amend' },
      ...issues.map((i) =>
        h('option', { value: i, selected: i === draft.amendIssue }, view.issues.find((x) => x.id === i)?.title ?? i),
      ),
    );
    const optSel = h('select', { id: 'amend-option', 'aria-label': 'New option for that issue' });
    const fill = () => {
      const opts = optionsFor(draft.amendIssue);
      if (!opts.includes(draft.amendOption)) draft.amendOption = opts[0] ?? '';
      optSel.replaceChildren(
        ...opts.map((o) =>
          h(
            'option',
            { value: o, selected: o === draft.amendOption },
            view.issues.find((x) => x.id === draft.amendIssue)?.options.find((x) => x.id === o)?.label ?? o,
          ),
        ),
      );
    };
    fill();
    issueSel.addEventListener('change', () => {
      draft.amendIssue = issueSel.value;
      fill();
    });
    // Live preview: what the text would give me after this amendment.
    const amendPreview = h('p', { class: 'preview', 'aria-live': 'polite', id: 'amend-preview' });
    const refreshAmend = () => {
      const table = view.table?.package;
      const pv = table ? sink.preview({ ...table, [draft.amendIssue]: draft.amendOption }) : null;
      amendPreview.textContent = pv
        ? `The amended text would give you ${pv.points} points (now ${view.preview?.points ?? '—'}).`
        : '';
    };
    issueSel.addEventListener('change', refreshAmend);
    optSel.addEventListener('change', () => {
      draft.amendOption = optSel.value;
      refreshAmend();
    });
    refreshAmend();
    main.push(
      h(
        'fieldset',
        {},
        h('legend', {}, 'Amend the text'),
        issueSel,
        ' ',
        optSel,
        ' ',
        button('Amend', () => guard({ type: 'amend', party: me, issue: draft.amendIssue, option: draft.amendOption }), {
          id: 'act-amend',
        }),
        amendPreview,
      ),
    );
  }

  const simple = h('div', { class: 'actions-row' });
  if (of('support').length > 0)
    simple.append(button('Support the text', () => guard({ type: 'support', party: me }), { id: 'act-support' }));
  if (of('object').length > 0)
    simple.append(button('Object to the text', () => send({ type: 'object', party: me }), { id: 'act-object' }));
  if (of('call-vote').length > 0)
    simple.append(button('Call a vote', () => guard({ type: 'call-vote', party: me }), { id: 'act-vote' }));
  if (of('pass').length > 0)
    simple.append(button('Pass (end my turn)', () => send({ type: 'pass', party: me }), { id: 'act-pass' }));
  if (of('walk-away').length > 0) {
    if (draft.confirmWalk) {
      simple.append(
        button(
          view.scenario.agreement.binds === 'all'
            ? 'Really walk away (I lose my voice; a deal would still bind me)'
            : 'Really walk away (take my BATNA)',
          () => send({ type: 'walk-away', party: me }),
          {
            id: 'act-walk-confirm',
          },
        ),
        button(
          'Stay',
          () => {
            draft.confirmWalk = false;
            rerender();
          },
          { id: 'act-walk-cancel' },
        ),
      );
    } else {
      simple.append(
        button(
          'Walk away…',
          () => {
            draft.confirmWalk = true;
            rerender();
          },
          { id: 'act-walk' },
        ),
      );
    }
  }
  main.push(simple);

  // Talk moves.
  const talk: HTMLElement[] = [];
  const presents = of('present-evidence');
  if (presents.length > 0) {
    const ids = [...new Set(presents.map((a) => a.evidence))];
    const title = (id: string) => view.knownEvidence.find((e) => e.id === id)?.title ?? id;
    const evSel = h(
      'select',
      { id: 'present-evidence', 'aria-label': 'Evidence to present' },
      ...ids.map((id) =>
        h(
          'option',
          { value: id },
          `${title(id)} (${view.knownEvidence.find((e) => e.id === id)?.rigour ?? '?'} rigour)`,
        ),
      ),
    );
    const toSel = h('select', { id: 'present-to', 'aria-label': 'Present it to' });
    const fill = () =>
      toSel.replaceChildren(
        ...presents
          .filter((a) => a.evidence === evSel.value)
          .map((a) => h('option', { value: a.to }, a.to === 'all' ? 'everyone' : name(a.to))),
      );
    const about = h('p', { class: 'muted', id: 'present-about' });
    const describe = () => {
      const e = view.knownEvidence.find((x) => x.id === evSel.value);
      about.textContent = e ? `${e.summary} (Source: ${e.source.title}; ${e.provenance})` : '';
    };
    fill();
    describe();
    evSel.addEventListener('change', () => {
      fill();
      describe();
    });
    talk.push(
      h(
        'div',
        {},
        h(
          'div',
          { class: 'actions-row' },
          evSel,
          toSel,
          button(
            'Present evidence',
            () => send({ type: 'present-evidence', party: me, evidence: evSel.value, to: toSel.value }),
            { id: 'act-present' },
          ),
        ),
        about,
      ),
    );
  }
  const challenges = of('challenge-evidence');
  if (challenges.length > 0) {
    const ids = [...new Set(challenges.map((a) => a.evidence))];
    const sel = h(
      'select',
      { id: 'challenge-evidence', 'aria-label': 'Evidence to challenge' },
      ...ids.map((id) =>
        h(
          'option',
          { value: id },
          view.knownEvidence.find((e) => e.id === id)?.title ?? view.evidence.find((e) => e.id === id)?.title ?? id,
        ),
      ),
    );
    // A challenge names the flaw it alleges: it succeeds only if the evidence really has it.
    const flawSel = h(
      'select',
      { id: 'challenge-flaw', 'aria-label': 'The flaw you allege' },
      ...FLAWS.map((f) => h('option', { value: f }, FLAW_LABELS[f])),
    );
    talk.push(
      h(
        'div',
        { class: 'actions-row' },
        sel,
        flawSel,
        button(
          'Challenge evidence',
          () => {
            const flaw = FLAWS.find((f) => f === flawSel.value);
            if (flaw) send({ type: 'challenge-evidence', party: me, evidence: sel.value, flaw });
          },
          { id: 'act-challenge' },
        ),
      ),
    );
  }
  const offers = of('offer-coalition');
  if (offers.length > 0) {
    const sel = h(
      'select',
      { id: 'offer-to', 'aria-label': 'Offer a coalition to' },
      ...offers.map((a) => h('option', { value: a.to }, name(a.to))),
    );
    talk.push(
      h(
        'div',
        { class: 'actions-row' },
        sel,
        button('Offer a coalition', () => send({ type: 'offer-coalition', party: me, to: sel.value }), {
          id: 'act-offer',
        }),
      ),
    );
  }
  for (const a of of('accept-coalition'))
    talk.push(button(`Accept ${name(a.from)}’s coalition offer`, () => send(a), { id: `act-accept-${a.from}` }));
  for (const a of of('leave-coalition')) talk.push(button('Leave my coalition', () => send(a), { id: 'act-leave' }));
  const messages = of('side-message')[0];
  if (messages) {
    if (!messages.to.includes(draft.messageTo)) draft.messageTo = messages.to[0] ?? '';
    const toSel = h(
      'select',
      { id: 'message-to', 'aria-label': 'Side message to' },
      ...messages.to.map((p) => h('option', { value: p, selected: p === draft.messageTo }, name(p))),
    );
    toSel.addEventListener('change', () => (draft.messageTo = toSel.value));
    const text = h('textarea', {
      id: 'message-text',
      rows: '2',
      maxlength: String(MAX_SIDE_MESSAGE_LENGTH),
      'aria-label': 'Side message text (only you and the recipient will see it)',
    });
    text.value = draft.message;
    text.addEventListener('input', () => (draft.message = text.value));
    talk.push(
      h(
        'div',
        {},
        h('label', { for: 'message-to' }, 'Private side message (Track II) to '),
        toSel,
        text,
        button(
          'Send side message',
          () => send({ type: 'side-message', party: me, to: draft.messageTo, text: draft.message }),
          { id: 'act-message' },
        ),
      ),
    );
  }

  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'actions-title' },
    h('h3', { id: 'actions-title' }, 'Your move'),
    sink.rejection() ? h('p', { class: 'error', role: 'alert' }, sink.rejection()) : null,
    ...main,
    talk.length > 0
      ? h('fieldset', {}, h('legend', {}, `Talk (${view.talkActionsLeft} left this turn)`), ...talk)
      : null,
  );
}
