/**
 * The class hour, computed from a scenario's facilitator guide: how to seat a class of a given
 * size (tables, which roles are doubled, which go to computers), and how a party's sheet ranks the
 * issues (what a worksheet's priorities are compared with). Which debrief questions a table's end
 * calls for is the engine's one rule for conditioned lessons (`keyedToTable`). Pure: the printed guide, the debrief and the tests all call it.
 */
import type { IssueId, PartyId, Scenario, SheetPoints } from '../scenario/types.ts';
import { spread } from './stakes.ts';

/** The class sizes a printed guide plans for. */
export const CLASS_SIZES: readonly number[] = [10, 15, 20, 25, 30, 35, 40];

export interface TableSeating {
  trainees: number;
  /** Roles played by two trainees. */
  doubled: PartyId[];
  /** Roles played by computers. */
  computers: PartyId[];
}

/**
 * Seats a class: the fewest tables that hold everyone (each table seats every role once, plus the
 * guide's roles to double), trainees spread as evenly as possible; a table short of trainees gives
 * the guide's computer roles away first, then the other roles from the end of the list (never a
 * role to double while another is free).
 */
export function tablePlan(scenario: Scenario, classSize: number): TableSeating[] {
  if (!Number.isInteger(classSize) || classSize < 1)
    throw new Error(`A class needs at least one trainee (got ${classSize}).`);
  const roles: { double: PartyId[]; computers: PartyId[] } = scenario.facilitatorGuide?.roles ?? {
    double: [],
    computers: [],
  };
  const parties = scenario.parties.map((p) => p.id);
  const perTable = parties.length + roles.double.length;
  const tables = Math.ceil(classSize / perTable);
  const base = Math.floor(classSize / tables);
  const extra = classSize % tables;
  const computerOrder = [
    ...roles.computers,
    ...[...parties].reverse().filter((p) => !roles.computers.includes(p) && !roles.double.includes(p)),
    ...[...roles.double].reverse(),
  ];
  return Array.from({ length: tables }, (_, i) => {
    const trainees = base + (i < extra ? 1 : 0);
    const short = Math.max(0, parties.length - trainees);
    return {
      trainees,
      doubled: roles.double.slice(0, Math.max(0, trainees - parties.length)),
      computers: computerOrder.slice(0, Math.min(short, parties.length - 1)),
    };
  });
}

/** The issues of a sheet from most to least at stake (best minus worst points; ties in issue order). */
export function issueRanking(scenario: Scenario, sheet: SheetPoints): IssueId[] {
  return scenario.issues
    .map((issue, index) => ({ id: issue.id, index, stake: spread(sheet[issue.id]) }))
    .sort((a, b) => b.stake - a.stake || a.index - b.index)
    .map((i) => i.id);
}
