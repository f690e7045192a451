/**
 * An event that hands a party an evidence item says so: its announcement names what the item is
 * about (it shares at least one word of five letters or more with the item's title or its source's
 * title, in the same language). Otherwise a table learns of an event, and then finds on its desk a
 * document the announcement never mentioned, perhaps from months before.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Text = string | Record<string, string> | undefined;
const inLanguage = (t: Text, language: string): string =>
  t === undefined ? '' : typeof t === 'string' ? t : (t[language] ?? t['en'] ?? '');
const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}{5,}/gu) ?? []);

interface Evidence {
  id: string;
  title: Text;
  source: { title: Text };
}
interface Event {
  id: string;
  title: Text;
  announcement: Text;
  effects: { type: string; evidence?: string }[];
}

describe('events that hand out evidence name it', () => {
  it('every shipped add-evidence event shares a word with the item it adds', () => {
    const silent: string[] = [];
    for (const file of readdirSync('scenarios').filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')) {
      const s = JSON.parse(readFileSync(`scenarios/${file}`, 'utf8')) as {
        evidence?: Evidence[];
        events?: Event[];
      };
      const languages = new Set(['en']);
      for (const ev of s.events ?? [])
        if (ev.announcement && typeof ev.announcement === 'object')
          Object.keys(ev.announcement).forEach((l) => languages.add(l));
      const items = new Map((s.evidence ?? []).map((e) => [e.id, e]));
      for (const ev of s.events ?? [])
        for (const effect of ev.effects) {
          const item = effect.type === 'add-evidence' && effect.evidence ? items.get(effect.evidence) : undefined;
          if (!item) continue;
          for (const l of languages) {
            const said = words(`${inLanguage(ev.title, l)} ${inLanguage(ev.announcement, l)}`);
            const about = words(`${inLanguage(item.title, l)} ${inLanguage(item.source.title, l)}`);
            if (![...about].some((w) => said.has(w))) silent.push(`${file}#${ev.id} (${l}) adds ${item.id}`);
          }
        }
    }
    expect(silent).toEqual([]);
  });
});
