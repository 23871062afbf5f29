import { describe, expect, it } from 'vitest';
import type { LogEntry, MetricSample, Sample, Span } from '../../src/sim';
import { diffFields, pairSamples, viewSample } from './sampleDiff';

const log = (timestamp: number, line: string, labels: Record<string, string>): Sample => ({
  time: timestamp + 500,
  signal: 'logs',
  item: { timestamp, line, labels } satisfies LogEntry,
});

const metric = (timestamp: number, value: number, labels: Record<string, string>): Sample => ({
  time: timestamp,
  signal: 'metrics',
  item: { timestamp, value, labels } satisfies MetricSample,
});

describe('diffFields', () => {
  it('marks labels added, removed, changed and kept, by name', () => {
    expect(diffFields({ a: '1', b: '2', c: '3' }, { a: '1', b: '9', d: '4' })).toEqual([
      { name: 'a', before: '1', after: '1', change: 'same' },
      { name: 'b', before: '2', after: '9', change: 'changed' },
      { name: 'c', before: '3', after: null, change: 'removed' },
      { name: 'd', before: null, after: '4', change: 'added' },
    ]);
  });

  it('compares nothing when one side is missing', () => {
    expect(diffFields({ a: '1' }, null)).toEqual([{ name: 'a', before: '1', after: null, change: 'same' }]);
  });
});

describe('pairSamples', () => {
  it('pairs relabelled log entries by time and text and shows the labels added', () => {
    const received = [log(1000, 'ts=1 level=info', { component: 'alloy' })];
    const sent = [log(1000, 'ts=1 level=info', { component: 'alloy', service: 'alloy' })];
    const [pair] = pairSamples(received, sent);
    expect(pair?.before?.headline).toBe('ts=1 level=info');
    expect(pair?.headlineChanged).toBe(false);
    expect(pair?.fields.find((field) => field.name === 'service')?.change).toBe('added');
    expect(pair?.fields.find((field) => field.name === 'component')?.change).toBe('same');
  });

  it('finds each entry’s own partner among entries sharing a timestamp', () => {
    const received = [log(1000, 'first', { n: '1' }), log(1000, 'second', { n: '2' })];
    const sent = [log(1000, 'second', { n: '2', x: 'y' }), log(1000, 'first', { n: '1', x: 'y' })];
    const pairs = pairSamples(received, sent);
    expect(pairs).toHaveLength(2);
    for (const pair of pairs) expect(pair.before?.headline).toBe(pair.after?.headline);
  });

  it('pairs a rewritten line by its time and flags the change', () => {
    const pairs = pairSamples(
      [log(2000, 'token=glc_secret', { app: 'x' })],
      [log(2000, 'token=<hidden>', { app: 'x' })],
    );
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.headlineChanged).toBe(true);
  });

  it('leaves a dropped item without partner, and keeps pairs in time order', () => {
    const received = [
      metric(1000, 1, { __name__: 'up', job: 'a' }),
      metric(2000, 5, { __name__: 'x', job: 'a' }),
    ];
    const sent = [metric(2000, 5, { __name__: 'x', job: 'a', env: 'demo' })];
    const pairs = pairSamples(received, sent);
    expect(pairs.map((pair) => [pair.before?.headline ?? null, pair.after?.headline ?? null])).toEqual([
      ['up = 1', null],
      ['x = 5', 'x = 5'],
    ]);
    expect(pairs[0]?.fields.every((field) => field.change === 'same')).toBe(true);
  });

  it('pairs spans by id and shows changed attributes beside the resource', () => {
    const span = (attributes: Record<string, string>): Sample => ({
      time: 0,
      signal: 'traces',
      item: {
        traceId: 'a'.repeat(32),
        spanId: 'b'.repeat(16),
        name: 'requester',
        kind: 'SPAN_KIND_CLIENT',
        status: 'STATUS_CODE_OK',
        startTime: 10,
        durationNanos: 1000,
        attributes,
        resource: { 'service.name': 'mythical-requester' },
      } satisfies Span,
    });
    const [pair] = pairSamples([span({ beast: 'owlbear' })], [span({ beast: 'unicorn' })]);
    expect(pair?.after?.headline).toBe('mythical-requester: requester');
    expect(pair?.fields).toContainEqual({
      name: 'beast',
      before: 'owlbear',
      after: 'unicorn',
      change: 'changed',
    });
    expect(pair?.fields).toContainEqual({
      name: 'resource.service.name',
      before: 'mythical-requester',
      after: 'mythical-requester',
      change: 'same',
    });
  });
});

describe('viewSample', () => {
  it('shows structured metadata apart from the stream labels', () => {
    const sample: Sample = {
      time: 0,
      signal: 'logs',
      item: { timestamp: 5, line: 'x', labels: { a: '1' }, structuredMetadata: { trace_id: 't' } },
    };
    expect(viewSample(sample).fields).toEqual({ a: '1', 'metadata.trace_id': 't' });
  });
});
