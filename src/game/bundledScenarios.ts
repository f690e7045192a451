/**
 * Every scenario in scenarios/ bundled into the page as text (the loader parses it, with line and
 * column for any mistake). The JSON Schema sits in the same folder and is skipped by loadLibrary.
 */
export const bundledScenarioFiles = import.meta.glob('/scenarios/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
