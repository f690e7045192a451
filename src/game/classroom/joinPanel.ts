/**
 * The panel a projector shows so that trainees can join: a heading, the code in large letters, a QR
 * code of the join address and a sentence with the address (wrapped only where addressText.ts allows).
 * A table's projector (its code: trainees pick a party) and the class board (the class code: trainees
 * type their name) show one each.
 */
import { h } from '../dom.ts';
import { addressText } from './addressText.ts';
import { qrSvg } from './qrCode.ts';
import { t as tr } from '../uiLocale.ts';

export interface JoinPanel {
  el: HTMLElement;
  qr: SVGSVGElement;
  /** The sentence with the address: the line that must stay on a projector's screen. */
  howTo: HTMLElement;
}

export function joinPanel(o: {
  code: string;
  /** The join address with the code (`…/?join=CODE`). */
  address: string;
  heading: string;
  /** The sentence's end after the address: what to do there (type the code, type your name). */
  then: string;
}): JoinPanel {
  const qr = qrSvg(o.address, tr('uiClass.projQr', { address: o.address }));
  const howTo = h(
    'p',
    { class: 'muted', id: 'join-how' },
    tr('uiClass.projOpen'),
    h('strong', { id: 'join-address' }, ...addressText(o.address)),
    o.then,
  );
  const el = h(
    'section',
    { class: 'panel join-panel', 'aria-labelledby': 'join-title' },
    h('h3', { id: 'join-title' }, o.heading),
    h(
      'p',
      {
        class: 'join-code',
        id: 'join-code-big',
        'aria-label': tr('uiClass.projCodeLabel', { letters: o.code.split('').join(' ') }),
      },
      o.code,
    ),
    qr,
    howTo,
  );
  return { el, qr, howTo };
}
