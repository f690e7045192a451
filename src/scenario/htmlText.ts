/**
 * Text that looks like HTML. Scenario texts are plain text: the game shows them with textContent,
 * never innerHTML, so a `<script>` is harmless, but the author probably expected formatting and
 * should know that the tags will show as typed.
 */
import { capitalise, describeLocation } from './describeLocation.ts';
import type { Finding } from './jsonDocument.ts';
import { toPointer, type Segment } from './jsonPointer.ts';
import { ENGLISH, type Translate } from './loaderText.ts';

const TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?\/?>|<!--/;

export function findHtmlText(value: unknown, t: Translate = ENGLISH): Finding[] {
  const findings: Finding[] = [];
  const visit = (v: unknown, path: Segment[]): void => {
    if (typeof v === 'string') {
      const tag = TAG.exec(v)?.[0];
      if (tag !== undefined) {
        const shown = tag.length > 30 ? tag.slice(0, 29) + '…' : tag;
        findings.push({
          severity: 'warning',
          pointer: toPointer(path),
          message: t('loader.text.html', {
            where: capitalise(describeLocation(value, toPointer(path), t)),
            tag: JSON.stringify(shown),
          }),
        });
      }
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => visit(item, [...path, i]));
    } else if (typeof v === 'object' && v !== null) {
      for (const [key, item] of Object.entries(v)) visit(item, [...path, key]);
    }
  };
  visit(value, []);
  return findings;
}
