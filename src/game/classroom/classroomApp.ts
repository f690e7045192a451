/**
 * The classroom shell: what the page shows when its address is a classroom address (route.ts):
 * the join screen and a trainee's seat, a table's projector, the instructor board, and creating a
 * table. Loaded with a dynamic import by main.ts, so the single-device game never downloads it; the
 * network code (`@colyseus/sdk`) loads later still, when a screen first joins a table.
 *
 * It also keeps devices at their tables: when the page becomes visible again (a phone back from
 * sleep, a laptop lid opened) or the network comes back, the current screen is woken and rejoins
 * at once instead of waiting for its next retry.
 */
import './classroom.css';
import { onLocaleChange, t, uiLocale } from '../uiLocale.ts';
import { languageSwitch } from '../widgets/languageSwitch.ts';
import { isLoopbackHost } from '../../protocol/loopback.ts';
import type {
  ClassJoinOptions,
  ClassLines,
  ClassLookup,
  ClassPlacement,
  ClassSummary,
  CodeLookup,
  CreateClassRequest,
  Deleted,
  CreateTableRequest,
  InstructorCommand,
  KeptTable,
  ServerAddress,
  TableSummary,
} from '../../protocol/index.ts';
import { NetworkError, sentenceOf } from '../../store/remoteErrors.ts';
import { apiRequest } from '../../store/apiRequest.ts';
import { deviceId, memorySmallStorage, readInstructorKey } from '../../store/remoteKeys.ts';
import type { SmallStorage } from '../../store/remoteKeys.ts';
import type { RemoteJoin, RemoteTableStore } from '../../store/remoteTable.ts';
import { button, h, paragraphs } from '../dom.ts';
import { onFirstUse } from '../../store/onFirstUse.ts';
import type { MountedClassroomScreen } from './classroomScreen.ts';
import { joinScreen } from './joinScreen.ts';
import { tabStorage } from '../widgets/tabStorage.ts';
import type { ClassroomRoute } from './route.ts';
import { addressOf, parseAddress, queryOf } from './route.ts';
import { SEPARATOR } from '../../i18n/index.ts';

/** How many classes the console lists at first, and adds each time the instructor asks for earlier ones. */
const CLASS_PAGE = 50;

export interface ClassroomDeps {
  storage: SmallStorage;
  /** This tab's own storage: which seat it opened (default: its sessionStorage). */
  tab?: SmallStorage;
  /** The server's address (the page's own origin: the server serves the page). */
  base: string;
}

export function mountClassroom(root: HTMLElement, first: ClassroomRoute, deps: ClassroomDeps): () => void {
  const { base, storage } = deps;
  const tab = deps.tab ?? tabStorage() ?? memorySmallStorage();
  /**
   * A call to the classroom API in the UI's language: the server words its refusals by
   * `Accept-Language`, and the language switch may differ from the browser's own language.
   */
  const api = <T>(path: string, init: RequestInit = {}): Promise<T> =>
    apiRequest<T>(base, path, {
      ...init,
      headers: { 'Accept-Language': uiLocale(), ...(init.headers as Record<string, string> | undefined) },
    });
  /**
   * The network code (the room's transport, the SDK within it) and the table's remote source load on
   * first use, not with the join form; a load that failed (the Wi-Fi dropped meanwhile) is tried again
   * next time.
   */
  const network = onFirstUse(async () => (await import('../../store/remoteColyseus.ts')).colyseusTransport(base));
  const remoteTableCode = onFirstUse(() => import('../../store/remoteTable.ts'));
  const open = async (join: RemoteJoin): Promise<RemoteTableStore> => {
    const [transport, { createRemoteTable }] = await Promise.all([network(), remoteTableCode()]);
    return createRemoteTable(join, { transport, storage, tab });
  };
  /**
   * The screens a trainee's phone never shows load when one opens: the instructor's, and the projector's
   * (a class's observer too). One that cannot load says so in a sentence, not in the browser's words
   * (which name a file); opening it again tries again.
   */
  const screenCode = <T>(load: () => Promise<T>) =>
    onFirstUse(() =>
      load().catch(() => {
        throw new NetworkError(t('uiClass.screenNotLoaded'));
      }),
    );
  const instructorScreens = screenCode(() => import('./instructorScreens.ts'));
  const projectorScreens = screenCode(() => import('./projectorScreen.ts'));
  /**
   * The address trainees open, in join addresses and QR codes: this page's own, unless the instructor
   * opened it on this machine's loopback (localhost), which no phone can reach: then the address the
   * server says other devices reach it at (GET /api/address), where it has one.
   */
  let traineesBase: Promise<string> | null = null;
  const joinBase = () =>
    (traineesBase ??= isLoopbackHost(new URL(base).hostname)
      ? api<ServerAddress>('/api/address').then(
          (a) => a.join ?? base,
          () => base,
        )
      : Promise.resolve(base));
  const instructorKey = () => readInstructorKey(storage);
  const asInstructor = (init: RequestInit = {}): RequestInit => ({
    ...init,
    headers: { Authorization: `Bearer ${instructorKey() ?? ''}` },
  });
  /** A POST of `body` as JSON with the instructor's key. */
  const postAsInstructor = <T>(path: string, body: unknown): Promise<T> =>
    api<T>(path, asInstructor({ method: 'POST', body: JSON.stringify(body) }));
  /** A DELETE with the instructor's key (a class or a table erased): what was erased. */
  const deleteAsInstructor = (path: string): Promise<Deleted> => api<Deleted>(path, asInstructor({ method: 'DELETE' }));

  const home = h('a', { href: `${base}/`, class: 'button' }, t('uiClass.scenarioLibrary'));
  // The language switch: a classroom screen holds a live connection, so a new language reloads the
  // page, which takes the seat (or the screen) back in the new language.
  const language = languageSwitch();
  const bar = h('header', { class: 'bar' }, h('h1', {}, t('ui.title')), home, language.el);
  const stopReloading = onLocaleChange(() => location.reload());
  const main = h('main', { id: 'main', tabindex: '-1' });
  root.replaceChildren(bar, main);
  let current: MountedClassroomScreen | null = null;

  const go = (route: ClassroomRoute, replace = false) => {
    const url = `${location.pathname}${queryOf(route)}`;
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    show(route);
  };

  const needsKey = (): MountedClassroomScreen => ({
    el: h(
      'div',
      { class: 'classroom' },
      h('h2', {}, t('uiClass.instructorOnly')),
      h('p', { class: 'error', role: 'alert' }, t('uiClass.needsInstructorKey')),
    ),
  });

  const screenFor = (route: ClassroomRoute): MountedClassroomScreen => {
    // Only the instructor's device shows the way back to the library (trainees stay at their seat).
    home.hidden = instructorKey() === null;
    switch (route.name) {
      case 'join':
        return joinScreen(route.code, {
          // A trainee's device will need the network code: fetched while they type their name, not after
          // they press "Take the seat" (seconds on a slow classroom Wi-Fi).
          warmUp: () => void Promise.all([network(), remoteTableCode()]).catch(() => undefined),
          storage,
          tab,
          find: (code) => api<CodeLookup>(`/api/code/${encodeURIComponent(code)}`),
          classJoin: (code, name) =>
            api<ClassPlacement>(`/api/class/${encodeURIComponent(code)}/join`, {
              method: 'POST',
              body: JSON.stringify({ name, device: deviceId(storage) }),
            }),
          observe: async (p) => {
            // The screen's code before the connection: none is left open for a screen that cannot load.
            const { projectorScreen } = await projectorScreens();
            const store = await open({
              role: 'projector',
              code: p.code,
              observerKey: p.observerKey ?? '',
              roomId: p.roomId,
            });
            const inner = projectorScreen(store, await joinBase(), 'observer');
            const briefBox = h('div');
            const note = h(
              'p',
              { class: 'turn-banner', id: 'observer-note' },
              t('uiClass.observerNote', { name: p.name, table: p.tableNumber, code: p.code }),
            );
            const drawBrief = () => {
              const b = store.getState().brief;
              briefBox.replaceChildren(
                ...(b
                  ? [
                      h(
                        'details',
                        { class: 'panel', id: 'observer-brief' },
                        h('summary', {}, t('uiClass.observerBrief', { party: b.name })),
                        paragraphs(b.text),
                      ),
                    ]
                  : []),
              );
            };
            const stop = store.subscribe(drawBrief);
            drawBrief();
            return {
              el: h('div', {}, note, briefBox, inner.el),
              wake: () => inner.wake?.(),
              destroy: () => {
                stop();
                inner.destroy?.();
              },
            };
          },
          open,
          remember: (code) => history.replaceState(null, '', `${location.pathname}${queryOf({ name: 'join', code })}`),
        });
      case 'projector': {
        if (route.code === null) return projectorPicker();
        const code = route.code;
        return later(
          async () => {
            const { projectorScreen } = await projectorScreens();
            return projectorScreen(await open({ role: 'projector', code }), await joinBase());
          },
          t('uiClass.openingProjector'),
          {},
        );
      }
      case 'instructor':
        if (instructorKey() === null) return needsKey();
        return later(async () => {
          const { instructorBoard } = await instructorScreens();
          const { scenarios, refused } = await scenarioList();
          return instructorBoard({
            list: async () => (await api<{ tables: TableSummary[] }>('/api/tables', asInstructor())).tables,
            deleteTable: (id: string) => deleteAsInstructor(`/api/tables/${encodeURIComponent(id)}`),
            kept: async () => (await api<{ tables: KeptTable[] }>('/api/tables/kept', asInstructor())).tables,
            command: async (id: string, command: InstructorCommand) =>
              (
                await postAsInstructor<{ table: TableSummary }>(
                  `/api/tables/${encodeURIComponent(id)}/command`,
                  command,
                )
              ).table,
            projectorAddress: (code) => addressOf(base, { name: 'projector', code }),
            createAddress: (scenario) => addressOf(base, { name: 'create', scenario }),
            scenarios,
            refused,
          });
        });
      case 'console': {
        if (instructorKey() === null) return needsKey();
        const code = route.code;
        if (code === null)
          return later(async () =>
            (await instructorScreens()).consoleScreen({
              ...(await scenarioList()),
              classes: listClasses,
              create: async (request: CreateClassRequest) =>
                (await postAsInstructor<{ class: ClassSummary }>('/api/classes', request)).class,
              open: (c) => go({ name: 'console', code: c }),
            }),
          );
        return later(async () => {
          const { classWatch, createRemoteClass } = await instructorScreens();
          // Looked up by its code, as the board does: the list of every class the school kept was fetched for it.
          const found = await api<ClassLookup>(`/api/class/${encodeURIComponent(code)}`).catch((e: unknown) => {
            // Refused (no class has the code): said in the console's words; the network's failure as it is.
            throw e instanceof NetworkError ? e : new Error(t('uiConsole.console.noClassWithCode', { code }));
          });
          const store = createRemoteClass(base, found.id, { role: 'instructor', instructorKey: instructorKey() ?? '' });
          return classWatch(store, {
            command: (id, command) => postAsInstructor(`/api/tables/${encodeURIComponent(id)}/command`, command),
            classCommand: (id, command) => postAsInstructor(`/api/classes/${encodeURIComponent(id)}/command`, command),
            download: (id, kind) =>
              download(`/api/classes/${encodeURIComponent(id)}/export.${kind}`, `accord-class-${code}.${kind}`),
            deleteClass: (id) => deleteAsInstructor(`/api/classes/${encodeURIComponent(id)}`),
            boardAddress: (c) => addressOf(base, { name: 'board', code: c }),
            joinAddress: addressOf(await joinBase(), { name: 'join', code: null }),
          });
        });
      }
      case 'board': {
        const code = route.code;
        if (code === null) return boardPicker();
        return later(async () => {
          const { classBoardScreen, createRemoteClass } = await instructorScreens();
          const found = await api<ClassLookup>(`/api/class/${encodeURIComponent(code)}`);
          // On the instructor's device (the projector's laptop) the key goes with it: the boards trainees
          // open with the class code then never keep the projector's out (classConsoleRoom.ts).
          const key = instructorKey();
          const options: ClassJoinOptions =
            key === null ? { role: 'board', code } : { role: 'board', code, instructorKey: key };
          return classBoardScreen(createRemoteClass(base, found.id, options), code, await joinBase());
        });
      }
      case 'create': {
        if (instructorKey() === null) return needsKey();
        return later(async () => {
          const { createTableScreen, scenarioSummaries } = await instructorScreens();
          return createTableScreen(
            (await scenarioSummaries(api, uiLocale())).find((s) => s.id === route.scenario) ?? null,
            route.scenario,
            {
              create: async (request: CreateTableRequest) =>
                (await postAsInstructor<{ table: TableSummary }>('/api/tables', request)).table,
              opened: (table) => go({ name: 'projector', code: table.code }),
              back: () => history.back(),
            },
          );
        });
      }
    }
  };

  /** The server's scenarios, in the screens' language where written in it. */
  const scenarioList = async () => (await instructorScreens()).serverScenarios(api, asInstructor, uiLocale());
  /** A page of the console's list: the latest classes, or those before `earlier` (the cursor a page gave). */
  const listClasses = (earlier?: string) =>
    api<ClassLines>(
      `/api/classes?limit=${CLASS_PAGE}${earlier === undefined ? '' : `&before=${encodeURIComponent(earlier)}`}`,
      asInstructor(),
    );

  /** A file from an instructor route, saved by the browser. */
  const download = async (path: string, name: string) => {
    const res = await fetch(`${base}${path}`, asInstructor());
    if (!res.ok) throw new Error(t('uiConsole.console.exportFailed', { status: res.status }));
    const url = URL.createObjectURL(await res.blob());
    const a = h('a', { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  /** A screen that needs a request first: a sentence meanwhile, the server's sentence if it fails. */
  const later = (
    make: () => Promise<MountedClassroomScreen>,
    opening = t('uiClass.opening'),
    // The projector fills the screen itself: no classroom padding around it. (A classroom screen inside
    // this wrapper is not padded again: classroom.css.)
    wrapper: { class?: string } = { class: 'classroom' },
  ): MountedClassroomScreen => {
    const el = h('div', wrapper, h('p', {}, opening));
    let inner: MountedClassroomScreen | null = null;
    let gone = false;
    make()
      .then((screen) => {
        if (gone) return screen.destroy?.();
        inner = screen;
        el.replaceChildren(screen.el);
      })
      .catch((e: unknown) => {
        if (!gone)
          el.replaceChildren(h('p', { class: 'error', role: 'alert' }, sentenceOf(e, t('uiClass.cannotOpen'))));
      });
    return {
      el,
      wake: () => inner?.wake?.(),
      destroy: () => {
        gone = true;
        inner?.destroy?.();
      },
    };
  };

  /** A form to type a code that opens `name`'s screen (the projector's table, the class board). */
  const codeForm = (name: 'projector' | 'board', label: string, submit: string): HTMLElement => {
    const input = h('input', { type: 'text', id: `${name}-code`, autocomplete: 'off', maxlength: '10' });
    return h(
      'form',
      {
        class: 'panel',
        onsubmit: ((e: Event) => {
          e.preventDefault();
          const r = parseAddress(`${base}/?${name}=${encodeURIComponent(input.value)}`).route;
          if (r?.name === name && r.code) go(r);
        }) as EventListener,
      },
      h('label', { for: `${name}-code` }, label),
      input,
      ' ',
      h('button', { type: 'submit', class: 'primary' }, submit),
    );
  };

  /** The board address without a code: type the class code. */
  const boardPicker = (): MountedClassroomScreen => ({
    el: h(
      'div',
      { class: 'classroom' },
      h('h2', {}, t('uiClass.boardHeading')),
      codeForm('board', t('uiClass.boardCodeLabel'), t('uiClass.boardSubmit')),
    ),
  });

  /** The projector address without a code: the instructor picks a table; anyone else types the code. */
  const projectorPicker = (): MountedClassroomScreen => {
    const el = h(
      'div',
      { class: 'classroom' },
      h('h2', {}, t('uiClass.projectorHeading')),
      codeForm('projector', t('uiClass.projectorCodeLabel'), t('uiClass.projectorSubmit')),
    );
    if (instructorKey() !== null)
      void api<{ tables: TableSummary[] }>('/api/tables', asInstructor())
        .then(({ tables }) =>
          el.append(
            h(
              'ul',
              {},
              ...tables.map((t) =>
                h(
                  'li',
                  {},
                  button(`${t.title}${SEPARATOR}${t.code}`, () => go({ name: 'projector', code: t.code })),
                ),
              ),
            ),
          ),
        )
        .catch(() => undefined);
    return { el };
  };

  const show = (route: ClassroomRoute) => {
    current?.destroy?.();
    current = screenFor(route);
    main.replaceChildren(current.el);
    const heading = current.el.querySelector<HTMLElement>('h2');
    if (heading && !current.el.contains(document.activeElement)) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  };

  const wake = () => {
    if (document.visibilityState === 'visible') current?.wake?.();
  };
  const onPop = () => {
    const { route } = parseAddress(location.href);
    if (route) show(route);
    else location.reload();
  };
  // A page reloaded or closed says goodbye to its room: a console, a board or a projector would otherwise
  // hold its place there for a minute for a connection that never comes back (a language switch is a
  // reload). A seat (the join address) keeps that hold: the phone comes back to it. A page kept for the
  // back button (`persisted`) keeps its screen.
  const leave = (e: PageTransitionEvent) => {
    if (e.persisted || parseAddress(location.href).route?.name === 'join') return;
    current?.destroy?.();
    current = null;
  };
  window.addEventListener('pagehide', leave);
  document.addEventListener('visibilitychange', wake);
  window.addEventListener('online', wake);
  window.addEventListener('pageshow', wake);
  window.addEventListener('popstate', onPop);
  go(first, true);
  return () => {
    current?.destroy?.();
    document.removeEventListener('visibilitychange', wake);
    window.removeEventListener('online', wake);
    window.removeEventListener('pageshow', wake);
    window.removeEventListener('popstate', onPop);
    window.removeEventListener('pagehide', leave);
    stopReloading();
  };
}
