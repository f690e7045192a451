/**
 * The class hour in the debrief: each trainee's worksheet compared with what they did, the
 * facilitator guide's questions for what this table did, and the exit reflection (a form per
 * human, then everyone's answers together for the instructor).
 */
import { keyedToTable, type PartyId, type ScoreReport } from '../../engine/index.ts';
import type { ReflectionQuestion } from '../../scenario/types.ts';
import { clip, type ReflectionAnswers } from '../../store/classHour.ts';
import type { AppStore } from '../../store/appStore.ts';
import type { RunningGame } from '../../store/types.ts';
import { clear, h, networkButton } from '../dom.ts';
import { compareWorksheet } from '../../protocol/index.ts';
import { answerText, reflectionTable } from '../widgets/reflectionTable.ts';
import { tabStorage, typedDrafts } from '../widgets/typedDrafts.ts';
import { gameLang, gameWords, tWithGameWords } from '../gameLanguage.ts';
import { GENERATED, t, uiLocale } from '../uiLocale.ts';

const humansOf = (game: RunningGame): [PartyId, string][] =>
  Object.entries(game.controllers).flatMap(([p, c]) => (c.kind === 'human' ? [[p, c.name] as [PartyId, string]] : []));

const nameOf = (game: RunningGame, party: PartyId) =>
  game.state.scenario.parties.find((p) => p.id === party)?.name ?? party;

export function worksheetSection(game: RunningGame, report: ScoreReport): HTMLElement | null {
  const worksheets = game.worksheets ?? {};
  const filled = humansOf(game).filter(([p]) => worksheets[p] !== undefined);
  if (filled.length === 0) return null;
  return h(
    'section',
    { class: 'panel', id: 'worksheet-comparison' },
    h('h3', {}, t('uiDebrief.classHour.worksheetTitle')),
    ...filled.map(([party, player]) => {
      const sheet = worksheets[party];
      const { lines } = sheet
        ? compareWorksheet(game.state, report, party, sheet, worksheets, game.actions, uiLocale())
        : { lines: [] as string[] };
      return h(
        'div',
        { class: 'worksheet-result', 'data-party': party },
        h('h4', {}, t('uiDebrief.classHour.nameAndPlayer', { party: nameOf(game, party), player })),
        h('ul', GENERATED, ...lines.map((l) => h('li', {}, l))),
        sheet && sheet.batna !== ''
          ? h('p', { class: 'muted' }, t('uiDebrief.classHour.batnaWords', { batna: sheet.batna }))
          : null,
      );
    }),
  );
}

export function tableQuestionsSection(game: RunningGame): HTMLElement | null {
  const { state } = game;
  const guide = state.scenario.facilitatorGuide;
  const outcome = state.outcome;
  if (!guide || !outcome) return null;
  const asked = keyedToTable(state, guide.debriefQuestions);
  if (asked.length === 0) return null;
  return h(
    'section',
    { class: 'panel', id: 'table-questions' },
    h('h3', {}, t('uiDebrief.classHour.tableQuestions')),
    h('ol', gameLang(state.scenario.language), ...asked.map((q) => h('li', {}, q.question))),
  );
}

export function reflectionForm(
  questions: readonly ReflectionQuestion[],
  /** The language the questions are told in (the game's: gameLanguage.ts). */
  told: string,
  party: PartyId,
  /** Saves the answers; a seat's goes to the server, whose answer the promise waits for (the button is busy meanwhile). */
  onSave: (a: ReflectionAnswers) => void | Promise<void>,
  /** A draft to start from, and who hears each change (a seat keeps its unsent answers: typedDrafts.ts). */
  draft: { given?: ReflectionAnswers | null; onInput?: (a: ReflectionAnswers) => void } = {},
) {
  const given = draft.given ?? {};
  const inputs = questions.map((q) => {
    if (q.kind === 'text') {
      const area = h('textarea', { id: `rf-${party}-${q.id}`, rows: 2, maxlength: 4000 }, given[q.id] ?? '');
      return {
        q,
        el: h('div', { class: 'ws-field' }, h('label', { for: area.id, ...gameLang(told) }, q.prompt), area),
        value: () => area.value.trim(),
      };
    }
    const name = `rf-${party}-${q.id}`;
    const radios = q.choices.map((c) =>
      h('input', { type: 'radio', name, value: c.id, id: `${name}-${c.id}`, checked: given[q.id] === c.id }),
    );
    return {
      q,
      el: h(
        'fieldset',
        {},
        h('legend', gameLang(told), q.prompt),
        ...q.choices.map((c, i) =>
          h('div', {}, radios[i], h('label', { for: `${name}-${c.id}`, ...gameLang(told) }, ` ${c.label}`)),
        ),
      ),
      value: () => radios.find((r) => r.checked)?.value ?? '',
    };
  });
  const answers = (): ReflectionAnswers =>
    Object.fromEntries(inputs.flatMap((i) => (i.value() === '' ? [] : [[i.q.id, clip(i.value())]])));
  const changed = () => draft.onInput?.(answers());
  return h(
    'form',
    {
      class: 'reflection-form',
      'data-party': party,
      onsubmit: (e: Event) => e.preventDefault(),
      oninput: changed,
      onchange: changed,
    },
    ...inputs.map((i) => i.el),
    networkButton(t('uiDebrief.classHour.saveReflection'), async () => onSave(answers()), {
      class: 'primary',
      id: `save-reflection-${party}`,
    }),
  );
}

function expected(questions: readonly ReflectionQuestion[], answers: ReflectionAnswers, told: string): HTMLElement {
  return h(
    'ul',
    {},
    ...questions.flatMap((q) =>
      q.kind === 'choice' && q.answer !== undefined
        ? [
            h(
              'li',
              {},
              ...tWithGameWords(
                answers[q.id] === q.answer ? 'uiDebrief.classHour.choseExpected' : 'uiDebrief.classHour.expected',
                { prompt: q.prompt, answer: answerText(q, q.answer) },
                told,
              ),
              q.explanation ? ' ' : '',
              q.explanation ? gameWords(q.explanation, told) : '',
            ),
          ]
        : [],
    ),
  );
}

export function reflectionSection(store: AppStore): HTMLElement | null {
  const start = store.getState().game;
  const questions = start?.state.scenario.exitReflection?.questions;
  if (!start || !questions) return null;
  const body = h('div', {});
  const render = () => {
    const game = store.getState().game;
    if (!game) return;
    clear(body);
    const saved = game.reflections ?? {};
    for (const [party, player] of humansOf(game)) {
      const answers = saved[party];
      // Kept in the tab as typed, so a reload (a phone discarding the page) keeps it until saved.
      const drafts = typedDrafts(tabStorage(), game.id, party);
      body.append(
        h(
          'div',
          { class: 'reflection', 'data-party': party },
          h('h4', {}, t('uiDebrief.classHour.nameAndPlayer', { party: nameOf(game, party), player })),
          answers
            ? expected(questions, answers, game.state.scenario.language)
            : reflectionForm(
                questions,
                game.state.scenario.language,
                party,
                (a) => {
                  if (!store.getState().saveReflection(party, a)) return;
                  drafts.forget('reflection');
                  render();
                },
                { given: drafts.reflection(), onInput: (a) => drafts.keep('reflection', a) },
              ),
        ),
      );
    }
    const rows = humansOf(game).flatMap(([party, player]) => {
      const answers = saved[party];
      return answers
        ? [{ who: t('uiDebrief.classHour.playerAndParty', { player, party: nameOf(game, party) }), answers }]
        : [];
    });
    if (rows.length > 0)
      body.append(
        h('h4', {}, t('uiDebrief.classHour.together')),
        reflectionTable(questions, rows, game.state.scenario.language),
      );
  };
  render();
  return h(
    'section',
    { class: 'panel', id: 'exit-reflection' },
    h('h3', {}, t('uiDebrief.classHour.reflectionTitle')),
    h('p', { class: 'muted' }, t('uiDebrief.classHour.reflectionHelp')),
    body,
  );
}
