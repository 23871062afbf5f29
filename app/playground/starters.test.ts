import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis';
import { bundledLessons, referenceConfig } from '../../src/lessons';
import { format } from '../../src/syntax';
import { STARTERS, workshopConfig } from './starters';

describe('STARTERS', () => {
  it('start blank, or from configurations Alloy accepts as they are', () => {
    for (const starter of STARTERS) {
      const source = starter.source();
      const errors = analyze(source).diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
      expect(errors, starter.id).toEqual([]);
    }
    expect(STARTERS.find((starter) => starter.id === 'blank')?.source()).toBe('');
  });

  it('give every example a connected pipeline of several components, formatted as `alloy fmt` would', () => {
    for (const id of ['logs', 'metrics', 'traces']) {
      const source = STARTERS.find((starter) => starter.id === id)!.source();
      const { nodes, edges } = analyze(source).pipeline;
      expect(nodes.length, id).toBeGreaterThanOrEqual(3);
      expect(edges.length, id).toBeGreaterThanOrEqual(nodes.length - 1);
      expect(format(source).text, id).toBe(source);
    }
  });
});

describe('workshopConfig', () => {
  it('is the reference configuration of the last section', () => {
    const course = bundledLessons();
    const last = course.byId.get('section-6')!;
    expect(workshopConfig()).toBe(referenceConfig(course, last));
    expect(workshopConfig()).toContain('otelcol.connector.spanlogs "autologging"');
  });
});
