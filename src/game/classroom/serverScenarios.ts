/**
 * The scenarios an instructor's screens offer: the classroom server's own (`GET /api/scenarios`), in
 * the screens' language where a scenario is written in it. Not the scenarios bundled into the page:
 * a server started on another folder (`npm start -- --scenarios DIR`), or given a file while it runs,
 * creates tables only from its own, and those are the ones to offer.
 */
import type { ScenarioSummary } from '../../protocol/index.ts';

/** What the create screens need of a scenario (a bundled `Scenario` has it too, for tests and tools). */
export type ScenarioChoice = Pick<ScenarioSummary, 'id' | 'title' | 'language'> & {
  parties: Pick<ScenarioSummary['parties'][number], 'id' | 'name' | 'colour'>[];
};

export async function serverScenarios(
  api: <T>(path: string) => Promise<T>,
  language: string,
): Promise<ScenarioSummary[]> {
  return (await api<{ scenarios: ScenarioSummary[] }>(`/api/scenarios?language=${encodeURIComponent(language)}`))
    .scenarios;
}
