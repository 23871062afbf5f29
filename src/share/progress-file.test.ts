import { describe, expect, it } from 'vitest';
import type { LessonWork } from '../lessons';
import { PROGRESS_FILE_FORMAT, readProgressFile, writeProgressFile, type Progress } from './progress-file';

const work = (source: string, passed = false): LessonWork => ({
  contentHash: 'abc123',
  startedFrom: 'reference',
  starter: 'logging {}\n',
  source,
  passedSource: passed ? source : null,
  objectivesMet: passed ? ['writes-to-loki'] : [],
  hintsRevealed: { 'writes-to-loki': 2 },
});

const PROGRESS: Progress = {
  works: { 'section-1': work('logging { level = "debug" }\n', true), 'section-2': work('// «ü» 🚀\n') },
  playground: 'prometheus.exporter.self "alloy" { }\n',
};
const LESSONS = ['section-1', 'section-2', 'section-3'];

const file = (data: unknown) => JSON.stringify(data);
const valid = (overrides: Record<string, unknown>) =>
  file({ ...JSON.parse(writeProgressFile(PROGRESS, new Date(0))), ...overrides });

describe('writeProgressFile / readProgressFile', () => {
  it('round-trips every lesson’s work and the playground', () => {
    const text = writeProgressFile(PROGRESS, new Date('2025-03-01T10:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({
      format: PROGRESS_FILE_FORMAT,
      version: 1,
      exportedAt: '2025-03-01T10:00:00.000Z',
    });
    expect(readProgressFile(text, LESSONS)).toEqual({ ok: true, progress: PROGRESS, unknownLessons: [] });
  });

  it('reads a file without a playground as one whose playground was never edited', () => {
    expect(readProgressFile(valid({ playground: undefined }), LESSONS)).toMatchObject({
      ok: true,
      progress: { playground: null },
    });
  });

  it('skips lessons this version does not know, and names them', () => {
    const read = readProgressFile(writeProgressFile(PROGRESS, new Date(0)), ['section-2']);
    expect(read).toEqual({
      ok: true,
      progress: { works: { 'section-2': PROGRESS.works['section-2'] }, playground: PROGRESS.playground },
      unknownLessons: ['section-1'],
    });
  });

  it('says why a file cannot be imported', () => {
    const cases: [string, string][] = [
      ['{"format": ', 'The file is not a progress file: it is not JSON.'],
      [file([1, 2]), 'The file is not a progress file of the Alloy workshop.'],
      [
        file({ format: 'something-else', version: 1 }),
        'The file is not a progress file of the Alloy workshop.',
      ],
      [valid({ version: '1' }), 'The progress file is damaged: its version is missing.'],
      [
        valid({ version: 2 }),
        'The progress file was written by a newer version of the workshop (file version 2); this one reads version 1. Update the workshop and import it again.',
      ],
      [valid({ lessons: [] }), 'The progress file is damaged: it has no list of lessons.'],
      [valid({ playground: 7 }), 'The progress file is damaged: the playground’s text is not text.'],
      [
        valid({ lessons: { 'section-1': { source: 'x' } } }),
        'The progress file is damaged: the work on lesson “section-1” cannot be read.',
      ],
      [
        valid({ lessons: { 'section-9': 'text' } }),
        'The progress file is damaged: the work on lesson “section-9” cannot be read.',
      ],
    ];
    for (const [text, error] of cases) expect(readProgressFile(text, LESSONS)).toEqual({ ok: false, error });
  });

  it('never lets a lesson id reach the prototype', () => {
    const text = valid({ lessons: JSON.parse(`{"__proto__": ${JSON.stringify(work('x'))}}`) });
    const read = readProgressFile(text, LESSONS);
    expect(read).toEqual({
      ok: true,
      progress: { works: {}, playground: PROGRESS.playground },
      unknownLessons: ['__proto__'],
    });
    expect(read.ok && Object.getPrototypeOf(read.progress.works)).toBe(Object.prototype);
  });
});
