/** A red line as the screens name it. */
import type { RedLine } from '../scenario/redLines.ts';
import { redLineWords } from '../scenario/redLines.ts';
import { asGameWord } from './gameLanguage.ts';
import { t } from './uiLocale.ts';

/**
 * "Issue: Option": the scenario's words, each marked as the game's (`asGameWord`: the sentence must go through
 * `gameParts`), joined by the screens' own colon (in French "Issue : Option", its narrow no-break space).
 */
export function redLineText(
  issues: readonly { id: string; title: string; options: readonly { id: string; label: string }[] }[],
  r: RedLine,
): string {
  const words = redLineWords(issues, r);
  return `${asGameWord(words.issue)}${t('common.colon')}${asGameWord(words.option)}`;
}
