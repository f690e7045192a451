/**
 * A classroom address as text that wraps where a reader expects on a narrow screen: after the
 * "http://" and before the "?join=…" (kept whole), never inside the host, the port or the code a trainee
 * types. Chromium broke "http://…:4173/?" over "join=MBPJWJ" on a 1366 px projector, and a 320 px phone
 * broke "127.0.0.1:38301" in two.
 */
import { h } from '../dom.ts';

export function addressText(address: string): (string | HTMLElement)[] {
  const scheme = address.indexOf('://');
  const start = scheme < 0 ? 0 : scheme + 3;
  const query = address.indexOf('?', start);
  const host = query < 0 ? address.slice(start) : address.slice(start, query);
  return [
    ...(start > 0 ? [address.slice(0, start), h('wbr')] : []),
    // The host breaks only where it must (a long name on a small phone); the short query never.
    host,
    ...(query < 0 ? [] : [h('wbr'), h('span', { class: 'address-query' }, address.slice(query))]),
  ];
}
