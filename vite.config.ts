import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        // Phaser is ~1.4 MB raw: keep it in its own chunk so the library page can load without it.
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] },
      },
    },
  },
  worker: { format: 'es' },
  test: {
    include: ['test/**/*.test.ts'],
    // Builds the production bundle once for all browser test files.
    globalSetup: ['test/browser/globalSetup.ts'],
    setupFiles: ['test/setup/fastCheck.ts'],
    environment: 'node',
    testTimeout: 20000,
    pool: 'forks',
    // Vitest's default in a run is one worker fewer than the cores: a single worker on a 2-core
    // machine. Browser tests spend most of their time waiting on Chromium, so use every core.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
