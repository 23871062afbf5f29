/** For tests: a source written with a `|` where the cursor is. */
export function withCursor(text: string): { source: string; offset: number } {
  const offset = text.indexOf('|');
  if (offset < 0) throw new Error('the text has no | marking the cursor');
  return { source: text.slice(0, offset) + text.slice(offset + 1), offset };
}
