/**
 * Reading XML for the GENIUS import, safely: files from the internet are not trusted. Before the
 * parser sees a file, a document type declaration is refused (GENIUS files never carry one, and it
 * is the door to entity expansion and external entities), so only XML's five predefined entities and
 * numeric character references are decoded. Then fast-xml-parser's validator reports syntax errors
 * with line:column, and the parser builds a plain tree (nesting capped). The caller checks the size
 * before reading the file.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { translator, type Translate } from '../../i18n/index.ts';

/** Deeper nesting is refused: a GENIUS file is four or five levels deep. */
export const MAX_XML_NESTING = 32;

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** 1-based line of the start tag. */
  line: number;
}

export type XmlResult = { ok: true; root: XmlElement } | { ok: false; line: number; message: string };

const ATTRIBUTES = ':@';

/** Line numbers from offsets (a binary search over the starts of lines). */
function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

type Node = Record<string, unknown>;

function toElement(node: Node, lineOf: (offset: number) => number, meta: symbol): XmlElement | null {
  const name = Object.keys(node).find((k) => k !== ATTRIBUTES);
  if (name === undefined || name === '#text' || name.startsWith('?') || name.startsWith('!')) return null;
  const rawAttributes = (node[ATTRIBUTES] ?? {}) as Record<string, unknown>;
  const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [k, v] of Object.entries(rawAttributes)) attributes[k] = String(v);
  const rawChildren = (node[name] ?? []) as Node[];
  const children = rawChildren
    .map((child) => toElement(child, lineOf, meta))
    .filter((c): c is XmlElement => c !== null);
  const info = (node as Record<symbol, { startIndex?: number } | undefined>)[meta];
  return { name, attributes, children, line: lineOf(info?.startIndex ?? 0) };
}

/**
 * An XML declaration after a comment (ANAC 2014's profiles start `<!-- profile 1 -->` then `<?xml …?>`):
 * strict XML refuses it, GENIUS reads the file. It declares nothing the import needs, so it is blanked
 * (spaces, lines kept) and the file read as GENIUS reads it.
 */
const LATE_DECLARATION = /^(\s*(?:<!--[\s\S]*?-->\s*)+)(<\?xml\b[^?]*\?>)/;

/** Parses one XML document into its root element, or says in a sentence (in `t`'s language) why it cannot. */
export function parseXml(source: string, t: Translate = translator('en')): XmlResult {
  const text = source.replace(LATE_DECLARATION, (_, before: string, declaration: string) =>
    before.concat(' '.repeat(declaration.length)),
  );
  const lineOf = lineFinder(text);
  const doctype = /<!(DOCTYPE|ENTITY)/i.exec(text);
  if (doctype)
    return {
      ok: false,
      line: lineOf(doctype.index),
      message: t('genius.xml.doctype'),
    };
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    return { ok: false, line: valid.err.line, message: t('genius.xml.notWellFormed', { reason: valid.err.msg }) };
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    captureMetaData: true,
    maxNestedTags: MAX_XML_NESTING,
    processEntities: true,
  });
  let nodes: Node[];
  try {
    nodes = parser.parse(text) as Node[];
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      line: 0,
      message: /nested/i.test(reason)
        ? t('genius.xml.tooDeep', { max: MAX_XML_NESTING })
        : t('genius.xml.unreadable', { reason }),
    };
  }
  const meta = XMLParser.getMetaDataSymbol() as unknown as symbol;
  const roots = nodes.map((n) => toElement(n, lineOf, meta)).filter((e): e is XmlElement => e !== null);
  const root = roots[0];
  if (!root) return { ok: false, line: 0, message: t('genius.xml.noElement') };
  return { ok: true, root };
}

/** `<issue name="Price">`: how messages point at an element. */
export function describeElement(element: XmlElement): string {
  const key = element.attributes['name'] ?? element.attributes['value'] ?? element.attributes['index'];
  const attr =
    element.attributes['name'] !== undefined ? 'name' : element.attributes['value'] !== undefined ? 'value' : 'index';
  return key === undefined ? `<${element.name}>` : `<${element.name} ${attr}="${key}">`;
}

/** Escapes text for a double-quoted XML attribute; drops characters XML 1.0 cannot carry. */
export function xmlAttribute(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}
