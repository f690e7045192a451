/**
 * The tour de table in the action panel: the texts tabled so far, newest first, each with what it would give
 * the player, to tick the ones it could live with and say so to the whole table (the engine's `live-with`,
 * once a turn, besides the talk moves). The ticks start from the player's latest word and, with whether the
 * list is open, survive the panel being rebuilt (`Draft.tour`).
 */
import type { LegalAction, Package, PartyAction, PartyId, PartyView } from '../../engine/index.ts';
import { livingWith, statements, tabledTexts } from '../../engine/index.ts';
import { button, h } from '../dom.ts';
import { formatList, t } from '../uiLocale.ts';
import { SEPARATOR } from '../../i18n/index.ts';
import { gameLang, gameParts } from '../gameLanguage.ts';
import { crossedRedLines } from '../../scenario/redLines.ts';
import { redLineText } from '../redLineText.ts';

type LiveWithTemplate = Extract<LegalAction, { type: 'live-with' }>;

/** The panel's fieldset, or null when the player may not make a statement now. */
export function tourDeTablePanel(
  view: PartyView,
  legal: LiveWithTemplate | undefined,
  ticked: { versions: number[] | null; open: boolean },
  preview: (pkg: Package) => { points: number } | null,
  name: (p: PartyId) => string,
  send: (a: PartyAction) => void,
): HTMLElement | null {
  if (!legal) return null;
  const texts = tabledTexts(view.log);
  const stated = statements(view.log);
  const others = view.parties.map((p) => p.id).filter((p) => p !== view.party);
  const chosen = new Set(
    ticked.versions ?? [...(stated.get(view.party)?.versions ?? [])].filter((v) => v <= texts.length),
  );
  const crossed = (pkg: Package | undefined) =>
    pkg ? crossedRedLines(view.redLines, pkg).map((r) => redLineText(view.issues, r)) : [];
  const label = (pkg: Package) =>
    view.issues.map((i) => i.options.find((o) => o.id === pkg[i.id])?.label ?? pkg[i.id] ?? '').join(SEPARATOR);
  const rows = legal.versions
    .slice()
    .reverse()
    .map((version) => {
      const text = texts[version - 1];
      const box = h('input', { type: 'checkbox', id: `live-with-${version}`, checked: chosen.has(version) });
      box.addEventListener('change', () => {
        if (box.checked) chosen.add(version);
        else chosen.delete(version);
        ticked.versions = [...chosen].sort((a, b) => a - b);
      });
      const points = text ? preview(text.package) : null;
      // Who else said they could live with it: where the table's consensus lies, as the bots read it.
      const living = livingWith(stated, version, others);
      const lines = crossed(text?.package);
      return h(
        'li',
        {},
        h(
          'label',
          { for: `live-with-${version}` },
          box,
          ' ',
          t(points ? 'uiRoom.tourText' : 'uiRoom.textBy', {
            version,
            party: text ? name(text.author) : '',
            points: points?.points ?? 0,
            batna: view.batna.points,
          }),
        ),
        text
          ? h('span', { class: 'muted tour-options', ...gameLang(view.scenario.language) }, label(text.package))
          : null,
        living.length > 0
          ? h('span', { class: 'tour-living' }, t('uiRoom.tourOthers', { parties: formatList(living.map(name)) }))
          : null,
        // Its points leave out the red lines: a text across one of the player's says so, as the move panel's
        // confirmation does, so the player does not say it could live with it by a slip.
        lines.length > 0
          ? h(
              'span',
              { class: 'tour-red-line' },
              ...gameParts(t('uiRoom.tourRedLine', { lines: formatList(lines) }), view.scenario.language),
            )
          : null,
      );
    });
  const details = h(
    'details',
    { class: 'tour-de-table', id: 'tour-de-table', open: ticked.open },
    h('summary', {}, t('uiRoom.tourTitle')),
    h('p', { class: 'muted' }, t('uiRoom.tourHelp')),
    h('ul', { class: 'tour-texts' }, ...rows),
    button(
      t('uiRoom.tourSay'),
      () => send({ type: 'live-with', party: view.party, versions: [...chosen].sort((a, b) => a - b) }),
      { id: 'act-live-with' },
    ),
  );
  details.addEventListener('toggle', () => (ticked.open = details.open));
  return details;
}
