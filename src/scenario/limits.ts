/**
 * Hard limits on what the loader accepts. They protect the page (and the CLI) from files that
 * would freeze or crash it: a real scenario is a few tens of kilobytes and a handful of levels deep.
 */

/** Files above this size are refused before they are decoded or parsed. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Deeper nesting of objects and lists is refused by a scan before parsing (the parser is recursive). */
export const MAX_NESTING = 64;

/** At most this many syntax errors are listed; a binary file would otherwise produce thousands. */
export const MAX_SYNTAX_ERRORS = 50;

export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
