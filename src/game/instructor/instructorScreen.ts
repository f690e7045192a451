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
import { formatFigure, t, uiLocale } from '../uiLocale.ts';

const clock = () => new Date().toLocaleTimeString(uiLocale() === 'en' ? 'en-GB' : uiLocale());

export function instructorScreen(ctx: ScreenContext, initial: ScenarioChoice | null): MountedScreen {
  let current: ScenarioChoice | null = initial;
  let watched: WatchedFile | null = null;
  let destroyed = false;

  // ---- The frame: title, the confidentiality notice, leaving, the file ----------------------
  const title = h('h2', { id: 'instructor-title' });
  const fileInput = h('input', { type: 'file', id: 'instructor-file', accept: '.json,application/json' });
  const reloadBtn = button(t('uiInstructor.reload'), () => void reload(), {
    id: 'instructor-reload',
    class: 'primary',
  });
  const pickBtn = canKeepFileHandle()
    ? button(t('uiInstructor.pick'), () => void pickWithHandle(), { id: 'instructor-pick' })
    : null;
  const fileStatus = h('p', { id: 'instructor-file-status', role: 'status' });
  const fileProblems = h('div', { id: 'instructor-problems' });
  const filePanel = h(
    'section',
    { class: 'panel no-print', 'aria-labelledby': 'reload-title' },
    h('h3', { id: 'reload-title' }, t('uiInstructor.reload')),
    h('p', {}, t('uiInstructor.reloadText')),
    h('div', { class: 'actions-row' }, pickBtn, reloadBtn),
    h(
      'p',
      {},
      h('label', { for: 'instructor-file' }, pickBtn ? t('uiInstructor.orDialog') : t('uiInstructor.fileLabel')),
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
  const progress = h('progress', { max: '1', value: '0', 'aria-label': t('uiInstructor.progressLabel') });
  const analysisStatus = h('p', { class: 'muted', 'aria-live': 'polite' });
  const analysisResult = h('div');
  const analysisPanel = h(
    'section',
    { class: 'panel', id: 'instructor-analysis', 'aria-labelledby': 'analysis-title' },
    h('h3', { id: 'analysis-title' }, t('uiInstructor.analysisTitle')),
    progress,
    analysisStatus,
    analysisResult,
  );
  const warningsResult = h('div', {}, h('p', { class: 'muted' }, t('uiInstructor.warningsPending')));
  const warningsPanel = h(
    'section',
    { class: 'panel', id: 'instructor-warnings', 'aria-labelledby': 'warnings-title' },
    h('h3', { id: 'warnings-title' }, t('uiInstructor.warningsTitle')),
    warningsResult,
  );
  const xSel = h('select', { id: 'instructor-chart-x' });
  const ySel = h('select', { id: 'instructor-chart-y' });
  const chartStatus = h('p', { class: 'muted', 'aria-live': 'polite' });
  const chartFigure = h('div', { class: 'chart-figure' });
  const chartPanel = h(
    'section',
    { class: 'panel chart', id: 'instructor-chart', 'aria-labelledby': 'instructor-chart-title' },
    h('h3', { id: 'instructor-chart-title' }, t('uiInstructor.chartTitle')),
    h(
      'p',
      { class: 'no-print' },
      h('label', { for: 'instructor-chart-x' }, t('uiInstructor.horizontal')),
      xSel,
      ' ',
      h('label', { for: 'instructor-chart-y' }, t('uiInstructor.vertical')),
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
      button(t('uiInstructor.leave'), () => ctx.store.getState().toLibrary(), { id: 'instructor-leave' }),
    ),
    filePanel,
    content,
  );

  // ---- The worker ----------------------------------------------------------------------------
  let nextId = 0;
  let analysisId = -1;
  let chartId = -1;
  /**
   * Requests the worker has not answered for good yet. A new version's analysis does not queue behind them:
   * the worker is replaced (an instructor who reloaded a fixed file waited 103 s behind the analysis of the
   * large one it replaced, the new file's 0.3 s, with no way to stop it).
   */
  const unanswered = new Set<number>();
  const startWorker = (): Worker | null => {
    try {
      const w = new Worker(new URL('./instructorWorker.ts', import.meta.url), { type: 'module' });
      w.addEventListener('message', (e: MessageEvent<InstructorWorkerOut>) => onAnswer(e.data));
      return w;
    } catch {
      return null;
    }
  };
  let worker = startWorker();
  const send = (m: InstructorWorkerIn) => {
    unanswered.add(m.id);
    worker?.postMessage(m);
  };

  const requestAnalysis = (sc: Scenario) => {
    analysisPanel.dataset.ready = 'false';
    analysisPanel.setAttribute('aria-busy', 'true');
    warningsPanel.setAttribute('aria-busy', 'true');
    if (!worker) {
      progress.hidden = true;
      analysisStatus.textContent = t('uiInstructor.noWorkers');
      return;
    }
    if (unanswered.size > 0) {
      worker.terminate();
      unanswered.clear();
      worker = startWorker();
    }
    progress.hidden = false;
    progress.value = 0;
    analysisStatus.textContent = t('uiInstructor.analysing');
    analysisId = ++nextId;
    send({ id: analysisId, kind: 'analyse', scenario: sc, locale: uiLocale() });
  };
  const requestChart = (sc: Scenario) => {
    if (!worker || sc.parties.length < 2) {
      chartStatus.textContent = worker ? t('uiInstructor.chartTwoParties') : t('uiInstructor.chartNoWorkers');
      return;
    }
    chartPanel.dataset.ready = 'false';
    chartStatus.textContent = t('uiInstructor.drawing');
    chartId = ++nextId;
    send({ id: chartId, kind: 'chart', scenario: sc, x: xSel.value, y: ySel.value, locale: uiLocale() });
  };
  const showChart = (data: ChartData) => {
    const legend = LEGEND.filter((l) => !['deal', 'history', 'texts', 'batna'].includes(l.id));
    chartFigure.replaceChildren(
      drawChart(data),
      h(
        'ul',
        { class: 'tags legend', 'aria-label': t('uiInstructor.legend') },
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
    const n = (v: number) => formatFigure(Math.round(v), { useGrouping: false });
    const pt = (p: { x: number; y: number } | null) =>
      p ? t('uiInstructor.pointPair', { x: n(p.x), y: n(p.y) }) : t('uiInstructor.noPoint');
    chartStatus.textContent = t('uiInstructor.chartStatus', {
      caption: chartCaption(data),
      x: data.x.name,
      y: data.y.name,
      batnaX: n(data.x.batna),
      batnaY: n(data.y.batna),
      nash2: pt(data.nash2),
      nashAll: pt(data.nashAll),
      frontier: n(data.frontier.length),
    });
    chartPanel.dataset.ready = 'true';
  };
  function onAnswer(m: InstructorWorkerOut): void {
    if (m.type !== 'progress') unanswered.delete(m.id);
    if (destroyed || !current) return;
    const sc = current.scenario;
    if (m.id === chartId) {
      if (m.type === 'chart') showChart(m.data);
      else if (m.type === 'error') chartStatus.textContent = t('uiInstructor.chartFailed', { message: m.message });
      return;
    }
    if (m.id !== analysisId) return; // an answer about a version since replaced
    if (m.type === 'progress') {
      progress.value = (m.step - 1 + m.fraction) / m.steps;
      analysisStatus.textContent = t('uiInstructor.analysingStep', {
        step: m.step,
        steps: m.steps,
        label: t(`protocolRefusals.steps.${m.label}`),
      });
    } else if (m.type === 'analysis') {
      progress.hidden = true;
      analysisStatus.textContent = t('uiInstructor.analysedAt', { time: clock() });
      analysisResult.replaceChildren(analysisBody(sc, looksFor(sc.parties), m.data));
      warningsResult.replaceChildren(warningsBody(m.data.warnings, current.warnings ?? []));
      analysisPanel.removeAttribute('aria-busy');
      warningsPanel.removeAttribute('aria-busy');
      analysisPanel.dataset.ready = 'true';
    } else if (m.type === 'error') {
      progress.hidden = true;
      analysisStatus.textContent = t('uiInstructor.analysisFailed', { message: m.message });
      analysisPanel.removeAttribute('aria-busy');
      warningsPanel.removeAttribute('aria-busy');
    }
  }

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
    title.textContent = t('uiInstructor.title', { title: sc.title });
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
    fileStatus.textContent = t('uiInstructor.reading', { file: file.name });
    if (file.size > MAX_FILE_BYTES) {
      fileProblems.append(problemList(file.name, [fileProblem(file.name, tooBigMessage(file.size, t))]));
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
    fileStatus.textContent = t('uiInstructor.loaded', { file: file.name, time: clock() });
  };
  const keptNote = () => (current ? t('uiInstructor.kept', { file: current.file }) : t('uiInstructor.fixIt'));
  const readError = (e: unknown) => {
    clear(fileProblems);
    fileProblems.append(
      h(
        'p',
        { class: 'problems', role: 'alert' },
        t('uiInstructor.readError', { message: e instanceof Error ? e.message : String(e) }),
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
    fileStatus.textContent = t('uiInstructor.fromLibrary', { file: current.file });
  } else {
    title.textContent = t('uiInstructor.titleNone');
    content.hidden = true;
    fileStatus.textContent = t('uiInstructor.chooseFile');
  }

  return {
    el,
    destroy() {
      destroyed = true;
      worker?.terminate();
    },
  };
}
