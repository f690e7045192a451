/**
 * The briefing: the public background for everyone, then each person's confidential brief behind
 * a hand-over screen. The hand-over screen itself shows nothing confidential; a brief comes from
 * that party's own view (the store's selectors) and nothing else.
 */
import type { PartyId, PartyView, PublicView } from '../../engine/index.ts';
import { publicViewOf, unlockedViewOf } from '../../store/selectors.ts';
import { button, h, paragraphs } from '../dom.ts';
import { mark } from '../widgets/partyMark.ts';
import { looksFor } from '../partyStyle.ts';
import type { MountedScreen, ScreenContext } from '../screen.ts';
import type { RunningGame } from '../../store/types.ts';
import { ownScoringList } from '../widgets/ownScoringList.ts';
import { sheetTable } from '../widgets/sheetTable.ts';
import { worksheetForm } from '../widgets/worksheetForm.ts';
import { tabStorage, typedDrafts } from '../widgets/typedDrafts.ts';
import { batnaBox, howAgreementComes } from '../widgets/briefParts.ts';
import { gameBlock, gameWords, tWithGameWords } from '../gameLanguage.ts';
import { t } from '../uiLocale.ts';
import { SEPARATOR } from '../../i18n/index.ts';

export function partyName(view: PublicView | PartyView, id: PartyId): string {
  return view.parties.find((p) => p.id === id)?.name ?? id;
}

export function backgroundScreen(ctx: ScreenContext): MountedScreen {
  const game = ctx.store.getState().game;
  if (!game) return { el: h('p', {}, t('ui.noGame')) };
  const view = publicViewOf(game);
  const looks = looksFor(view.parties);
  const sc = view.scenario;
  const required = sc.agreement.required.map((p) => partyName(view, p));
  // The scenario's words, in the game's language, say so where the screens speak another (gameLanguage.ts).
  const told = sc.language;
  const el = h(
    'div',
    { class: 'brief' },
    h('h2', {}, ...tWithGameWords('uiSetup.background', { title: sc.title }, told)),
    h('p', { class: 'muted' }, t('uiSetup.everyone')),
    gameBlock(paragraphs(sc.background), told),
    h('h3', {}, t('uiSetup.theParties')),
    h(
      'ul',
      {},
      ...view.parties.map((p) => {
        return h(
          'li',
          {},
          mark(looks, p.id),
          ...tWithGameWords('uiSetup.partyLine', { description: p.description }, told, { player: p.player ?? '' }),
        );
      }),
    ),
    h('h3', {}, t('uiSetup.theIssues')),
    h(
      'ul',
      {},
      ...view.issues.map((i) =>
        h(
          'li',
          {},
          h('strong', {}, gameWords(i.title, told)),
          t('common.colon'),
          gameWords(
            i.options
              .filter((o) => o.available)
              .map((o) => o.label)
              .join(SEPARATOR),
            told,
          ),
        ),
      ),
    ),
    h('h3', {}, t('uiSetup.howAgreement')),
    h('p', {}, howAgreementComes(sc.agreement.rule, required, sc.protocol.rounds, sc.legitimacyThreshold)),
    button(t('uiSetup.continue'), () => continueToBriefs(ctx), { class: 'primary' }),
  );
  return { el };
}

/** True when one person plays against computers: no device passes between people. */
function playsAlone(game: RunningGame): boolean {
  return Object.values(game.controllers).filter((c) => c.kind === 'human').length === 1;
}

/**
 * From the background to the briefs. A lone human at their own screen goes straight to their brief
 * (there is nobody to pass the device to); on a projector their brief still waits behind a screen
 * that asks them to show it when only they can see it.
 */
function continueToBriefs(ctx: ScreenContext): void {
  const { store } = ctx;
  store.getState().continueBriefing();
  const { game, screen, settings } = store.getState();
  if (game && playsAlone(game) && !settings.projector && screen.name === 'handover' && screen.purpose === 'brief')
    store.getState().confirmHandover();
}

export function handoverScreen(ctx: ScreenContext, party: PartyId, purpose: 'brief' | 'turn'): MountedScreen {
  const game = ctx.store.getState().game;
  if (!game) return { el: h('p', {}, t('ui.noGame')) };
  const view = publicViewOf(game);
  const looks = looksFor(view.parties);
  const name = partyName(view, party);
  const controller = game.controllers[party];
  const player = controller?.kind === 'human' ? controller.name : '';
  const alone = playsAlone(game);
  const heading =
    purpose === 'brief'
      ? t('uiSetup.confidentialBrief')
      : alone
        ? t('uiSetup.yourTurn', { round: view.round })
        : t('uiSetup.theirTurn', { round: view.round, party: name });
  // A lone human is not handed anything: they are asked to show their own screen when it is private.
  const instruction = alone
    ? t(purpose === 'brief' ? 'uiSetup.aloneBrief' : 'uiSetup.alonePanel')
    : player
      ? t('uiSetup.passToPlayer', { party: name, player })
      : t('uiSetup.passTo', { party: name });
  const el = h(
    'div',
    { class: 'handover' },
    h('h2', {}, heading),
    h('p', { class: 'who' }, mark(looks, party)),
    h('p', {}, instruction),
    button(
      t(purpose === 'brief' ? 'uiSetup.showBrief' : 'uiSetup.showScreen', { party: name }),
      () => ctx.store.getState().confirmHandover(),
      { class: 'primary' },
    ),
  );
  return { el };
}

export function briefScreen(ctx: ScreenContext, party: PartyId): MountedScreen {
  const game = ctx.store.getState().game;
  const view = game ? unlockedViewOf(game, party) : null;
  if (!view) return { el: h('p', {}, t('uiSetup.notUnlocked')) };
  const name = partyName(view, party);
  // The scenario's worksheet questions are public text; the form reads nothing else but this view. What
  // the trainee types is kept in the tab until saved, so a reload (a phone discarding the page) keeps it.
  const drafts = typedDrafts(tabStorage(), game?.id ?? '', party);
  const worksheet = worksheetForm(
    view,
    game?.state.scenario.worksheet,
    game?.worksheets?.[party] ?? drafts.worksheet() ?? undefined,
  );
  const keep = () => drafts.keep('worksheet', worksheet.value());
  worksheet.el.addEventListener('input', keep);
  worksheet.el.addEventListener('change', keep);
  const el = h(
    'div',
    { class: 'brief' },
    h('h2', {}, t('uiSetup.briefHeading', { party: name })),
    h('p', { class: 'muted' }, t('uiSetup.onlyYou')),
    gameBlock(paragraphs(view.brief), view.scenario.language),
    batnaBox(view.batna, view.scenario.language),
    h('h3', {}, t('uiSetup.sheet')),
    h('p', { class: 'muted' }, t('uiSetup.sheetHelp')),
    sheetTable(view, view.scenario.language),
    h('h3', {}, t('uiSetup.elseChanges')),
    h('p', { class: 'muted' }, t('uiSetup.elseHelp')),
    ownScoringList(view),
    worksheet.el,
    button(
      t('uiSetup.readBrief'),
      () => {
        ctx.store.getState().saveWorksheet(party, worksheet.value());
        drafts.forget('worksheet');
        ctx.store.getState().continueBriefing();
      },
      { class: 'primary', id: 'save-worksheet' },
    ),
  );
  return { el };
}
