import { describe, expect, it } from 'vitest';
import type { ValueType } from '../catalog';
import { missingItems, sameValue, type Candidate } from './compare';
import { UNKNOWN } from './plain';

const duration: ValueType = { kind: 'duration' };
const integer: ValueType = { kind: 'number', integer: true };
const text: ValueType = { kind: 'string' };
const targets: ValueType = { kind: 'list', element: { kind: 'map', value: { kind: 'string' } } };

describe('sameValue', () => {
  it('compares durations by length of time, not by spelling', () => {
    expect(sameValue('2s', '2000ms', duration)).toBe(true);
    expect(sameValue('2s', '0.5m', duration)).toBe(false);
    expect(sameValue('1m30s', '90s', duration)).toBe(true);
  });

  it('converts between numbers and strings the way Alloy assigns them', () => {
    expect(sameValue(3100, '3100', integer)).toBe(true);
    expect(sameValue(3100, ' 3100', integer)).toBe(false);
    expect(sameValue('1000', 1000, text)).toBe(true);
  });

  it('keeps list order and ignores object key order', () => {
    const list: ValueType = { kind: 'list', element: text };
    expect(sameValue(['a', 'b'], ['a', 'b'], list)).toBe(true);
    expect(sameValue(['a', 'b'], ['b', 'a'], list)).toBe(false);
    const map: ValueType = { kind: 'map', value: text };
    expect(sameValue({ a: 'x', b: 'y' }, { b: 'y', a: 'x' }, map)).toBe(true);
  });

  it('cannot tell when the value is only known at run time', () => {
    expect(sameValue('x', UNKNOWN, text)).toBe('unknown');
  });
});

describe('missingItems', () => {
  it('matches objects by the fields asked for, in any element', () => {
    const candidates: Candidate[] = [
      { value: { __address__: 'mimir:9009', service: 'mimir' }, type: targets.element },
      { value: { __address__: 'loki:3100', env: 'demo', service: 'loki' }, type: targets.element },
    ];
    expect(missingItems([{ __address__: 'loki:3100', env: 'demo' }], candidates)).toEqual([]);
    expect(missingItems([{ __address__: 'loki:3100', env: 'prod' }], candidates)).toEqual([
      { __address__: 'loki:3100', env: 'prod' },
    ]);
  });

  it('names exactly the items that are missing, in any order', () => {
    const candidates = ['http.target', 'http.method'].map((value) => ({ value, type: text }));
    expect(missingItems(['http.method', 'http.target', 'http.status_code'], candidates)).toEqual([
      'http.status_code',
    ]);
  });
});
