import { describe, expect, it } from 'vitest';
import { isEmbedded, parseEmbedParams } from './params';

describe('isEmbedded', () => {
  it('is on with embed=1 only', () => {
    expect(isEmbedded('?embed=1&lesson=section-1')).toBe(true);
    expect(isEmbedded('?embed=0')).toBe(false);
    expect(isEmbedded('?lesson=section-1')).toBe(false);
    expect(isEmbedded('')).toBe(false);
  });
});

describe('parseEmbedParams', () => {
  it('gives the defaults when nothing is said', () => {
    expect(parseEmbedParams('?embed=1')).toEqual({
      lessonId: null,
      config: null,
      view: 'both',
      theme: null,
      scale: 1,
      readonly: false,
      check: false,
      origins: null,
      problems: [],
    });
  });

  it('reads every parameter', () => {
    const params = parseEmbedParams(
      '?embed=1&lesson=section-2&config=abc_-&view=graph&theme=dark&scale=1.25&readonly=1&check=1&origin=https://a.example,http://127.0.0.1:5000',
    );
    expect(params).toEqual({
      lessonId: 'section-2',
      config: 'abc_-',
      view: 'graph',
      theme: 'dark',
      scale: 1.25,
      readonly: true,
      check: true,
      origins: ['https://a.example', 'http://127.0.0.1:5000'],
      problems: [],
    });
  });

  it('falls back to the default for each unusable value and says why', () => {
    const params = parseEmbedParams(
      '?embed=1&lesson=../../etc&view=split&theme=blue&scale=10&readonly=yes&check=&origin=*',
    );
    expect(params).toMatchObject({
      lessonId: null,
      view: 'both',
      theme: null,
      scale: 1,
      readonly: false,
      check: false,
      origins: [],
    });
    expect(params.problems).toEqual([
      '`lesson` must be a lesson id such as "section-1", not "../../etc"',
      '`origin`: "*" is not an origin such as https://example.com',
      '`view` must be one of editor, graph, both, not "split"',
      '`theme` must be one of light, dark, not "blue"',
      '`scale` must be a number from 0.5 to 3, not "10"',
      '`readonly` must be one of 1, 0, not "yes"',
      '`check` must be one of 1, 0, not ""',
    ]);
  });

  it('refuses a blank or non-numeric scale', () => {
    expect(parseEmbedParams('?scale=').scale).toBe(1);
    expect(parseEmbedParams('?scale=abc').problems).toHaveLength(1);
    expect(parseEmbedParams('?scale=0.5').scale).toBe(0.5);
  });
});
