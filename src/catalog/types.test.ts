import { describe, expect, it } from 'vitest';
import rawCatalog from './data/components.json';
import type { RawArgument, RawBlock, RawCatalog } from './schema';
import { formatType, isAssignable, parseTypeSpelling, type ValueType } from './types';

const STRING: ValueType = { kind: 'string' };
const parse = (spelling: string) => parseTypeSpelling(spelling);

/** Every type spelling in the bundled data, with one place it occurs. */
function allSpellings(): Map<string, string> {
  const found = new Map<string, string>();
  const visitArguments = (args: RawArgument[] | undefined, where: string) => {
    for (const argument of args ?? []) {
      if (!found.has(argument.type)) found.set(argument.type, `${where}${argument.name}`);
      visitArguments(argument.fields, `${where}${argument.name}.`);
    }
  };
  const visitBlocks = (blocks: RawBlock[] | undefined, where: string) => {
    for (const block of blocks ?? []) {
      visitArguments(block.arguments, `${where}${block.name} > `);
      visitBlocks(block.blocks, `${where}${block.name} > `);
    }
  };
  for (const component of (rawCatalog as RawCatalog).components) {
    visitArguments(component.arguments, `${component.name}: `);
    visitBlocks(component.blocks, `${component.name}: `);
    for (const exported of component.exports ?? []) {
      if (!found.has(exported.type)) found.set(exported.type, `${component.name} export ${exported.name}`);
    }
  }
  return found;
}

describe('parseTypeSpelling', () => {
  it('reads scalar spellings, including the docs’ synonyms', () => {
    expect(parse('string')).toEqual(STRING);
    expect(parse('bool')).toEqual({ kind: 'bool' });
    expect(parse('boolean')).toEqual({ kind: 'bool' });
    expect(parse('number')).toEqual({ kind: 'number', integer: false });
    expect(parse('float64')).toEqual({ kind: 'number', integer: false });
    expect(parse('int')).toEqual({ kind: 'number', integer: true });
    expect(parse('uint32')).toEqual({ kind: 'number', integer: true });
    expect(parse('duration')).toEqual({ kind: 'duration' });
    expect(parse('Duration')).toEqual({ kind: 'duration' });
    expect(parse('units.Base2Bytes')).toEqual({ kind: 'size' });
    expect(parse('secret')).toEqual({ kind: 'secret' });
    expect(parse('any')).toEqual({ kind: 'any' });
    expect(parse('object')).toEqual({ kind: 'object', fields: null });
  });

  it('reads "string or secret" in either order as an optional secret', () => {
    expect(parse('string or secret')).toEqual({ kind: 'optionalSecret' });
    expect(parse('secret or string')).toEqual({ kind: 'optionalSecret' });
    expect(parse('string or bool')).toBeNull();
  });

  it('reads nested lists and maps in docs and Go spellings', () => {
    const targets = { kind: 'list', element: { kind: 'map', value: STRING } };
    expect(parse('list(map(string))')).toEqual(targets);
    expect(parse('[]discovery.Target')).toEqual(targets);
    expect(parse('list(Target)')).toEqual(targets);
    expect(parse('map(list(secret))')).toEqual({
      kind: 'map',
      value: { kind: 'list', element: { kind: 'secret' } },
    });
    expect(parse('[]string')).toEqual({ kind: 'list', element: STRING });
    expect(parse('array(string)')).toEqual({ kind: 'list', element: STRING });
    expect(parse('map[string]string')).toEqual({ kind: 'map', value: STRING });
    expect(parse('list(duration)')).toEqual({ kind: 'list', element: { kind: 'duration' } });
  });

  it('corrects the known misspelling with a missing parenthesis', () => {
    expect(parse('lists(map(string)')).toEqual(parse('list(map(string))'));
  });

  it('reads receivers with the signal their kind fixes', () => {
    expect(parse('list(LogsReceiver)')).toEqual({
      kind: 'list',
      element: { kind: 'receiver', receiver: 'LogsReceiver', signals: ['logs'] },
    });
    expect(parse('loki.LogsReceiver')).toEqual(parse('LogsReceiver'));
    expect(parse('MetricsReceiver')).toEqual({
      kind: 'receiver',
      receiver: 'MetricsReceiver',
      signals: ['metrics'],
    });
    expect(parse('list(pyroscope.Appendable)')).toEqual(parse('list(ProfilesReceiver)'));
    // The otelcol consumer and the generic spelling depend on where they are.
    expect(parse('otelcol.Consumer')).toEqual({
      kind: 'receiver',
      receiver: 'otelcol.Consumer',
      signals: [],
    });
    expect(parse('receiver')).toEqual({ kind: 'receiver', receiver: null, signals: [] });
  });

  it('reads capsules', () => {
    expect(parse('capsule(otelcol.Handler)')).toEqual({ kind: 'capsule', name: 'otelcol.Handler' });
    expect(parse('RelabelRules')).toEqual({ kind: 'capsule', name: 'RelabelRules' });
    expect(parse('[]relabel.Config')).toEqual({ kind: 'capsule', name: 'RelabelRules' });
  });

  it('returns null for spellings it does not know', () => {
    for (const spelling of ['widget', 'list(widget)', 'capsule(foo)', 'list(', 'map(string', '', 'list()']) {
      expect(parse(spelling), spelling).toBeNull();
    }
  });

  it('understands every spelling in the bundled data', () => {
    const spellings = allSpellings();
    const unparsed = [...spellings].filter(([spelling]) => parse(spelling) === null);
    expect(unparsed).toEqual([]);
    // Guard against an empty walk passing trivially.
    expect(spellings.size).toBeGreaterThan(40);
  });
});

describe('formatType', () => {
  it('prints canonical spellings that parse back to the same type', () => {
    for (const spelling of [
      'string',
      'int',
      'number',
      'duration',
      'secret',
      'string or secret',
      'list(map(string))',
      'map(list(secret))',
      'list(LogsReceiver)',
      'capsule(otelcol.Handler)',
      'RelabelRules',
    ]) {
      const type = parse(spelling)!;
      expect(formatType(type)).toBe(spelling);
    }
    expect(formatType(parse('boolean')!)).toBe('bool');
    expect(formatType(parse('[]string')!)).toBe('list(string)');
  });
});

describe('isAssignable', () => {
  const t = (spelling: string) => parse(spelling)!;
  const consumer = (...signals: ('logs' | 'metrics' | 'traces')[]): ValueType => ({
    kind: 'receiver',
    receiver: 'otelcol.Consumer',
    signals,
  });

  it('follows Alloy’s conversions between strings, numbers and secrets', () => {
    expect(isAssignable(t('secret'), t('string'))).toBe(true);
    expect(isAssignable(t('string'), t('secret'))).toBe(false);
    expect(isAssignable(t('string'), t('string or secret'))).toBe(true);
    expect(isAssignable(t('secret'), t('number'))).toBe(false);
    expect(isAssignable(t('string'), t('number'))).toBe(true);
    expect(isAssignable(t('number'), t('string'))).toBe(true);
    expect(isAssignable(t('duration'), t('string'))).toBe(true);
    expect(isAssignable(t('bool'), t('string'))).toBe(false);
    expect(isAssignable(t('string'), t('bool'))).toBe(false);
  });

  it('checks lists and maps element by element', () => {
    expect(isAssignable(t('list(string)'), t('list(number)'))).toBe(true);
    expect(isAssignable(t('list(string)'), t('list(bool)'))).toBe(false);
    expect(isAssignable(t('list(string)'), t('string'))).toBe(false);
    expect(isAssignable(t('map(string)'), t('object'))).toBe(true);
    expect(isAssignable(t('map(string)'), t('map(secret)'))).toBe(false);
  });

  it('lets any through in both directions', () => {
    expect(isAssignable(t('any'), t('list(LogsReceiver)'))).toBe(true);
    expect(isAssignable(t('list(map(string))'), t('any'))).toBe(true);
  });

  it('requires the same receiver kind and a shared signal', () => {
    expect(isAssignable(t('LogsReceiver'), t('LogsReceiver'))).toBe(true);
    expect(isAssignable(t('LogsReceiver'), t('MetricsReceiver'))).toBe(false);
    expect(isAssignable(t('LogsReceiver'), consumer('logs'))).toBe(false);
    expect(isAssignable(consumer('traces'), consumer('logs', 'metrics', 'traces'))).toBe(true);
    expect(isAssignable(consumer('traces'), consumer('logs'))).toBe(false);
  });

  it('matches capsules by name', () => {
    expect(isAssignable(t('capsule(otelcol.Handler)'), t('capsule(otelcol.Handler)'))).toBe(true);
    expect(isAssignable(t('capsule(otelcol.Handler)'), t('RelabelRules'))).toBe(false);
    expect(isAssignable(t('RelabelRules'), t('list(map(string))'))).toBe(false);
  });
});
