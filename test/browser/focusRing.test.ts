/**
 * The keyboard's focus ring stands out from the page around it: at least 3:1 against the background the control
 * sits on (WCAG 2.2, 1.4.11 non-text contrast), on every control the Tab key reaches in the library. The amber
 * ring alone (#ffbf00) has 1.65:1 on the white page: a low-vision keyboard user lost the focus.
 */
import { expect, it } from 'vitest';
import { freshPage, useBrowserGame } from './gameFixture.ts';

useBrowserGame();

it('every Tab stop of the library shows a ring of at least 3:1 against its background', async () => {
  const { page, errors } = await freshPage(1366, 768);
  const faint: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const e = document.activeElement as HTMLElement | null;
      if (!e || e === document.body) return null;
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r, g, b]: number[]) =>
        [r, g, b]
          .map((v) => (v ?? 0) / 255)
          .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
          .reduce((sum, v, k) => sum + v * [0.2126, 0.7152, 0.0722][k]!, 0);
      const ratio = (a: number[], b: number[]) => {
        const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
        return (x + 0.05) / (y + 0.05);
      };
      // The background around the control: the nearest ancestor's opaque background.
      let bg = [255, 255, 255];
      for (let a = e.parentElement; a; a = a.parentElement) {
        const c = rgb(getComputedStyle(a).backgroundColor);
        if (c.length >= 3 && (c[3] ?? 1) > 0.5) {
          bg = c;
          break;
        }
      }
      const cs = getComputedStyle(e);
      // The ring's colours: the outline's and each box-shadow's (a shadow's colour comes first in Chromium).
      const rings = [
        ...(cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 ? [cs.outlineColor] : []),
        ...(cs.boxShadow === 'none' ? [] : (cs.boxShadow.match(/rgba?\([^)]*\)/g) ?? [])),
      ].map(rgb);
      const best = Math.max(0, ...rings.map((c) => ratio(c, bg)));
      return { name: `${e.tagName.toLowerCase()} “${(e.textContent ?? '').trim().slice(0, 30)}”`, best };
    });
    if (!stop || seen.has(stop.name)) continue;
    seen.add(stop.name);
    if (stop.best < 3) faint.push(`${stop.name}: ${stop.best.toFixed(2)}:1`);
  }
  expect(seen.size).toBeGreaterThan(10);
  expect(faint).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
}, 60_000);
