/**
 * The link from an embedded playground to the full one, for a lesson: the
 * same page without the embedding parameters, asking for the lesson. (A
 * configuration travels as a share link instead: src/share/share-link.ts.)
 */
export function fullPlaygroundLessonUrl(embedUrl: string, lessonId: string): string {
  const url = new URL(embedUrl);
  url.search = '';
  url.hash = '';
  url.searchParams.set('lesson', lessonId);
  return url.href;
}
