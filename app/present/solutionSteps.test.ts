import { describe, expect, it } from 'vitest';
import { bundledLessons, referenceConfig, starterConfig } from '../../src/lessons';
import { showBlock, solutionBlocks } from './solutionSteps';

const SOLUTION = `// Where Alloy's logs go.
loki.write "mythical" {
	endpoint {
		url = "http://loki:3100/loki/api/v1/push"
	}
}

logging {
	level = "debug"
}
`;

describe('solutionBlocks', () => {
  it('splits a solution into its top-level blocks, each with the comments above it', () => {
    expect(solutionBlocks(SOLUTION)).toEqual([
      {
        id: 'loki.write.mythical',
        text: `// Where Alloy's logs go.\nloki.write "mythical" {\n\tendpoint {\n\t\turl = "http://loki:3100/loki/api/v1/push"\n\t}\n}`,
      },
      { id: 'logging', text: 'logging {\n\tlevel = "debug"\n}' },
    ]);
    expect(solutionBlocks('')).toEqual([]);
  });
});

describe('showBlock', () => {
  it('appends a new block and says where it is', () => {
    const [write] = solutionBlocks(SOLUTION);
    const shown = showBlock('logging {}\n', write!);
    expect(shown.source).toBe(`logging {}\n\n${write!.text}\n`);
    expect(shown.range?.start).toMatchObject({ line: 4, column: 1 });
    expect(shown.range?.end).toMatchObject({ line: 8, column: 2 });
  });

  it('replaces a block with the same id in place', () => {
    const [, logging] = solutionBlocks(SOLUTION);
    const source = 'logging {\n\tlevel = "info"\n}\n\nloki.write "x" {}\n';
    const shown = showBlock(source, logging!);
    expect(shown.source).toBe('logging {\n\tlevel = "debug"\n}\n\nloki.write "x" {}\n');
    expect(shown.range?.start).toMatchObject({ line: 1, column: 1 });
  });

  it('leaves a block that is already there as it is, so the step only points at it', () => {
    const [, logging] = solutionBlocks(SOLUTION);
    const source = `${logging!.text}\n`;
    expect(showBlock(source, logging!)).toMatchObject({ source });
  });

  it('turns a lesson’s starter into its reference, block by block, for every lesson', () => {
    const course = bundledLessons();
    for (const lesson of course.lessons) {
      const shown = solutionBlocks(lesson.solution).reduce(
        (source, block) => showBlock(source, block).source,
        starterConfig(course, lesson),
      );
      expect(shown, lesson.id).toBe(referenceConfig(course, lesson));
    }
  });
});
