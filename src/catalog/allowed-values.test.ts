import { describe, expect, it } from 'vitest';
import { getAllowedValues } from './allowed-values';
import { findArgument } from './catalog';

describe('getAllowedValues', () => {
  it('lists the values of the logging block', () => {
    expect(getAllowedValues('logging', [], 'level')).toEqual(['debug', 'info', 'warn', 'error']);
    expect(getAllowedValues('logging', [], 'format')).toEqual(['logfmt', 'json']);
  });

  it('lists relabel actions for every relabelling component', () => {
    for (const component of ['loki.relabel', 'prometheus.relabel', 'discovery.relabel']) {
      const actions = getAllowedValues(component, ['rule'], 'action');
      expect(actions, component).toContain('replace');
      expect(actions, component).toContain('labeldrop');
      expect(actions, component).toHaveLength(11);
    }
  });

  it('finds stages nested in stage.match', () => {
    expect(getAllowedValues('loki.process', ['stage.match', 'stage.timestamp'], 'action_on_failure')).toEqual(
      ['fudge', 'skip'],
    );
    expect(getAllowedValues('loki.process', ['stage.match'], 'action')).toEqual(['keep', 'drop']);
  });

  it('answers undefined for free-form arguments and unknown paths', () => {
    expect(getAllowedValues('loki.relabel', ['rule'], 'target_label')).toBeUndefined();
    expect(getAllowedValues('loki.relabel', [], 'action')).toBeUndefined();
    expect(getAllowedValues('loki.nope', ['rule'], 'action')).toBeUndefined();
  });

  it('includes every default the catalog gives for a listed argument', () => {
    const listed: [string, string[], string][] = [
      ['logging', [], 'level'],
      ['logging', [], 'format'],
      ['loki.relabel', ['rule'], 'action'],
      ['loki.process', ['stage.match'], 'action'],
      ['loki.process', ['stage.timestamp'], 'action_on_failure'],
      ['otelcol.processor.filter', [], 'error_mode'],
      ['otelcol.connector.spanmetrics', [], 'aggregation_temporality'],
    ];
    for (const [component, path, argument] of listed) {
      // Defaults are as the docs print them: usually quoted, sometimes a bare word (`replace`).
      const fallback = findArgument(component, path, argument)?.default ?? '';
      expect(fallback, `${component} ${argument}`).not.toBe('');
      const text = fallback.startsWith('"') ? (JSON.parse(fallback) as string) : fallback;
      expect(getAllowedValues(component, path, argument), `${component} ${argument}`).toContain(text);
    }
  });
});
