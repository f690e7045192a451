/**
 * The scenarios an instructor's screens offer: the classroom server's own (`GET /api/scenarios`), in
 * the screens' language where a scenario is written in it. Not the scenarios bundled into the page:
 * a server started on another folder (`npm start -- --scenarios DIR`), or given a file while it runs,
 * creates tables only from its own, and those are the ones to offer. The files in its folder that do
 * not load (`GET /api/scenario-files`) are named with their first problem, so an instructor who put a
 * file there learns why it is not offered.
 */
import { refusedFileSentence, type RefusedScenarioFile, type ScenarioSummary } from '../../protocol/index.ts';
import { h } from '../dom.ts';
import { t } from '../uiLocale.ts';

/** What the create screens need of a scenario (a bundled `Scenario` has it too, for tests and tools). */
export type ScenarioChoice = Pick<ScenarioSummary, 'id' | 'title' | 'language'> & {
  parties: Pick<ScenarioSummary['parties'][number], 'id' | 'name' | 'colour'>[];
};

export interface ServerScenarios {
  scenarios: ScenarioSummary[];
  refused: RefusedScenarioFile[];
}

type Api = <T>(path: string, init?: RequestInit) => Promise<T>;

/** The server's scenarios, each in `language` where its file is written in it. */
export async function scenarioSummaries(api: Api, language: string): Promise<ScenarioSummary[]> {
  return (await api<{ scenarios: ScenarioSummary[] }>(`/api/scenarios?language=${encodeURIComponent(language)}`))
    .scenarios;
}

/**
 * Both lists, for the screens that offer every scenario; `asInstructor` adds the instructor's key (the
 * refused files are the instructor's to see). A server that cannot list its refused files still offers
 * its scenarios.
 */
export async function serverScenarios(
  api: Api,
  asInstructor: () => RequestInit,
  language: string,
): Promise<ServerScenarios> {
  const [scenarios, files] = await Promise.all([
    scenarioSummaries(api, language),
    api<{ refused: RefusedScenarioFile[] }>('/api/scenario-files', asInstructor()).catch(() => ({ refused: [] })),
  ]);
  return { scenarios, refused: files.refused };
}

/** The refused files as a note for the instructor (null when every file loads). */
export function refusedFilesNote(refused: readonly RefusedScenarioFile[]): HTMLElement | null {
  if (refused.length === 0) return null;
  return h(
    'div',
    { class: 'refused-files', id: 'refused-files', role: 'status' },
    h('p', {}, t('uiConsole.refusedFiles', { count: refused.length })),
    h('ul', {}, ...refused.map((r) => h('li', {}, refusedFileSentence(r, t)))),
  );
}
