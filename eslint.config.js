// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers, lowest first. A layer may import from itself and from the layers before it, never
 * from one after it (shared/DESIGN.md: "nothing imports upward"). The last three sit side by side
 * at the top and do not import each other.
 */
const layers = ['i18n', 'scenario', 'analysis', 'engine', 'bots', 'authoring', 'protocol', 'store'];
const top = ['game', 'cli', 'server'];

/** @param {string[]} names */
const importOf = (names) => ({
  regex: `(^|/)(${names.join('|')})/`,
  message: `Layers import downward only: i18n → scenario → analysis → engine → bots → authoring → protocol → store → game | cli | server.`,
});

/** @type {Array<{ name: string, above: string[] }>} */
const layerRules = [
  ...layers.map((name, i) => ({ name, above: [...layers.slice(i + 1), ...top] })),
  ...top.map((name) => ({ name, above: top.filter((t) => t !== name) })),
];

const purity = ['node:*', 'fs', 'path', 'phaser', 'zustand*'];

export default tseslint.config(
  { ignores: ['dist/', 'dist-cli/', 'node_modules/', 'coverage/', 'test-results/', '.vite/', '.cache/', 'data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...layerRules.map(({ name, above }) => {
    // The pure layers also keep away from the DOM, Node, Phaser, the store and the clock.
    const pure = ['i18n', 'scenario', 'analysis', 'engine', 'bots', 'authoring', 'protocol'].includes(name);
    return {
      files: [`src/${name}/**`],
      rules: {
        'no-restricted-imports': [
          'error',
          { patterns: [...(above.length ? [importOf(above)] : []), ...(pure ? [{ group: purity }] : [])] },
        ],
        ...(pure
          ? {
              'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'Date'],
              'no-restricted-properties': [
                'error',
                { object: 'Math', property: 'random', message: 'Use the seeded generator in the state.' },
              ],
            }
          : {}),
      },
    };
  }),
);
