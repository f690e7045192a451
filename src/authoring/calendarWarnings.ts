/**
 * Anachronisms: evidence and events that the calendar puts where history did not.
 *
 * - `undated-on-calendar`: the scenario dates its rounds but an item has no date, so it exists from
 *   round 1 whatever it is;
 * - `anachronism`: an item's texts name a year after its date (or, undated, after round 1's period),
 *   or a round event is set for a round before its date (the engine holds it back: it fires later
 *   than the author wrote), or an event brings in evidence dated after the event;
 * - `after-last-round`: an item dated after the last round's period never appears in play.
 *
 * Years are read as four digits 1900–2099 standing alone in the title, summary, provenance or
 * announcement.
 */
import { firstRoundOf, periodOf } from '../scenario/calendar.ts';
import type { Evidence, GameEvent, Scenario } from '../scenario/types.ts';
import { sayIn, type Say } from './say.ts';
import type { AuthoringWarning } from './warning.ts';

const yearOf = (date: string) => Math.floor(periodOf(date).end / 10000);

/** The latest year the texts name (null: none). */
function latestYearNamed(texts: readonly string[]): number | null {
  let latest: number | null = null;
  for (const t of texts)
    for (const m of t.matchAll(/(?<![\d-])(19|20)\d{2}(?![\d])/g)) {
      const y = Number(m[0]);
      if (latest === null || y > latest) latest = y;
    }
  return latest;
}

/** The source's title is left out: a later account (a retrospective, a second edition) may report an earlier fact. */
const evidenceTexts = (e: Evidence) => [e.title, e.summary, e.provenance];
const eventTexts = (e: GameEvent) => [e.title, e.announcement];

export function calendarWarnings(scenario: Scenario, { t }: Say = sayIn()): AuthoringWarning[] {
  const out: AuthoringWarning[] = [];
  const calendar = scenario.calendar;
  if (calendar.length === 0) return out;
  const firstYear = yearOf(calendar[0] as string);
  const last = calendar[calendar.length - 1] as string;

  const item = (kind: 'evidence' | 'event', id: string, date: string | null, texts: readonly string[]) => {
    if (date === null) {
      out.push({
        code: 'undated-on-calendar',
        ids: [id],
        moment: 'always',
        message: t(`authoring.calendar.${kind}.undated`, { id, first: calendar[0] as string }),
      });
    }
    const named = latestYearNamed(texts);
    const asOf = date === null ? firstYear : yearOf(date);
    if (named !== null && named > asOf) {
      out.push({
        code: 'anachronism',
        ids: [id],
        moment: 'always',
        message:
          date === null
            ? t(`authoring.calendar.${kind}.undatedNamesYear`, {
                id,
                year: String(named),
                first: calendar[0] as string,
              })
            : t(`authoring.calendar.${kind}.namesLaterYear`, { id, date, year: String(named) }),
      });
    }
    if (date !== null && firstRoundOf(calendar, date) === null) {
      out.push({
        code: 'after-last-round',
        ids: [id],
        moment: 'always',
        message: t(`authoring.calendar.${kind}.afterLastRound`, { id, date, last }),
      });
    }
  };

  for (const e of scenario.evidence) item('evidence', e.id, e.date, evidenceTexts(e));
  for (const ev of scenario.events) {
    item('event', ev.id, ev.date, eventTexts(ev));
    const from = firstRoundOf(calendar, ev.date);
    if ('round' in ev.trigger && from !== null && ev.trigger.round < from) {
      out.push({
        code: 'anachronism',
        ids: [ev.id],
        moment: 'always',
        message: t('authoring.calendar.roundBeforeDate', {
          id: ev.id,
          round: String(ev.trigger.round),
          period: calendar[ev.trigger.round - 1] ?? '?',
          date: String(ev.date),
          from: String(from),
        }),
      });
    }
    for (const effect of ev.effects) {
      if (effect.type !== 'add-evidence' || ev.date === null) continue;
      const brought = scenario.evidence.find((e) => e.id === effect.evidence);
      if (!brought?.date || periodOf(brought.date).start <= periodOf(ev.date).end) continue;
      out.push({
        code: 'anachronism',
        ids: [ev.id, brought.id],
        moment: 'always',
        message: t('authoring.calendar.laterEvidence', {
          id: ev.id,
          date: ev.date,
          evidence: brought.id,
          evidenceDate: brought.date,
        }),
      });
    }
  }
  return out;
}
