import { describe, expect, it } from 'vitest';
import { fullPlaygroundUrl } from './links';

describe('fullPlaygroundUrl', () => {
  const embed =
    'https://workshop.example/play/?embed=1&lesson=section-1&view=graph&origin=https://a.example#x';

  it('opens the same lesson on the same page without the embedding parameters', () => {
    expect(fullPlaygroundUrl(embed, { lessonId: 'section-3' })).toBe(
      'https://workshop.example/play/?lesson=section-3',
    );
  });

  it('carries a compressed configuration', () => {
    expect(fullPlaygroundUrl(embed, { config: 'q1Y_-' })).toBe('https://workshop.example/play/?config=q1Y_-');
  });
});
