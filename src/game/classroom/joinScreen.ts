/**
 * The join address on a trainee's device: type the table's code (or arrive with it from the QR
 * code), type a name, pick a free party or be given one; then the device's seat. A device that
 * already holds a seat at this table (a reload, a new tab, back from sleep) goes straight back to
 * it with its stored seat key; one that holds several (trainees sharing a phone) opens the one the
 * tab opened, or asks whose seat it is. Every refusal (wrong or expired code, full table, held seat) is the
 * server's sentence, shown above the form, with what was typed kept.
 */
import type { ClassLookup, ClassPlacement, CodeLookup, JoinLookup } from '../../protocol/index.ts';
import { JOIN_CODE_LENGTH, MAX_NAME_LENGTH } from '../../protocol/limits.ts';
import {
  classOfTable,
  classTables,
  heldSeats,
  memorySmallStorage,
  noteClassTable,
  readTabSeat,
  saveSeat,
  saveTabSeat,
} from '../../store/remoteKeys.ts';
import type { HeldSeat, SmallStorage } from '../../store/remoteKeys.ts';
import type { RemoteJoin, RemoteTableStore } from '../../store/remoteTable.ts';
import { isNetworkFailure, sentenceOf } from '../../store/remoteErrors.ts';
import { busyWhile, button, h, networkButton } from '../dom.ts';
import type { MountedClassroomScreen } from './classroomScreen.ts';
import { normaliseCode } from './route.ts';
import type { SeatScreen } from './seatScreen.ts';
import type * as SeatModule from './seatScreen.ts';
import { t } from '../uiLocale.ts';
import { tWithGameWords } from '../gameLanguage.ts';
import { onFirstUse } from '../../store/onFirstUse.ts';

/** The seat's screen: the table, the move panel, the debrief, the worksheet (most of a phone's code). */
const seatScreenCode = onFirstUse(() => import('./seatScreen.ts'));

/**
 * The name field's bound, in the UTF-16 units the browser's `maxlength` counts: room for MAX_NAME_LENGTH
 * characters of two units each (emoji, some Chinese names). At MAX_NAME_LENGTH a name of emoji was cut in
 * half, and a longer pasted name was cut without a word; the server's bound (in characters) is checked on
 * sending instead, with a sentence.
 */
const NAME_INPUT_UNITS = 2 * MAX_NAME_LENGTH;

export interface JoinDeps {
  storage: SmallStorage;
  /** This tab's own storage (sessionStorage): which seat it opened (none given: this page alone knows). */
  tab?: SmallStorage;
  /** What a typed code belongs to, a table or a class (a class's trainees type only their name). */
  find(code: string): Promise<CodeLookup>;
  classJoin(code: string, name: string): Promise<ClassPlacement>;
  /** The screen of a class's observer (the public table, and the brief the class allows). */
  observe(placement: ClassPlacement): Promise<MountedClassroomScreen>;
  /** Opens the remote source of a table (loads the network code on first use). */
  open(join: RemoteJoin): Promise<RemoteTableStore>;
  /** Starts loading the network code, as a form asking for a name shows (`open` would wait for it). */
  warmUp(): void;
  /** Writes the code into the address bar, so a reload comes back here. */
  remember(code: string): void;
}

export function joinScreen(initialCode: string | null, deps: JoinDeps): MountedClassroomScreen {
  /**
   * What a seat needs loads while the trainee types their name: not before the form shows (on a slow
   * link its requests queued ahead of the code's lookup and the form came seconds later), nor after
   * "Take my seat" is pressed.
   */
  const warmUp = () => {
    deps.warmUp();
    void seatScreenCode().catch(() => undefined);
  };
  const tab = deps.tab ?? memorySmallStorage();
  const el = h('div', { class: 'classroom join-screen' });
  let seat: SeatScreen | null = null;
  let table: RemoteTableStore | null = null;
  let destroyed = false;
  /** What the trainee typed survives a refusal. */
  let name = '';

  const problemBox = h('div', { role: 'alert', 'aria-live': 'assertive' });
  /**
   * Says a problem (or clears it); `field`: the field it is about, marked invalid and described by it, so that a
   * screen reader reads the problem with the field the focus goes back to (not only once, as the alert shows).
   */
  const say = (problem: string | null, field?: HTMLInputElement) => {
    problemBox.replaceChildren(...(problem ? [h('p', { class: 'error', id: 'join-problem' }, problem)] : []));
    if (!field) return;
    const help = (field.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== 'join-problem');
    const described = problem ? ['join-problem', ...help] : help;
    if (described.length > 0) field.setAttribute('aria-describedby', described.join(' '));
    else field.removeAttribute('aria-describedby');
    if (problem) field.setAttribute('aria-invalid', 'true');
    else field.removeAttribute('aria-invalid');
  };
  /** The name typed, trimmed; null (said, the field focused) when it is empty or longer than the server takes. */
  const nameOf = (input: HTMLInputElement, emptyKey: 'uiClass.typeName' | 'uiClass.typeNameClass'): string | null => {
    const typed = input.value.trim();
    const problem =
      typed === ''
        ? t(emptyKey)
        : [...typed].length > MAX_NAME_LENGTH
          ? t('uiClass.nameTooLong', { max: MAX_NAME_LENGTH })
          : null;
    if (problem === null) return typed;
    say(problem, input);
    input.focus();
    return null;
  };

  const leaveSeat = () => {
    seat?.destroy();
    seat = null;
    table?.getState().close();
    table = null;
  };

  const showSeat = (store: RemoteTableStore, code: string, seatScreen: typeof SeatModule.seatScreen) => {
    table = store;
    seat = seatScreen(store, (problem, freed) => {
      leaveSeat();
      // A trainee the class placed goes back to the class's form, which seats them again by name (the table's
      // own form offered its parties, and sent them away from the class's placement).
      const classCode = freed ? classOfTable(deps.storage, code) : null;
      void (classCode ? findTable(classCode, t('uiClass.seatFreedClass')) : findTable(code, problem));
    });
    el.replaceChildren(seat.el);
  };

  /**
   * The network code could not load (the Wi-Fi dropped): say so, and try the same step again on a press
   * (a class has placed the trainee already: joining the class again would be refused).
   */
  const cannotReach = (again: () => Promise<void>) => {
    el.replaceChildren(problemBox, networkButton(t('uiClass.tryAgain'), again, { id: 'join-retry', class: 'primary' }));
    say(t('uiClass.serverUnreachable'));
  };

  /**
   * A press that waits on the network says so in words beside its dimmed button: on a cheap phone over a slow
   * link the seat took 2.4 s to open after "Take my seat" (5.6 s when pressed as the form showed, the seat's
   * code still loading), with nothing but the dimmed button meanwhile. The line goes when the step ends.
   */
  const saying = (press: HTMLButtonElement, work: () => Promise<void>) => () => {
    const line = h('p', { class: 'muted', role: 'status', id: 'join-status' }, t('uiClass.joining'));
    press.parentElement?.after(line);
    return work().finally(() => line.remove());
  };

  /**
   * Opens a seat this device holds, and marks it as this tab's own (a reload of the tab opens it again).
   * `roomId`: where its table is, when a class has just placed the trainee there.
   */
  const resume = (held: HeldSeat, roomId?: string) => {
    saveTabSeat(tab, held.code, held);
    const who = { party: held.party, name: held.name };
    return takeSeat({ role: 'seat', code: held.code, resume: true, who, ...(roomId ? { roomId } : {}) });
  };

  const takeSeat = async (j: RemoteJoin) => {
    say(null);
    let store: RemoteTableStore;
    let seatModule: typeof SeatModule;
    try {
      // The screen's code first (fetched as the name form showed, or now for a device back at its seat):
      // a connection opened for a screen that then cannot load would hold the seat for nobody.
      seatModule = await seatScreenCode();
      store = await deps.open(j);
    } catch {
      if (!destroyed) cannotReach(() => takeSeat(j));
      return;
    }
    if (destroyed) return store.getState().close();
    showSeat(store, j.code, seatModule.seatScreen);
  };

  /** Step 1: the code. */
  const codeForm = (code: string, problem: string | null) => {
    const input = h('input', {
      type: 'text',
      id: 'join-code',
      value: code,
      autocomplete: 'off',
      autocapitalize: 'characters',
      spellcheck: 'false',
      inputmode: 'text',
      maxlength: String(JOIN_CODE_LENGTH + 4),
      'aria-describedby': 'join-code-help',
    });
    const submit = (e: Event) => {
      e.preventDefault();
      const c = normaliseCode(input.value);
      if (c.length !== JOIN_CODE_LENGTH) {
        say(t('uiClass.codeLength', { n: JOIN_CODE_LENGTH }), input);
        input.focus();
        return;
      }
      busyWhile(find, () => findTable(c, null));
    };
    const find = h('button', { type: 'submit', class: 'primary', id: 'join-find' }, t('uiClass.find'));
    const form = h(
      'form',
      { class: 'panel', onsubmit: submit as EventListener },
      h('label', { for: 'join-code' }, t('uiClass.tableCode')),
      h('p', { class: 'muted', id: 'join-code-help' }, t('uiClass.codeHelp', { n: JOIN_CODE_LENGTH })),
      input,
      ' ',
      find,
    );
    el.replaceChildren(h('h2', {}, t('uiClass.joinHeading')), problemBox, form);
    say(problem, input);
    input.focus();
  };

  /** Step 2: the table found; a name and a party. */
  const seatForm = (lookup: JoinLookup, problem: string | null) => {
    warmUp();
    const free = lookup.seats.filter((s) => s.seat === 'free');
    const heading = [
      h('h2', {}, t('uiClass.joinTitle', { title: lookup.title })),
      h(
        'p',
        { class: 'muted' },
        // The scenario's title is in the table's language (gameLanguage.ts); the table's own title is whatever
        // the instructor typed.
        ...tWithGameWords('uiClass.joinTable', { scenario: lookup.scenario.title }, lookup.scenario.language, {
          code: lookup.code,
        }),
      ),
    ];
    // A table over, or with no seat left, has nothing to take: say so, and offer another code only
    // (a form whose every party is greyed out still offered "Take my seat", refused when pressed).
    const over = lookup.phase === 'finished' || lookup.phase === 'ended' || lookup.phase === 'broken';
    if (!over && free.length === 0 && problem !== null) {
      // The trainee's own seat went to another tab or device (or was freed): why, not "every seat is
      // taken, ask for another table", which hid the reason and sent them away from their own seat.
      el.replaceChildren(
        ...heading,
        problemBox,
        button(t('uiClass.tryAgain'), () => void findTable(lookup.code, null), { id: 'join-seat-again' }),
        button(t('uiClass.anotherCode'), () => codeForm('', null)),
      );
      say(problem);
      return;
    }
    if (over || free.length === 0) {
      say(null);
      el.replaceChildren(
        ...heading,
        h(
          'p',
          { class: 'error', role: 'alert', id: 'join-closed' },
          t(over ? 'uiClass.tableOver' : 'uiClass.allTaken'),
        ),
        button(t('uiClass.anotherCode'), () => codeForm('', null)),
      );
      return;
    }
    const nameInput = h('input', {
      type: 'text',
      id: 'join-name',
      value: name,
      maxlength: String(NAME_INPUT_UNITS),
      autocomplete: 'nickname',
    });
    nameInput.addEventListener('input', () => (name = nameInput.value));
    const choices = [
      ...(free.length > 1
        ? [
            h(
              'label',
              { class: 'choice' },
              h('input', { type: 'radio', name: 'party', value: '', checked: true }),
              t('uiClass.anySeat'),
            ),
          ]
        : []),
      ...lookup.seats.map((s, i) =>
        h(
          'label',
          { class: 'choice' },
          h('input', {
            type: 'radio',
            name: 'party',
            value: s.party,
            disabled: s.seat !== 'free',
            checked: free.length === 1 && s.seat === 'free' && i === lookup.seats.indexOf(free[0]!),
          }),
          t('uiClass.seatChoice', { party: s.name, seat: t(`uiClass.seatWords.${s.seat}`) }),
        ),
      ),
    ];
    const submit = (e: Event) => {
      e.preventDefault();
      const typed = nameOf(nameInput, 'uiClass.typeName');
      if (typed === null) return;
      const picked = el.querySelector<HTMLInputElement>('input[name="party"]:checked')?.value ?? '';
      // Two presses before the seat screen shows would take two seats, one of them a ghost nobody plays.
      busyWhile(
        take,
        saying(take, () =>
          takeSeat(
            // The room the lookup found: the seat joins it without looking the code up again.
            picked === ''
              ? { role: 'seat', code: lookup.code, name: typed, roomId: lookup.roomId }
              : { role: 'seat', code: lookup.code, name: typed, party: picked, roomId: lookup.roomId },
          ),
        ),
      );
    };
    const take = h('button', { type: 'submit', class: 'primary', id: 'join-take' }, t('uiClass.takeSeat'));
    const form = h(
      'form',
      { class: 'panel', onsubmit: submit as EventListener },
      h('label', { for: 'join-name' }, t('uiClass.yourName')),
      nameInput,
      h('fieldset', {}, h('legend', {}, t('uiClass.yourParty')), ...choices),
      take,
      ' ',
      button(t('uiClass.anotherCode'), () => codeForm('', null)),
    );
    el.replaceChildren(...heading, problemBox, form);
    say(problem, nameInput);
    nameInput.focus();
  };

  let observer: MountedClassroomScreen | null = null;

  /** A class's observer: the public table (and the brief the class allows). */
  const watch = async (placed: ClassPlacement): Promise<void> => {
    try {
      observer = await deps.observe(placed);
    } catch {
      if (!destroyed) cannotReach(() => watch(placed));
      return;
    }
    if (destroyed) return observer.destroy?.();
    el.replaceChildren(observer.el);
  };

  /** A class's code: the trainee types their name and is seated where the class places them. */
  const classForm = (c: ClassLookup, problem: string | null) => {
    warmUp();
    const nameInput = h('input', {
      type: 'text',
      id: 'join-name',
      value: name,
      maxlength: String(NAME_INPUT_UNITS),
      autocomplete: 'name',
      'aria-describedby': 'class-name-help',
    });
    nameInput.addEventListener('input', () => (name = nameInput.value));
    const submit = (e: Event) => {
      e.preventDefault();
      const typed = nameOf(nameInput, 'uiClass.typeNameClass');
      if (typed === null) return;
      busyWhile(
        joinClass,
        saying(joinClass, () => placeIn(typed)),
      );
    };
    const placeIn = async (typed: string) => {
      let placed: ClassPlacement;
      try {
        placed = await deps.classJoin(c.code, typed);
      } catch (err) {
        if (destroyed) return;
        // The server gives no new key to a seat a device has opened ("already joined"): if it is this device,
        // which holds the trainee's key, their seat opens. The server is asked first, as a seat the instructor
        // freed is joined again by name, with a new key.
        const mine = isNetworkFailure(err) ? undefined : heldHere(typed);
        if (!mine) return classForm(c, sentenceOf(err, t('uiClass.classFailed')));
        deps.remember(mine.code);
        return resume(mine);
      }
      if (destroyed) return;
      if (placed.role === 'observer') return watch(placed);
      const seat = { code: placed.code, party: placed.party, name: placed.name, seatKey: placed.seatKey! };
      saveSeat(deps.storage, seat);
      noteClassTable(deps.storage, c.code, seat.code);
      deps.remember(placed.code);
      await resume(seat, placed.roomId);
    };
    /** The seat this device holds for `typed` at this class's tables, if a class join here placed them. */
    const heldHere = (typed: string): HeldSeat | undefined => {
      const named = typed.toLocaleLowerCase();
      return classTables(deps.storage, c.code)
        .flatMap((code) => heldSeats(deps.storage, code))
        .find((x) => x.name.toLocaleLowerCase() === named);
    };
    const joinClass = h('button', { type: 'submit', class: 'primary', id: 'join-class' }, t('uiClass.joinClass'));
    const form = h(
      'form',
      { class: 'panel', onsubmit: submit as EventListener },
      h('label', { for: 'join-name' }, t('uiClass.yourName')),
      h('p', { class: 'muted', id: 'class-name-help' }, c.open ? t('uiClass.openClass') : t('uiClass.rosterClass')),
      nameInput,
      ' ',
      joinClass,
      ' ',
      button(t('uiClass.anotherCode'), () => codeForm('', null)),
    );
    el.replaceChildren(
      h('h2', {}, t('uiClass.classHeading', { title: c.title })),
      h(
        'p',
        { class: 'muted' },
        ...tWithGameWords('uiClass.classLine', { title: c.scenario.title }, c.language, { code: c.code }),
      ),
      problemBox,
      form,
    );
    say(problem, nameInput);
    nameInput.focus();
  };

  /**
   * Several trainees joined this table on this device (one phone passed round) and this tab does not know
   * which of them it is (a new tab): each opens their own seat by name. Names only: a seat's brief is its
   * trainee's alone. Someone else joins with the form.
   */
  const whoseSeat = (code: string, held: HeldSeat[]) => {
    say(null);
    el.replaceChildren(
      h('h2', {}, t('uiClass.whoseSeat')),
      h('p', { class: 'muted' }, t('uiClass.whoseSeatHelp', { code })),
      problemBox,
      h(
        'div',
        { class: 'panel', id: 'held-seats' },
        ...held.map((x) => button(x.name, () => void resume(x), { class: 'primary' })),
        ' ',
        // At a class's table, by the class's name form: the table's own form has no name field once its seats
        // are taken (a full table said only "ask for another table").
        button(t('uiClass.someoneElse'), () => void findTable(classOfTable(deps.storage, code) ?? code, null, false), {
          id: 'held-someone-else',
        }),
      ),
    );
  };

  /** `held`: open a seat this device holds at the table (false: the trainee said none is theirs). */
  const findTable = async (code: string, problem: string | null, held = true) => {
    deps.remember(code);
    // This device holds a seat here: take back the one this tab opened, or the only one, no questions;
    // of several, never one the tab did not open (another trainee's, with their brief): ask whose.
    const seats = held && problem === null ? heldSeats(deps.storage, code) : [];
    const mine = readTabSeat(tab, code);
    const own = seats.find((x) => mine !== null && x.party === mine.party && x.name === mine.name);
    if (own) return resume(own);
    if (seats.length === 1) return resume(seats[0]!);
    if (seats.length > 1) return whoseSeat(code, seats);
    let found: CodeLookup;
    try {
      found = await deps.find(code);
    } catch (e) {
      // Neither a table's code nor a class's (the server says so), or no server. A seat that just ended says why
      // instead: a table or class the instructor deleted opens nothing, and "check the letters" told its trainees
      // they had mistyped the code.
      if (!destroyed) codeForm(code, problem ?? sentenceOf(e, t('uiClass.noTableOrClass', { code })));
      return;
    }
    if (destroyed) return;
    if ('class' in found) classForm(found.class, problem);
    else seatForm(found.table, problem);
  };

  if (initialCode) void findTable(initialCode, null);
  else codeForm('', null);

  return {
    el,
    wake: () => {
      table?.getState().wake();
      observer?.wake?.();
    },
    destroy() {
      destroyed = true;
      observer?.destroy?.();
      leaveSeat();
    },
  };
}
