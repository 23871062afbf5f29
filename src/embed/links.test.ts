import { describe, expect, it } from 'vitest';
import { fullPlaygroundLessonUrl } from './links';

describe('fullPlaygroundLessonUrl', () => {
  it('opens the lesson on the same page, without the embedding parameters', () => {
    const embed =
      'https://workshop.example/play/?embed=1&lesson=section-1&view=graph&origin=https://a.example#x';
    expect(fullPlaygroundLessonUrl(embed, 'section-3')).toBe(
      'https://workshop.example/play/?lesson=section-3',
    );
  });
});
