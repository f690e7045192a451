/**
 * Removes the temporary folders each test file made with test/support/tempDir.ts when the file ends, pass or
 * fail. A setup file runs before each test file (also in the projects whose files share a process), so this
 * `afterAll` is the file's first: after-hooks run in reverse, so it runs after the file's own (its servers
 * stopped first).
 */
import { afterAll } from 'vitest';
import { removeTempDirs } from '../support/tempDir.ts';

afterAll(removeTempDirs);
