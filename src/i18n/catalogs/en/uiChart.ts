/** The outcome chart's own labels (drawn in the debrief and the instructor view). */
export const uiChart = {
  history: 'the real deal',
  historyDated: 'the real deal ({{date}})',
} as const;
