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
  },
});
