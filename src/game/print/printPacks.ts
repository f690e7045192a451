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
import { indexedDbStorage } from '../../store/saveStorage.ts';
import { hotSeatInProgress } from '../../store/savesList.ts';
import type { SharedGame } from '../../store/savesList.ts';
import { button, h, paragraphs } from '../dom.ts';
import { confirmDialog } from '../widgets/confirmDialog.ts';
import { batnaBox, howAgreementComes } from '../widgets/briefParts.ts';
import { sheetTable } from '../widgets/sheetTable.ts';
import { namesFromScenario } from './conditionText.ts';
import { ownScoringFor } from '../../engine/index.ts';
import { conditionInWords, markedNames, ownScoringInWords } from '../ownScoringText.ts';
import { asGameWord, gameBlock, gameLang, gameParts, gameWords, tWithGameWords } from '../gameLanguage.ts';
import { redLineText } from '../redLineText.ts';
import './print.css';
import { formatList, t } from '../uiLocale.ts';
import { SEPARATOR } from '../../i18n/index.ts';

export const PACKS = {
  background: 'background',
  briefs: 'briefs',
  guide: 'guide',
  'score-sheet': 'score-sheet',
} as const;
/** A pack's name in the language of the screens. */
const packLabel = (pack: PackName): string => t(`uiPrint.packs.${pack}`);
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
  ids.length === 0 ? t('uiPrint.none') : formatList(ids.map((p) => nameOf(sc, p)));
const lines = (n: number) => h('div', { class: 'write-lines', style: `--lines: ${n}` });

function header(sc: Scenario, pack: PackName): HTMLElement {
  return h(
    'header',
    { class: 'pack-head' },
    h('p', { class: 'pack-kind' }, packLabel(pack)),
    h('h1', gameLang(sc.language), sc.title),
  );
}

/*
 * The scenario's words are in its own language (`sc.language`), the packs' in the screens': a French pack of a scenario
 * written only in English marks that English as such (lang="en"), as the screens do (gameLanguage.ts). Party names are
 * proper names and stay unmarked.
 */

function background(sc: Scenario): HTMLElement[] {
  const told = sc.language;
  return [
    h('p', { class: 'summary', ...gameLang(told) }, sc.summary),
    gameBlock(paragraphs(sc.background), told),
    h('h2', {}, t('uiPrint.theParties')),
    h(
      'ul',
      {},
      ...sc.parties.map((p) =>
        h('li', {}, h('strong', {}, p.name), ...tWithGameWords('uiPrint.dashed', { text: p.description }, told)),
      ),
    ),
    h('h2', {}, t('uiPrint.theIssues')),
    ...sc.issues.map((i) =>
      h(
        'div',
        { class: 'keep' },
        h('h3', gameLang(told), i.title),
        i.description ? h('p', gameLang(told), i.description) : null,
        h(
          'ul',
          {},
          ...i.options
            .filter((o) => o.available)
            .map((o) =>
              h(
                'li',
                {},
                gameWords(o.label, told),
                ...(o.description ? tWithGameWords('uiPrint.dashed', { text: o.description }, told) : []),
              ),
            ),
        ),
      ),
    ),
    h('h2', {}, t('uiPrint.howAgreement')),
    h('p', {}, agreementText(sc)),
  ];
}

function blankWorksheet(sc: Scenario, party: Party): HTMLElement {
  const told = sc.language;
  const others = sc.parties.filter((p) => p.id !== party.id);
  return h(
    'section',
    { class: 'keep' },
    h('h3', {}, t('uiPrint.worksheet')),
    h('p', {}, t('uiPrint.wsBatna')),
    lines(2),
    h(
      'p',
      {},
      ...gameParts(
        t('uiPrint.wsPriorities', {
          issues: sc.issues.map((i) => asGameWord(i.title)).join(t('uiDebrief.separator')),
        }),
        told,
      ),
    ),
    lines(2),
    h('p', {}, t('uiPrint.wsReservation')),
    h('p', {}, t('uiPrint.wsOthers')),
    h('ul', { class: 'fill' }, ...others.map((p) => h('li', {}, t('uiPrint.wsOther', { party: p.name })))),
    ...(sc.worksheet?.questions ?? []).flatMap((q, k) => [
      h('p', {}, ...tWithGameWords('uiPrint.wsQuestion', { prompt: q.prompt }, told, { n: k + 5 })),
      lines(2),
    ]),
  );
}

/** The party's declared red lines, as the room names them: a text with one gets its objection at once. */
function redLines(sc: Scenario, party: Party): HTMLElement | null {
  if (party.redLines.length === 0) return null;
  const lines = party.redLines.map((r) => redLineText(sc.issues, r));
  return h(
    'p',
    { class: 'red-lines' },
    ...gameParts(t('uiRoom.redLines', { lines: lines.join(t('common.semicolon')) }), sc.language),
  );
}

/**
 * The party's scoring beyond its sheet (its scoring rules, the social-licence and no-deal consequences), in the
 * words of the brief on screen (ownScoringList.ts). Evidence is named only if the party holds it, as on its screen
 * before anything is presented.
 */
function ownScoring(sc: Scenario, party: Party): HTMLElement {
  const names = markedNames(
    {
      ...namesFromScenario(sc),
      evidence: (id: string) => sc.evidence.find((e) => e.id === id && e.holder === party.id)?.title ?? null,
    },
    asGameWord,
  );
  const words = ownScoringInWords({ ownScoring: ownScoringFor(sc, party.id), rounds: sc.protocol.rounds }, names);
  return h(
    'ul',
    { class: 'own-scoring' },
    ...[...words.rules, words.legitimacy, words.noDeal].map((l) =>
      h(
        'li',
        {},
        h('strong', {}, ...gameParts(l.head, sc.language)),
        l.detail === '' ? '.' : t('uiBrief.scoring.headSeparator'),
        l.detail === '' ? null : h('span', { class: 'muted', ...gameLang(sc.language) }, l.detail),
      ),
    ),
  );
}

/** Whether an event of the scenario changes this party's points or BATNA (a change-points or change-batna effect). */
const changedByEvents = (sc: Scenario, party: Party) =>
  sc.events.some((ev) =>
    ev.effects.some((e) => (e.type === 'change-points' || e.type === 'change-batna') && e.party === party.id),
  );

function briefs(sc: Scenario): HTMLElement[] {
  return sc.parties.map((party) =>
    h(
      'section',
      { class: 'role-brief', 'data-party': party.id },
      h('p', { class: 'pack-kind' }, t('uiPrint.briefKind', { party: party.name })),
      h('h2', {}, t('uiPrint.briefHeading', { party: party.name })),
      h(
        'p',
        { class: 'muted' },
        ...tWithGameWords('uiPrint.briefOnly', { title: sc.title }, sc.language, { party: party.name }),
      ),
      gameBlock(paragraphs(party.brief), sc.language),
      batnaBox(party.batna, sc.language),
      h('h3', {}, t('uiPrint.sheet')),
      // Every option with its points: paper play has no screen to show one when an event adds it.
      sheetTable({ issues: sc.issues, sheet: party.sheet }, sc.language, t('uiPrint.addedLater')),
      // The sheet and BATNA as they are at the start; which events change them is the facilitator's to know.
      changedByEvents(sc, party) ? h('p', { class: 'may-change' }, t('uiPrint.mayChange')) : null,
      redLines(sc, party),
      h('h3', {}, t('uiSetup.elseChanges')),
      h('p', { class: 'muted' }, t('uiSetup.elseHelp')),
      ownScoring(sc, party),
      blankWorksheet(sc, party),
      h('p', { class: 'end-mark' }, t('uiPrint.endOfBrief', { party: party.name })),
    ),
  );
}

function guide(sc: Scenario): HTMLElement[] {
  const g = sc.facilitatorGuide;
  if (!g) return [h('p', {}, t('uiPrint.noGuide'))];
  const told = sc.language;
  const lang = gameLang(told);
  const seating = CLASS_SIZES.map((size) => {
    const tables = tablePlan(sc, size);
    const groups = new Map<string, number>();
    for (const table of tables) {
      const key = [
        t('uiPrint.trainees', { n: table.trainees }),
        table.doubled.length > 0 ? t('uiPrint.doubled', { parties: names(sc, table.doubled) }) : '',
        table.computers.length > 0 ? t('uiPrint.computers', { parties: names(sc, table.computers) }) : '',
      ]
        .filter(Boolean)
        .join(t('uiDebrief.separator'));
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
    return h(
      'tr',
      {},
      h('th', { scope: 'row' }, String(size)),
      h('td', {}, String(tables.length)),
      h('td', {}, [...groups].map(([k, n]) => t('uiPrint.groupTimes', { n, group: k })).join(SEPARATOR)),
    );
  });
  return [
    h('h2', {}, t('uiPrint.objectives')),
    h('ul', {}, ...g.teachingObjectives.map((o) => h('li', lang, o))),
    h('h2', {}, t('uiPrint.timing')),
    h(
      'table',
      { class: 'timing' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...(['class', 'briefing', 'preparation', 'negotiation', 'debrief', 'clock'] as const).map((c) =>
            h('th', { scope: 'col' }, t(`uiPrint.timingColumns.${c}`)),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        ...g.timing.map((plan) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, t('uiPrint.minutes', { n: plan.minutes })),
            ...[plan.briefing, plan.preparation, plan.negotiation, plan.debrief].map((m) =>
              h('td', {}, t('uiPrint.minutes', { n: m })),
            ),
            h('td', {}, t('uiPrint.seconds', { n: plan.turnClockSeconds })),
          ),
        ),
      ),
    ),
    ...g.timing.flatMap((plan) =>
      plan.notes
        ? [h('p', {}, h('strong', {}, t('uiPrint.minutesNote', { n: plan.minutes })), gameWords(plan.notes, told))]
        : [],
    ),
    h('h2', {}, t('uiPrint.roles')),
    h('p', {}, t('uiPrint.rolesLine', { double: names(sc, g.roles.double), computers: names(sc, g.roles.computers) })),
    h('p', lang, g.roles.notes),
    h(
      'table',
      { class: 'seating keep' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...(['size', 'tables', 'seating'] as const).map((c) =>
            h('th', { scope: 'col' }, t(`uiPrint.seatingColumns.${c}`)),
          ),
        ),
      ),
      h('tbody', {}, ...seating),
    ),
    h('h2', {}, t('uiPrint.usually')),
    gameBlock(paragraphs(g.whatUsuallyHappens), told),
    h('h2', {}, t('uiPrint.mistakes')),
    h('ul', {}, ...g.commonMistakes.map((m) => h('li', lang, m))),
    h('h2', {}, t('uiPrint.debriefQuestions')),
    h(
      'ol',
      {},
      ...g.debriefQuestions.map((q) => {
        const when = [
          q.outcome === 'agreement'
            ? t('uiPrint.tableAgreed')
            : q.outcome === 'no-deal'
              ? t('uiPrint.tableNoDeal')
              : '',
          q.when ? conditionInWords(q.when, markedNames(namesFromScenario(sc), asGameWord)) : '',
        ].filter(Boolean);
        return h(
          'li',
          {},
          gameWords(q.question, told),
          when.length > 0
            ? h('span', { class: 'muted' }, ...gameParts(t('uiPrint.askWhen', { conditions: formatList(when) }), told))
            : '',
        );
      }),
    ),
    h('h2', {}, t('uiPrint.worksheetQuestions')),
    h('ol', {}, ...(sc.worksheet?.questions ?? []).map((q) => h('li', lang, q.prompt))),
    h('h2', {}, t('uiPrint.exitReflection')),
    h(
      'ol',
      {},
      ...(sc.exitReflection?.questions ?? []).map((q) =>
        h(
          'li',
          {},
          gameWords(q.prompt, told),
          q.kind === 'choice'
            ? h(
                'ul',
                {},
                ...q.choices.map((c) =>
                  h(
                    'li',
                    {},
                    gameWords(c.label, told),
                    c.id === q.answer ? h('strong', {}, t('uiPrint.expected')) : '',
                  ),
                ),
              )
            : t('uiPrint.freeText'),
          q.kind === 'choice' && q.explanation ? h('p', { class: 'muted', ...lang }, q.explanation) : null,
        ),
      ),
    ),
  ];
}

function scoreSheet(sc: Scenario): HTMLElement[] {
  const told = sc.language;
  const rounds = Array.from({ length: sc.protocol.rounds }, (_, i) => i + 1);
  return [
    h('p', {}, t('uiPrint.paperPlay')),
    h('h2', {}, t('uiPrint.textOnTable')),
    h(
      'table',
      { class: 'grid' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('uiPrint.issue')),
          ...rounds.map((r) => h('th', { scope: 'col' }, t('uiPrint.roundShort', { n: r }))),
          h('th', { scope: 'col' }, t('uiPrint.agreed')),
        ),
      ),
      h(
        'tbody',
        {},
        ...sc.issues.map((i) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row', ...gameLang(told) }, i.title),
            ...rounds.map(() => h('td', {})),
            h('td', {}),
          ),
        ),
      ),
    ),
    h(
      'p',
      { class: 'muted' },
      ...gameParts(
        sc.issues
          .map(
            (i) =>
              asGameWord(i.title) +
              t('common.colon') +
              // Between options a semicolon: 28 labels of the library hold commas ("Data sent out, safeguards left to researchers").
              i.options.map((o, k) => `${k + 1} ${asGameWord(o.label)}`).join(t('common.semicolon')),
          )
          .join('. '),
        told,
      ),
    ),
    h('h2', {}, t('uiPrint.support')),
    h(
      'table',
      { class: 'grid' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('uiPrint.party')),
          ...(['supports', 'objects', 'walked', 'points', 'batna', 'above'] as const).map((c) =>
            h('th', { scope: 'col' }, t(`uiPrint.supportColumns.${c}`)),
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

/** The hot-seat game in progress in this browser, if any (the single-device game keeps it in IndexedDB). */
async function hotSeatHere(): Promise<SharedGame | null> {
  try {
    return await hotSeatInProgress(indexedDbStorage(indexedDB));
  } catch {
    return null; // no storage to read: nothing known to warn about
  }
}

/**
 * The briefs pack's confirmation. A link to it (the library card's) may be opened on a hot-seat game's
 * shared screen, where every party's brief would show at once, so the page itself asks, whoever opens it;
 * a game of several players in progress on this device is named.
 */
function confirmBriefs(game: SharedGame | null, onConfirm: () => void): HTMLDialogElement {
  return confirmDialog({
    title: t('uiPrint.briefsConfirm.title'),
    text: [
      ...(game
        ? [t('uiPrint.briefsConfirm.gameInProgress', { title: game.title, players: formatList(game.players) }), ' ']
        : []),
      t('uiPrint.briefsConfirm.text'),
    ],
    confirm: t('uiPrint.briefsConfirm.show'),
    cancel: t('ui.cancel'),
    onConfirm,
    className: 'briefs-confirm',
  });
}

export function mountPrintPack(
  root: HTMLElement,
  library: LibraryEntry[],
  scenarioId: string,
  pack: string,
  sharedGame: () => Promise<SharedGame | null> = hotSeatHere,
): void {
  const entry = library.find((e) => e.ok && e.scenario.id === scenarioId);
  root.replaceChildren();
  if (!entry?.ok) {
    root.append(h('p', { role: 'alert' }, t('uiPrint.noScenario', { id: scenarioId })));
    return;
  }
  const sc = entry.scenario;
  const printButton = isPack(pack) ? button(t('uiPrint.print'), () => window.print(), { class: 'primary' }) : null;
  const menu = h(
    'nav',
    { class: 'no-print pack-menu' },
    h('a', { href: './' }, t('uiPrint.library')),
    ...(Object.keys(PACKS) as PackName[]).map((id) => h('a', { href: packAddress(sc.id, id) }, packLabel(id))),
    printButton,
  );
  // The pack is the page's main content: the skip link (index.html) goes there, past the menu.
  const main = h('main', { id: 'main', tabindex: '-1', class: 'pack-main' });
  root.append(menu, main);
  if (!isPack(pack)) main.append(h('h1', {}, sc.title), h('p', {}, t('uiPrint.choose', { title: sc.title })));
  else if (pack !== 'briefs') main.append(packContent(sc, pack));
  else if (printButton) {
    // Nothing confidential is on the page until confirmed (not even to print).
    printButton.hidden = true;
    const show = () => {
      main.replaceChildren(packContent(sc, pack));
      printButton.hidden = false;
      main.focus();
    };
    const ask = () => void sharedGame().then((game) => confirmBriefs(game, show));
    main.append(
      h(
        'section',
        { class: 'pack-gate' },
        header(sc, pack),
        h('p', {}, t('uiPrint.briefsConfirm.hidden')),
        h('p', {}, button(t('uiPrint.briefsConfirm.ask'), ask, { class: 'primary' })),
      ),
    );
    ask();
  }
  document.title = isPack(pack) ? t('uiPrint.pageTitle', { pack: packLabel(pack), title: sc.title }) : sc.title;
}
