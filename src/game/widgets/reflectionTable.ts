/** Exit-reflection answers as text, and everyone's answers question by question (debrief and instructor view). */
import type { ReflectionQuestion } from '../../scenario/types.ts';
import type { ReflectionAnswers } from '../../store/classHour.ts';
import { answerText } from '../../protocol/classHour.ts';
import { h } from '../dom.ts';
import { gameLang, gameWords } from '../gameLanguage.ts';
import { t } from '../uiLocale.ts';

/** (The one rule for an answer's words is the server's too: protocol/classHour.ts.) */
export { answerText };

/**
 * Everyone's reflection answers, question by question (the instructor's view of the class). `told`: the
 * scenario's language, which its questions and choices are in (marked where the screens speak another:
 * gameLanguage.ts); a trainee's own words are in whatever language they wrote.
 */
export function reflectionTable(
  questions: readonly ReflectionQuestion[],
  rows: { who: string; answers: ReflectionAnswers }[],
  told: string,
): HTMLElement {
  const lang = gameLang(told);
  return h(
    'table',
    { class: 'reflections' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('uiDebrief.classHour.trainee')),
        ...questions.map((q) => h('th', { scope: 'col', ...lang }, q.prompt)),
      ),
    ),
    h(
      'tbody',
      {},
      ...rows.map((r) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, r.who),
          ...questions.map((q) => {
            const a = r.answers[q.id];
            const right = q.kind === 'choice' && q.answer !== undefined && a !== undefined ? a === q.answer : null;
            return h(
              'td',
              right === null ? {} : { class: right ? 'right' : 'wrong' },
              q.kind === 'choice' && a !== undefined ? gameWords(answerText(q, a), told) : answerText(q, a),
              right === null ? null : right ? ' ✓' : ' ✗',
            );
          }),
        ),
      ),
    ),
  );
}
