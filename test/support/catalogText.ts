/**
 * Telling which catalog a generated text comes from: each catalog sentence as a pattern in which
 * every `{{placeholder}}` matches any text, so a test can say "this line is a French sentence and
 * no English one".
 */
type Tree = { readonly [key: string]: string | Tree };

/** Every sentence of a catalog area, plural forms and nested groups included. */
export function sentences(tree: Tree): string[] {
  return Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : sentences(v)));
}

/** A sentence as a pattern (`anchored`: the whole text; `start`: its beginning; `anywhere`: any part). */
export function pattern(template: string, mode: 'anchored' | 'start' | 'anywhere' = 'anchored'): RegExp {
  const body = template
    .split(/\{\{[^}]+\}\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.+');
  return new RegExp(`${mode === 'anywhere' ? '' : '^'}${body}${mode === 'anchored' ? '$' : ''}`, 's');
}

/** Sentences with words of their own (not "{{title}}: {{announcement}}"), which only one language has. */
export const worded = (template: string): boolean =>
  template.replace(/\{\{[^}]+\}\}/g, '').replace(/[^\p{L}]/gu, '').length >= 12;
