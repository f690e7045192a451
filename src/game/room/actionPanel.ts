/**
 * The active human's action panel. It offers exactly what `legalActions` lists and sends each
 * choice to the store's `dispatch`; the engine decides. Drafts (the package being built, a side
 * message being typed) live in a Draft object that survives the panel being rebuilt.
 */
import type { PartyAction, LegalAction, Package, PartyId, PartyView } from '../../engine/index.ts';
import { MAX_SIDE_MESSAGE_LENGTH, tabledTexts } from '../../engine/index.ts';
import type { AppStore } from '../../store/appStore.ts';
import { previewForSeat } from '../../store/selectors.ts';
import { FLAWS } from '../../scenario/flaws.ts';
import { button, h } from '../dom.ts';
import type { PartyLook } from '../partyStyle.ts';
import { gameLang, gameParts, gameWords, tWithGameWords } from '../gameLanguage.ts';
import { redLineLabel, sendRespectingRedLines } from './redLineGuard.ts';
import { flawLabel, formatFigure, t } from '../uiLocale.ts';
import { tourDeTablePanel } from './tourDeTablePanel.ts';

export interface Draft {
  party: PartyId | null;
  package: Package;
  amendIssue: string;
  amendOption: string;
  messageTo: string;
  message: string;
  confirmWalk: boolean;
  /**
   * A side message sent to a server and not yet answered: its text stays in the draft until the server
   * takes it, so a refused one (or one lost on the way) is not lost with it.
   */
  messageSent: boolean;
  /**
   * The tour de table's ticks (null: start from the player's latest word), whether its list is open, and
   * whether a seat's word is on its way to the server (the ticks stay until the server takes it, as a side
   * message's text does: a refused word, a turn gone on a slow link, keeps them to send again).
   */
  tour: { versions: number[] | null; open: boolean; sent: boolean };
}

export const emptyDraft = (): Draft => ({
  party: null,
  package: {},
  amendIssue: '',
  amendOption: '',
  messageTo: '',
  message: '',
  confirmWalk: false,
  messageSent: false,
  tour: { versions: null, open: false, sent: false },
});

/** An evidence item in a menu: its title and, when known, its rigour. */
function evidenceOption(title: string, rigour: 'weak' | 'moderate' | 'strong' | null): string {
  return rigour === null ? title : t('uiRoom.evidenceOption', { title, rigour: t(`uiRoom.rigour.${rigour}`) });
}

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
  /** A move was sent and its answer has not come back yet (a classroom seat on a slow link). */
  sending?(): boolean;
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
  // The scenario's words (issues, options, evidence) in the game's language, marked where the screens speak another.
  const told = view.scenario.language;
  const lang = gameLang(told);
  // A local move is taken or refused at once; a seat's is answered by the server later (`sending`).
  const remote = sink.sending !== undefined;
  if (draft.messageSent && !(sink.sending?.() ?? false)) {
    // The server answered: taken (no refusal stands) clears the text, refused or unanswered keeps it.
    if (sink.rejection() === null) draft.message = '';
    draft.messageSent = false;
  }
  if (draft.tour.sent && !(sink.sending?.() ?? false)) {
    if (sink.rejection() === null) draft.tour.versions = null;
    draft.tour.sent = false;
  }
  const send = (a: PartyAction) => {
    if (sink.dispatch(a)) {
      if (a.type === 'side-message') {
        if (remote) draft.messageSent = true;
        else draft.message = '';
      }
      if (a.type === 'live-with') {
        if (remote) draft.tour.sent = true;
        else draft.tour.versions = null;
      }
      draft.confirmWalk = false;
    }
  };
  // Tabling or supporting a text that crosses my own red line asks me first (redLineGuard.ts).
  const guard = (a: PartyAction) => sendRespectingRedLines(view, a, send);
  const of = <T extends LegalAction['type']>(type: T) => legal.filter((a): a is Of<T> => a.type === type);

  const main: HTMLElement[] = [];
  const mine = view.parties.find((p) => p.id === me);
  if (mine?.track === 'II') main.push(h('p', { class: 'muted', id: 'track-two-note' }, t('uiRoom.trackTwo')));
  if (view.redLines.length > 0)
    main.push(
      h(
        'p',
        { class: 'muted', id: 'red-lines-note' },
        ...gameParts(
          t('uiRoom.redLines', { lines: view.redLines.map((r) => redLineLabel(view, r)).join(t('common.semicolon')) }),
          told,
        ),
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
      previewText.textContent = pv ? t('uiRoom.packagePreview', { points: pv.points, batna: view.batna.points }) : '';
    };
    const selects = view.issues.map((issue) => {
      const opts = propose.choices[issue.id] ?? [];
      const sel = h(
        'select',
        { id: `pkg-${issue.id}` },
        ...opts.map((o) =>
          h(
            'option',
            { value: o, selected: draft.package[issue.id] === o, ...lang },
            issue.options.find((x) => x.id === o)?.label ?? o,
          ),
        ),
      );
      sel.addEventListener('change', () => {
        draft.package[issue.id] = sel.value;
        refresh();
      });
      return h('label', { for: `pkg-${issue.id}` }, gameWords(issue.title, told), sel);
    });
    refresh();
    main.push(
      h(
        'fieldset',
        { class: 'builder' },
        h('legend', {}, t('uiRoom.buildPackage')),
        ...selects,
        previewText,
        button(t('uiRoom.propose'), () => guard({ type: 'propose', party: me, package: { ...draft.package } }), {
          class: 'primary',
          id: 'act-propose',
        }),
        // After the button: a helper for later rounds, which keeps "Propose" where a laptop's first screen shows it.
        startFromEarlier(view, draft.package, sink.preview, name, rerender),
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
      { id: 'amend-issue', 'aria-label': t('uiRoom.amendIssue') },
      ...issues.map((i) =>
        h(
          'option',
          { value: i, selected: i === draft.amendIssue, ...lang },
          view.issues.find((x) => x.id === i)?.title ?? i,
        ),
      ),
    );
    const optSel = h('select', { id: 'amend-option', 'aria-label': t('uiRoom.amendOption') });
    const fill = () => {
      const opts = optionsFor(draft.amendIssue);
      if (!opts.includes(draft.amendOption)) draft.amendOption = opts[0] ?? '';
      optSel.replaceChildren(
        ...opts.map((o) =>
          h(
            'option',
            { value: o, selected: o === draft.amendOption, ...lang },
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
        ? t('uiRoom.amendPreview', {
            points: pv.points,
            // As the screens' language writes a number, as `points` is (a French device read « 50,5 points (actuellement 52.5) »).
            now: view.preview ? formatFigure(view.preview.points) : '—',
          })
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
        h('legend', {}, t('uiRoom.amendText')),
        issueSel,
        ' ',
        optSel,
        ' ',
        button(
          t('uiRoom.amend'),
          () => guard({ type: 'amend', party: me, issue: draft.amendIssue, option: draft.amendOption }),
          {
            id: 'act-amend',
          },
        ),
        amendPreview,
      ),
    );
  }

  const simple = h('div', { class: 'actions-row' });
  if (of('support').length > 0)
    simple.append(button(t('uiRoom.support'), () => guard({ type: 'support', party: me }), { id: 'act-support' }));
  if (of('object').length > 0)
    simple.append(button(t('uiRoom.object'), () => send({ type: 'object', party: me }), { id: 'act-object' }));
  if (of('call-vote').length > 0)
    simple.append(button(t('uiRoom.callVote'), () => guard({ type: 'call-vote', party: me }), { id: 'act-vote' }));
  if (of('pass').length > 0)
    simple.append(button(t('uiRoom.pass'), () => send({ type: 'pass', party: me }), { id: 'act-pass' }));
  if (of('walk-away').length > 0) {
    // The panel is built anew on each press: the focus goes to the new choice (the safe one, "Stay", as the red-line
    // confirmation does), and back to "Walk away…" when the player stays; Escape stays too. (It fell to the
    // package's first menu, the panel's first control, both ways.)
    const walkStep = (confirm: boolean) => {
      draft.confirmWalk = confirm;
      rerender();
      document.getElementById(confirm ? 'act-walk-cancel' : 'act-walk')?.focus();
    };
    if (draft.confirmWalk) {
      const stayOnEscape = (e: KeyboardEvent) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        walkStep(false);
      };
      const confirm = button(
        view.scenario.agreement.binds === 'all' ? t('uiRoom.reallyWalkBound') : t('uiRoom.reallyWalk'),
        () => send({ type: 'walk-away', party: me }),
        { id: 'act-walk-confirm' },
      );
      const stay = button(t('uiRoom.stay'), () => walkStep(false), { id: 'act-walk-cancel' });
      confirm.addEventListener('keydown', stayOnEscape);
      stay.addEventListener('keydown', stayOnEscape);
      simple.append(confirm, stay);
    } else {
      simple.append(button(t('uiRoom.walk'), () => walkStep(true), { id: 'act-walk' }));
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
      { id: 'present-evidence', 'aria-label': t('uiRoom.evidenceToPresent') },
      ...ids.map((id) =>
        h(
          'option',
          // The title leads: a screen reader reads the option, rigour word and all, in the game's language.
          { value: id, ...lang },
          evidenceOption(title(id), view.knownEvidence.find((e) => e.id === id)?.rigour ?? null),
        ),
      ),
    );
    const toSel = h('select', { id: 'present-to', 'aria-label': t('uiRoom.presentTo') });
    const fill = () =>
      toSel.replaceChildren(
        ...presents
          .filter((a) => a.evidence === evSel.value)
          .map((a) => h('option', { value: a.to }, a.to === 'all' ? t('uiRoom.everyone') : name(a.to))),
      );
    const about = h('p', { class: 'muted', id: 'present-about' });
    const describe = () => {
      const e = view.knownEvidence.find((x) => x.id === evSel.value);
      about.replaceChildren(
        ...(e
          ? tWithGameWords(
              e.published ? 'uiRoom.evidenceAboutHeld' : 'uiRoom.evidenceAbout',
              { summary: e.summary, source: e.source.title, provenance: e.provenance },
              told,
              { published: e.published ?? '' },
            )
          : []),
      );
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
            t('uiRoom.present'),
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
      { id: 'challenge-evidence', 'aria-label': t('uiRoom.evidenceToChallenge') },
      ...ids.map((id) =>
        h(
          'option',
          { value: id, ...lang },
          view.knownEvidence.find((e) => e.id === id)?.title ?? view.evidence.find((e) => e.id === id)?.title ?? id,
        ),
      ),
    );
    // A challenge names the flaw it alleges: it succeeds only if the evidence really has it.
    const flawSel = h(
      'select',
      { id: 'challenge-flaw', 'aria-label': t('uiRoom.flawAlleged') },
      ...FLAWS.map((f) => h('option', { value: f }, flawLabel(f))),
    );
    talk.push(
      h(
        'div',
        { class: 'actions-row' },
        sel,
        flawSel,
        button(
          t('uiRoom.challenge'),
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
      { id: 'offer-to', 'aria-label': t('uiRoom.offerTo') },
      ...offers.map((a) => h('option', { value: a.to }, name(a.to))),
    );
    talk.push(
      h(
        'div',
        { class: 'actions-row' },
        sel,
        button(t('uiRoom.offer'), () => send({ type: 'offer-coalition', party: me, to: sel.value }), {
          id: 'act-offer',
        }),
      ),
    );
  }
  for (const a of of('accept-coalition'))
    talk.push(button(t('uiRoom.accept', { party: name(a.from) }), () => send(a), { id: `act-accept-${a.from}` }));
  for (const a of of('leave-coalition')) talk.push(button(t('uiRoom.leave'), () => send(a), { id: 'act-leave' }));
  const messages = of('side-message')[0];
  if (messages) {
    if (!messages.to.includes(draft.messageTo)) draft.messageTo = messages.to[0] ?? '';
    const toSel = h(
      'select',
      { id: 'message-to', 'aria-label': t('uiRoom.messageTo') },
      ...messages.to.map((p) => h('option', { value: p, selected: p === draft.messageTo }, name(p))),
    );
    toSel.addEventListener('change', () => (draft.messageTo = toSel.value));
    const text = h('textarea', {
      id: 'message-text',
      rows: '2',
      maxlength: String(MAX_SIDE_MESSAGE_LENGTH),
      'aria-label': t('uiRoom.messageText'),
      'aria-describedby': 'message-kept',
    });
    text.value = draft.message;
    text.addEventListener('input', () => (draft.message = text.value));
    talk.push(
      h(
        'div',
        {},
        h('label', { for: 'message-to' }, t('uiRoom.messageLabel')),
        toSel,
        text,
        // Said where it is written: private during the game, but the instructor's export (the class's JSON,
        // the debrief's log) keeps every side message, so the debrief can replay and discuss them.
        h('p', { class: 'muted', id: 'message-kept' }, t('uiRoom.messageKept')),
        button(
          t('uiRoom.send'),
          () => send({ type: 'side-message', party: me, to: draft.messageTo, text: draft.message }),
          { id: 'act-message' },
        ),
      ),
    );
  }

  // The tour de table: which texts so far the player could live with (tourDeTablePanel.ts).
  const tour = tourDeTablePanel(view, of('live-with')[0], draft.tour, sink.preview, name, send);

  const sending = sink.sending?.() ?? false;
  const panel = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'actions-title', 'aria-busy': sending ? 'true' : null },
    h('h3', { id: 'actions-title' }, t('uiRoom.yourMove')),
    sending
      ? h('p', { class: 'muted', role: 'status', id: 'move-sending' }, t('uiRoom.sending'))
      : sink.rejection()
        ? h('p', { class: 'error', role: 'alert' }, sink.rejection())
        : null,
    ...main,
    talk.length > 0
      ? h('fieldset', {}, h('legend', {}, t('uiRoom.talk', { count: view.talkActionsLeft })), ...talk)
      : null,
    tour,
  );
  // While the move travels the panel shows what was chosen but takes no second move (the draft stays).
  if (sending)
    for (const c of panel.querySelectorAll<
      HTMLButtonElement | HTMLSelectElement | HTMLInputElement | HTMLTextAreaElement
    >('button, select, input, textarea'))
      c.disabled = true;
  return panel;
}

/**
 * A menu of the texts tabled so far, newest first, that fills the package builder with one: tabling an earlier
 * text again, or a text one issue from it, without choosing every issue anew on a phone. Null while the only texts
 * are the one on the table (the builder starts from it).
 */
function startFromEarlier(
  view: PartyView,
  pkg: Record<string, string>,
  preview: MoveSink['preview'],
  name: (p: PartyId) => string,
  rerender: () => void,
): HTMLElement | null {
  const texts = tabledTexts(view.log);
  const table = view.table?.package;
  if (!texts.some((text) => !table || Object.entries(text.package).some(([issue, o]) => table[issue] !== o)))
    return null;
  const menu = h(
    'select',
    { id: 'pkg-from' },
    h('option', { value: '' }, t('uiRoom.startFromPick')),
    ...texts
      .map((text, k) => {
        const points = preview(text.package);
        const words = { version: k + 1, party: name(text.author), batna: view.batna.points };
        return h(
          'option',
          { value: String(k) },
          points ? t('uiRoom.tourText', { ...words, points: points.points }) : t('uiRoom.textBy', words),
        );
      })
      .reverse(),
  );
  menu.addEventListener('change', () => {
    const text = texts[Number(menu.value)];
    if (!text || menu.value === '') return;
    // An option withdrawn since is replaced as the builder replaces any (the table's, else the first available).
    Object.assign(pkg, text.package);
    rerender();
  });
  return h('label', { for: 'pkg-from', class: 'start-from' }, t('uiRoom.startFrom'), menu);
}
