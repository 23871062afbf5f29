/**
 * The queries a lesson verifies itself with: the ```logql, ```promql and
 * ```traceql fences under its "Verification" heading, in the order written.
 * They pre-fill the Explore panel and become the lesson's outcome objectives.
 */
import type { QueryLanguage } from '../sim';

export type VerificationQuery = { language: QueryLanguage; query: string };

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
/** An opening fence, with or without an info string; the language only when it is a whole word. */
const FENCE_OPEN = /^(`{3,}|~{3,})[ \t]*(?:(logql|promql|traceql)(?![\w-]))?.*$/;

/** Every query fence of the Verification section of a lesson's Markdown; none when it has no such section. */
export function verificationQueries(markdown: string): VerificationQuery[] {
  const queries: VerificationQuery[] = [];
  let sectionLevel: number | null = null;
  let fence: { marker: string; language: string | null; lines: string[] } | null = null;

  for (const line of markdown.split(/\r?\n/)) {
    if (fence) {
      if (closesFence(line, fence.marker)) {
        const query = fence.lines.join('\n').trim();
        if (sectionLevel !== null && fence.language && query !== '')
          queries.push({ language: fence.language as QueryLanguage, query });
        fence = null;
      } else fence.lines.push(line);
      continue;
    }
    const opening = FENCE_OPEN.exec(line);
    if (opening) {
      const language = opening[2] ?? null;
      fence = { marker: opening[1] as string, language, lines: [] };
      continue;
    }
    const heading = HEADING.exec(line);
    if (!heading) continue;
    const level = (heading[1] as string).length;
    if (sectionLevel !== null && level <= sectionLevel) break;
    if (sectionLevel === null && /^verification$/i.test(heading[2] as string)) sectionLevel = level;
  }
  return queries;
}

/** A closing fence: the opening's character, at least as many times, and nothing else. */
function closesFence(line: string, marker: string): boolean {
  const trimmed = line.trim();
  const char = marker[0] as string;
  return trimmed.length >= marker.length && [...trimmed].every((each) => each === char);
}
