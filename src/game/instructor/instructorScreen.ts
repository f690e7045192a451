/**
 * The instructor view of one scenario: every party's sheet side by side, the rules in words, the
 * analysis (computed in a Web Worker, with progress), the authoring warnings, the outcome chart for
 * two chosen parties, the confidential briefs and the class's exit reflections (classResults.ts). "Reload from file" re-reads the instructor's file
 * and re-renders in place; a file that does not load shows the loader's messages (line:column and
 * sentence) above the last version that did. Reached only from the library, through a
 * confirmation (confirmEntry.ts); leaving returns to the library.
 */
import './instructor.css';
import type { Scenario } from '../../scenario/types.ts';
import { MAX_FILE_BYTES, tooBigMessage } from '../../scenario/limits.ts';
import { parseScenarioFile } from '../parseScenarioFile.ts';
import type { ScenarioChoice } from '../../store/types.ts';
import { button, clear, h } from '../dom.ts';
import { looksFor } from '../partyStyle.ts';
import type { MountedScreen, ScreenContext } from '../screen.ts';
import { problemList } from '../widgets/problemList.ts';
import type { ChartData } from '../widgets/chart/chartData.ts';
import { chartCaption } from '../widgets/chart/chartCaption.ts';
import { LEGEND, drawChart } from '../widgets/chart/drawChart.ts';
import { confirmText } from '../widgets/instructorEntry.ts';
import { classResultsPanel } from './classResults.ts';
import { analysisBody, briefsPanel, rulesPanel, sheetsPanel, warningsBody } from './instructorPanels.ts';
import type { InstructorWorkerIn, InstructorWorkerOut } from './instructorWorker.ts';
import { canKeepFileHandle, inputFile, pickWatchedFile } from './scenarioFile.ts';
import type { WatchedFile } from './scenarioFile.ts';
import { fileProblem } from '../../scenario/types.ts';

const clock = () => new Date().toLocaleTimeString('en-GB');

export function instructorScreen(ctx: ScreenContext, initial: ScenarioChoice | null): MountedScreen {
  let current: ScenarioChoice | null = initial;
  let watched: WatchedFile | null = null;
  let destroyed = false;

  // ---- The frame: title, the confidentiality notice, leaving, the file ----------------------
  const title = h('h2', { id: 'instructor-title' });
  const fileInput = h('input', { type: 'file', id: 'instructor-file', accept: '.json,application/json' });
  const reloadBtn = button('Reload from file', () => void reload(), { id: 'instructor-reload', class: 'primary' });
  const pickBtn = canKeepFileHandle()
    ? button('Choose the scenario file to reload from…', () => void pickWithHandle(), { id: 'instructor-pick' })
    : null;
  const fileStatus = h('p', { id: 'instructor-file-status', role: 'status' });
  const fileProblems = h('div', { id: 'instructor-problems' });
  const filePanel = h(
    'section',
    { class: 'panel no-print', 'aria-labelledby': 'reload-title' },
    h('h3', { id: 'reload-title' }, 'Reload from file'),
    h(
      'p',
      {},
      'Edit the scenario file in your editor and save it, then reload: this page re-reads the file and updates in place.',
    ),
    h('div', { class: 'actions-row' }, pickBtn, reloadBtn),
    h(
      'p',
      {},
      h(
        'label',
        { for: 'instructor-file' },
        pickBtn
          ? 'Or open a file with the browser’s dialog (reloading then asks for it again): '
          : 'Scenario file (reloading asks for it again): ',
      ),
      fileInput,
    ),
    fileStatus,
    fileProblems,
  );

  // ---- The content: rebuilt from each version that loads ------------------------------------
  const sheetsBox = h('div');
  const rulesBox = h('div');
  const briefsBox = h('div');
  const classBox = h('div');
  const progress = h('progress', { max: '1', value: '0', 'aria-label': 'Analysis progress' });
  const analysisStatus = h('p', { class: 'muted', 'aria-live': 'polite' });
  const analysisResult = h('div');
  const analysisPanel = h(
    'section',
    { class: 'panel', id: 'instructor-analysis', 'aria-labelledby': 'analysis-title' },
    h('h3', { id: 'analysis-title' }, 'The analysis'),
    progress,
    analysisStatus,
    analysisResult,
  );
  const warningsResult = h('div', {}, h('p', { class: 'muted' }, 'The warnings come with the analysis.'));
  const warningsPanel = h(
    'section',
    { class: 'panel', id: 'instructor-warnings', 'aria-labelledby': 'warnings-title' },
    h('h3', { id: 'warnings-title' }, 'Authoring warnings: what to change'),
    warningsResult,
  );
  const xSel = h('select', { id: 'instructor-chart-x' });
  const ySel = h('select', { id: 'instructor-chart-y' });
  const chartStatus = h('p', { class: 'muted', 'aria-live': 'polite' });
  const chartFigure = h('div', { class: 'chart-figure' });
  const chartPanel = h(
    'section',
    { class: 'panel chart', id: 'instructor-chart', 'aria-labelledby': 'instructor-chart-title' },
    h('h3', { id: 'instructor-chart-title' }, 'The outcome space for two parties (as play starts)'),
    h(
      'p',
      { class: 'no-print' },
      h('label', { for: 'instructor-chart-x' }, 'Horizontal: '),
      xSel,
      ' ',
      h('label', { for: 'instructor-chart-y' }, 'Vertical: '),
      ySel,
    ),
    chartStatus,
    chartFigure,
  );
  const content = h(
    'div',
    { id: 'instructor-content' },
    sheetsBox,
    rulesBox,
    analysisPanel,
    warningsPanel,
    chartPanel,
    briefsBox,
    classBox,
  );

  const el = h(
    'div',
    { class: 'instructor' },
    title,
    h('p', { class: 'notice confidential' }, confirmText()),
    h(
      'div',
      { class: 'actions-row no-print' },
      button('Leave the instructor view', () => ctx.store.getState().toLibrary(), { id: 'instructor-leave' }),
    ),
    filePanel,
    content,
  );

  // ---- The worker ----------------------------------------------------------------------------
  let worker: Worker | null = null;
  let nextId = 0;
  let analysisId = -1;
  let chartId = -1;
  try {
    worker = new Worker(new URL('./instructorWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  const send = (m: InstructorWorkerIn) => worker?.postMessage(m);

  const requestAnalysis = (sc: Scenario) => {
    analysisPanel.dataset.ready = 'false';
    analysisPanel.setAttribute('aria-busy', 'true');
    warningsPanel.setAttribute('aria-busy', 'true');
    if (!worker) {
      progress.hidden = true;
      analysisStatus.textContent = 'The analysis cannot run in this browser (no Web Workers).';
      return;
    }
    progress.hidden = false;
    progress.value = 0;
    analysisStatus.textContent = 'Analysing the outcome space…';
    analysisId = ++nextId;
    send({ id: analysisId, kind: 'analyse', scenario: sc });
  };
  const requestChart = (sc: Scenario) => {
    if (!worker || sc.parties.length < 2) {
      chartStatus.textContent = worker
        ? 'The chart needs two parties.'
        : 'The chart cannot be drawn in this browser (no Web Workers).';
      return;
    }
    chartPanel.dataset.ready = 'false';
    chartStatus.textContent = 'Drawing the outcome space…';
    chartId = ++nextId;
    send({ id: chartId, kind: 'chart', scenario: sc, x: xSel.value, y: ySel.value });
  };
  const showChart = (data: ChartData) => {
    const legend = LEGEND.filter((l) => !['deal', 'history', 'texts', 'batna'].includes(l.id));
    chartFigure.replaceChildren(
      drawChart(data),
      h(
        'ul',
        { class: 'tags legend', 'aria-label': 'Legend' },
        ...legend.map((l) =>
          h(
            'li',
            {},
            h('span', { style: `color:${l.colour};-webkit-text-stroke:1px #000`, 'aria-hidden': 'true' }, l.symbol),
            ` ${l.text}`,
          ),
        ),
      ),
    );
    const pt = (p: { x: number; y: number } | null) => (p ? `${Math.round(p.x)} and ${Math.round(p.y)}` : 'none');
    chartStatus.textContent = `${chartCaption(data)} Points for ${data.x.name} and ${data.y.name}: BATNAs ${Math.round(data.x.batna)} and ${Math.round(data.y.batna)}; their Nash point ${pt(data.nash2)}; the whole table’s Nash point ${pt(data.nashAll)}; their frontier has ${data.frontier.length} packages.`;
    chartPanel.dataset.ready = 'true';
  };
  worker?.addEventListener('message', (e: MessageEvent<InstructorWorkerOut>) => {
    const m = e.data;
    if (destroyed || !current) return;
    const sc = current.scenario;
    if (m.id === chartId) {
      if (m.type === 'chart') showChart(m.data);
      else if (m.type === 'error') chartStatus.textContent = `The chart could not be drawn: ${m.message}`;
      return;
    }
    if (m.id !== analysisId) return; // an answer about a version since replaced
    if (m.type === 'progress') {
      progress.value = (m.step - 1 + m.fraction) / m.steps;
      analysisStatus.textContent = `Analysing: step ${m.step} of ${m.steps}, ${m.label}…`;
    } else if (m.type === 'analysis') {
      progress.hidden = true;
      analysisStatus.textContent = `Analysed at ${clock()}.`;
      analysisResult.replaceChildren(analysisBody(sc, looksFor(sc.parties), m.data));
      warningsResult.replaceChildren(warningsBody(m.data.warnings));
      analysisPanel.removeAttribute('aria-busy');
      warningsPanel.removeAttribute('aria-busy');
      analysisPanel.dataset.ready = 'true';
    } else if (m.type === 'error') {
      progress.hidden = true;
      analysisStatus.textContent = `The analysis failed: ${m.message}`;
      analysisPanel.removeAttribute('aria-busy');
      warningsPanel.removeAttribute('aria-busy');
    }
  });

  // ---- Rendering a version that loaded -------------------------------------------------------
  const fillSelect = (sel: HTMLSelectElement, sc: Scenario, fallback: number) => {
    const keep = sel.value;
    const pick = sc.parties.some((p) => p.id === keep) ? keep : (sc.parties[fallback] ?? sc.parties[0])?.id;
    sel.replaceChildren(...sc.parties.map((p) => h('option', { value: p.id, selected: p.id === pick }, p.name)));
  };
  const render = (choice: ScenarioChoice) => {
    current = choice;
    const sc = choice.scenario;
    const looks = looksFor(sc.parties);
    title.textContent = `Instructor view: ${sc.title}`;
    sheetsBox.replaceChildren(sheetsPanel(sc, looks));
    rulesBox.replaceChildren(rulesPanel(sc));
    briefsBox.replaceChildren(briefsPanel(sc, looks));
    classBox.replaceChildren(classResultsPanel(sc));
    fillSelect(xSel, sc, 0);
    fillSelect(ySel, sc, 1);
    content.hidden = false;
    el.dataset.scenario = sc.id;
    requestAnalysis(sc);
    requestChart(sc);
  };
  const chartChanged = () => {
    if (current) requestChart(current.scenario);
  };
  xSel.addEventListener('change', chartChanged);
  ySel.addEventListener('change', chartChanged);

  // ---- Loading and reloading the file --------------------------------------------------------
  const load = async (file: File) => {
    clear(fileProblems);
    fileStatus.textContent = `Reading ${file.name}…`;
    if (file.size > MAX_FILE_BYTES) {
      fileProblems.append(problemList(file.name, [fileProblem(file.name, tooBigMessage(file.size))]));
      fileStatus.textContent = keptNote();
      return;
    }
    const entry = await parseScenarioFile(new Uint8Array(await file.arrayBuffer()), file.name);
    if (destroyed) return;
    if (!entry.ok) {
      // Keep the last good rendering: the instructor fixes the file and reloads again.
      fileProblems.append(problemList(file.name, entry.problems));
      fileStatus.textContent = keptNote();
      return;
    }
    render(entry);
    fileStatus.textContent = `Loaded ${file.name} at ${clock()}.`;
  };
  const keptNote = () =>
    current
      ? `Still showing the last version that loaded (${current.file}). Fix the file, save it and reload.`
      : 'Fix the file, save it and reload.';
  const readError = (e: unknown) => {
    clear(fileProblems);
    fileProblems.append(
      h(
        'p',
        { class: 'problems', role: 'alert' },
        `The file could not be read: ${e instanceof Error ? e.message : String(e)}. Choose it again.`,
      ),
    );
    watched = null;
  };
  const pickWithHandle = async () => {
    try {
      const w = await pickWatchedFile();
      if (!w || !w.reread) return;
      watched = w;
      await load(await w.reread());
    } catch (e) {
      readError(e);
    }
  };
  const reload = async () => {
    if (watched?.reread) {
      try {
        await load(await watched.reread());
      } catch (e) {
        readError(e);
      }
      return;
    }
    // No file kept yet (or only an <input> snapshot): ask for it.
    if (pickBtn) await pickWithHandle();
    else fileInput.click();
  };
  fileInput.addEventListener('change', () => {
    const f = fileInput.files?.[0];
    fileInput.value = '';
    if (!f) return;
    watched = inputFile(f);
    void load(f);
  });

  if (current) {
    render(current);
    fileStatus.textContent = `Showing ${current.file} from the library. To edit it, open your copy of the file.`;
  } else {
    title.textContent = 'Instructor view: open a scenario file';
    content.hidden = true;
    fileStatus.textContent = 'Choose the scenario file you are writing.';
  }

  return {
    el,
    destroy() {
      destroyed = true;
      worker?.terminate();
    },
  };
}
