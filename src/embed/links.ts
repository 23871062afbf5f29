/**
 * The link from an embedded playground to the full one: the same page
 * without the embedding parameters, opening the same lesson or the same
 * configuration (compressed, see src/share/codec.ts).
 */
export type FullPlaygroundTarget = { lessonId: string } | { config: string };

export function fullPlaygroundUrl(embedUrl: string, target: FullPlaygroundTarget): string {
  const url = new URL(embedUrl);
  url.search = '';
  url.hash = '';
  if ('lessonId' in target) url.searchParams.set('lesson', target.lessonId);
  else url.searchParams.set('config', target.config);
  return url.href;
}
