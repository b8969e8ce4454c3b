/**
 * A `\b` for patterns of another alphabet. JavaScript's `\b` knows only ASCII
 * letters, and a rule's patterns are joined without flags (rules/index.ts), so
 * `\p{L}` is not available: this turns every `\b` of a pattern source into a
 * boundary that also knows `letters` (a character-class body such as
 * "а-я" or "\u0900-\u0963").
 */
export function scriptBoundary(letters: string): (source: string) => string {
  const word = `[${letters}a-z0-9]`;
  const boundary = `(?:(?<!${word})(?=${word})|(?<=${word})(?!${word}))`;
  return (source) => source.replaceAll('\\b', boundary);
}
