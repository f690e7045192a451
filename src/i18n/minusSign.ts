/**
 * A figure with the minus sign (U+2212) where Intl writes a hyphen: "−5 points", « −2 », as the scoring
 * lines and the printed sheets write a negative figure ("−46"), not "-5 points". The one rule for every
 * figure written for people (the `number` and `points` formats, the screens' formatFigure, the command line's
 * numbers); machine-readable output (CSV, JSON) keeps JavaScript's hyphen.
 */
export function withMinusSign(figure: string): string {
  return figure.startsWith('-') ? `\u2212${figure.slice(1)}` : figure;
}
