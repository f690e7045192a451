/** Exit-reflection answers as text, and everyone's answers question by question (debrief and instructor view). */
import type { ReflectionQuestion } from '../../scenario/types.ts';
import type { ReflectionAnswers } from '../../store/classHour.ts';
import { answerText } from '../../protocol/classHour.ts';
import { h } from '../dom.ts';
import { t } from '../uiLocale.ts';

/** (The one rule for an answer's words is the server's too: protocol/classHour.ts.) */
export { answerText };

/** Everyone's reflection answers, question by question (the instructor's view of the class). */
export function reflectionTable(
  questions: readonly ReflectionQuestion[],
  rows: { who: string; answers: ReflectionAnswers }[],
): HTMLElement {
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
        ...questions.map((q) => h('th', { scope: 'col' }, q.prompt)),
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
              answerText(q, a),
              right === null ? null : right ? ' ✓' : ' ✗',
            );
          }),
        ),
      ),
    ),
  );
}
