/**
 * What the parties have at stake on each issue and option, read from the sheets and scoring rules
 * (no outcome-space search): the spread of a sheet row, and whether anyone values an option.
 *
 * "Values": a party values an option when its sheet gives that option more points than the
 * party's lowest option on the same issue, in the starting sheets or once every event's point
 * changes have applied (an event may be what makes an option matter); or when a scoring rule with
 * non-zero points names the option (`is` or `oneOf`, under any `all`/`any`/`not`). An option every
 * party puts at the bottom of the issue is one nobody would argue for or trade for.
 */
import type { Condition, IssueId, OptionId, Scenario, SheetPoints } from '../scenario/types.ts';
import { sheetsAfterAllEvents, startingSheets } from './moments.ts';

export const optionKey = (issue: IssueId, option: OptionId) => `${issue}/${option}`;

/** Highest minus lowest points of a sheet row (0 for an empty row). */
export function spread(row: Record<OptionId, number> | undefined): number {
  const v = Object.values(row ?? {});
  return v.length === 0 ? 0 : Math.max(...v) - Math.min(...v);
}

function optionsIn(c: Condition, into: Set<string>): Set<string> {
  if ('all' in c) c.all.forEach((x) => optionsIn(x, into));
  else if ('any' in c) c.any.forEach((x) => optionsIn(x, into));
  else if ('not' in c) optionsIn(c.not, into);
  else if ('is' in c) into.add(optionKey(c.issue, c.is));
  else if ('oneOf' in c) c.oneOf.forEach((o) => into.add(optionKey(c.issue, o)));
  return into;
}

/** Options (as `issue/option`) named by a scoring rule that changes someone's points. */
export function optionsNamedByRules(scenario: Scenario): Set<string> {
  const out = new Set<string>();
  for (const r of scenario.scoringRules) if (r.points !== 0 && r.parties.length > 0) optionsIn(r.when, out);
  return out;
}

/** Issues named by a scoring rule that changes someone's points. */
export function issuesNamedByRules(scenario: Scenario): Set<IssueId> {
  return new Set([...optionsNamedByRules(scenario)].map((k) => k.slice(0, k.indexOf('/'))));
}

export interface Stakes {
  /** Both sets of sheets: as the file gives them, and after every event's point changes. */
  sheetSets: Record<string, SheetPoints>[];
  namedByRules: Set<string>;
  /** True when some party values the option (see the module comment). */
  valued(issue: IssueId, option: OptionId): boolean;
}

export function stakesOf(scenario: Scenario): Stakes {
  const sheetSets = [startingSheets(scenario), sheetsAfterAllEvents(scenario)];
  const namedByRules = optionsNamedByRules(scenario);
  return {
    sheetSets,
    namedByRules,
    valued(issue, option) {
      if (namedByRules.has(optionKey(issue, option))) return true;
      return sheetSets.some((sheets) =>
        Object.values(sheets).some((sheet) => {
          const row = sheet[issue] ?? {};
          const v = row[option] ?? 0;
          return Object.values(row).some((other) => other < v);
        }),
      );
    },
  };
}
