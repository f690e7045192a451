/**
 * A tiny DOM builder. Scenario text is plain text and must never be interpreted as HTML, so
 * children are always added as text nodes or elements: there is no innerHTML anywhere in the UI.
 */
export type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') {
      el.addEventListener(key.replace(/^on/, '').toLowerCase(), value);
    } else if (key === 'class') {
      el.className = String(value);
    } else if (value === true) {
      el.setAttribute(key, '');
    } else {
      el.setAttribute(key, String(value));
    }
  }
  append(el, ...children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with its attributes (and its text, when given). */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

export function append(el: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Plain text with blank-line paragraphs (the scenario format's text) as <p> elements. */
export function paragraphs(text: string, cls?: string): HTMLElement {
  const box = h('div', { class: cls ?? 'prose' });
  for (const para of text.split(/\n\s*\n/)) {
    const t = para.trim();
    if (t !== '') box.appendChild(h('p', {}, t));
  }
  return box;
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

export function button(label: string, onClick: () => void, attrs: Attrs = {}): HTMLButtonElement {
  return h('button', { type: 'button', ...attrs, onclick: () => onClick() }, label);
}

/**
 * Runs `work` for a button whose press goes over the network, unless its last press is still on its
 * way: a double tap, or a second tap on a slow link where nothing seems to happen, must not create a
 * second class, take a second seat or extend the deadline twice. Meanwhile the button says it is busy
 * (aria-busy, greyed) and keeps the keyboard focus, which `disabled` would drop.
 */
export function busyWhile(control: HTMLButtonElement, work: () => Promise<unknown>): void {
  if (control.getAttribute('aria-busy') === 'true') return;
  control.setAttribute('aria-busy', 'true');
  control.setAttribute('aria-disabled', 'true');
  void work().finally(() => {
    control.removeAttribute('aria-busy');
    control.removeAttribute('aria-disabled');
  });
}

/** A row of buttons, or nothing when none is shown (a table cell left empty stays :empty). */
export function actionsRow(...children: Child[]): HTMLElement | null {
  const shown = children.filter((c) => c !== null && c !== undefined && c !== false);
  return shown.length > 0 ? h('div', { class: 'actions-row' }, ...shown) : null;
}

/** A button built with `button` whose action goes over the network (`busyWhile`). */
export function networkButton(label: string, onClick: () => Promise<unknown>, attrs: Attrs = {}): HTMLButtonElement {
  const b: HTMLButtonElement = h('button', { type: 'button', ...attrs }, label);
  b.addEventListener('click', () => busyWhile(b, onClick));
  return b;
}
