/**
 * Provenance as a skill needs flaws to find: a challenge succeeds only by naming a flaw the item
 * really has. `weak-evidence-without-flaw`: a weak item with no declared flaw can never be exposed,
 * so the lesson that weak evidence falls cannot happen. Read its provenance and declare its flaws.
 */
import type { Scenario } from '../scenario/types.ts';
import { sayIn, type Say } from './say.ts';
import type { AuthoringWarning } from './warning.ts';

export function provenanceWarnings(scenario: Scenario, { t }: Say = sayIn()): AuthoringWarning[] {
  return scenario.evidence
    .filter((e) => e.rigour === 'weak' && e.flaws.length === 0)
    .map((e) => ({
      code: 'weak-evidence-without-flaw' as const,
      ids: [e.id],
      moment: 'always' as const,
      message: t('authoring.weakEvidenceWithoutFlaw', { id: e.id }),
    }));
}
