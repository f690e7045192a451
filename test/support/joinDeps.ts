/**
 * A join screen's dependencies for jsdom tests: every network step refuses ("not here") unless the test
 * gives its own, so a test names only what its case needs.
 */
import type { JoinDeps } from '../../src/game/classroom/joinScreen.ts';
import { memorySmallStorage } from '../../src/store/remoteKeys.ts';

export function joinDeps(own: Partial<JoinDeps> = {}): JoinDeps {
  const refuse = () => Promise.reject(new Error('not here'));
  return {
    storage: memorySmallStorage(),
    find: refuse,
    classJoin: refuse,
    observe: refuse,
    open: refuse,
    remember: () => {},
    warmUp: () => {},
    ...own,
  };
}
