import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../syntax/diagnostic';
import type { QueryResult } from '../sim';
import { compareOutcome, describeResult, formatLabels, resultKeys } from './outcome';

const streams = (...labelSets: Record<string, string>[]): QueryResult => ({
  kind: 'streams',
  data: labelSets.map((labels, index) => ({
    labels,
    entries: [{ timestamp: index, line: `line ${index}` }],
  })),
  diagnostics: [],
});

const matrix = (...labelSets: Record<string, string>[]): QueryResult => ({
  kind: 'matrix',
  data: labelSets.map((labels) => ({ labels, points: [{ timestamp: 0, value: 1 }] })),
  diagnostics: [],
});

const ALLOY = { component: 'alloy', group: 'infrastructure', service: 'alloy' };

describe('resultKeys', () => {
  it('identifies streams and series by their label sets, without repeats, in order', () => {
    expect(resultKeys(streams({ b: '2', a: '1' }, { a: '1', b: '2' }, { a: '0' }))).toEqual([
      '{a="0"}',
      '{a="1", b="2"}',
    ]);
  });

  it('identifies traces by the services and names of their matching spans', () => {
    const result: QueryResult = {
      kind: 'traces',
      diagnostics: [],
      data: [
        {
          traceId: 'a'.repeat(32),
          startMs: 0,
          durationMs: 5,
          matchedCount: 2,
          matched: [
            {
              spanId: '1',
              name: 'requester',
              serviceName: 'mythical-requester',
              startMs: 0,
              durationNanos: 1,
              attributes: {},
            },
            {
              spanId: '2',
              name: 'GET',
              serviceName: 'mythical-server',
              startMs: 1,
              durationNanos: 1,
              attributes: {},
            },
          ],
        },
      ],
    };
    expect(resultKeys(result)).toEqual([
      '{name="GET", service.name="mythical-server"}',
      '{name="requester", service.name="mythical-requester"}',
    ]);
    expect(describeResult(result)).toBe('traces with spans of 2 kinds');
  });

  it('counts a scalar as one value', () => {
    expect(resultKeys({ kind: 'scalar', data: [{ timestamp: 0, value: 1 }], diagnostics: [] })).toEqual([
      'value',
    ]);
  });
});

describe('compareOutcome', () => {
  it('passes when the learner delivers the same streams, whatever the lines and values', () => {
    const verdict = compareOutcome(streams(ALLOY), streams(ALLOY, ALLOY));
    expect(verdict).toMatchObject({
      passed: true,
      missing: [],
      unexpected: [],
      expected: 'log lines in 1 stream',
    });
    expect(verdict.message).toBe('Returns the same data as the reference solution.');
    expect(compareOutcome(matrix({ level: 'info' }), matrix({ level: 'info' })).passed).toBe(true);
  });

  it('passes when both return nothing, and says so', () => {
    const verdict = compareOutcome(streams(), streams());
    expect(verdict.passed).toBe(true);
    expect(verdict.expected).toBe('nothing');
    expect(verdict.message).toBe('Returns nothing, as the reference solution does.');
  });

  it('fails when nothing arrives, naming what the reference has', () => {
    const verdict = compareOutcome(streams(ALLOY), streams());
    expect(verdict.passed).toBe(false);
    expect(verdict.missing).toEqual([formatLabels(ALLOY)]);
    expect(verdict.message).toBe(
      'Returns nothing yet; the reference solution\'s data includes `{component="alloy", group="infrastructure", service="alloy"}`.',
    );
  });

  it('fails when data arrives that the reference drops', () => {
    const verdict = compareOutcome(matrix({ level: 'info' }), matrix({ level: 'info' }, { level: 'debug' }));
    expect(verdict).toMatchObject({ passed: false, missing: [], unexpected: ['{level="debug"}'] });
    expect(verdict.message).toBe('The result has `{level="debug"}`, which the reference solution does not.');
    expect(compareOutcome(streams(), streams({ a: '1' }, { a: '2' }, { a: '3' })).message).toBe(
      'Should return nothing, as the reference solution does, but returns `{a="1"}`, `{a="2"}` and 1 more.',
    );
  });

  it('fails when labels differ, naming both sides', () => {
    const verdict = compareOutcome(streams(ALLOY), streams({ ...ALLOY, group: 'infra' }));
    expect(verdict.passed).toBe(false);
    expect(verdict.message).toMatch(
      /^The result lacks `\{component="alloy", group="infrastructure".*and has `\{component="alloy", group="infra"/,
    );
  });

  it('fails with the message of a query that does not run', () => {
    const error: Diagnostic = {
      severity: 'error',
      message: 'unexpected end of query',
      range: { start: { offset: 0, line: 1, column: 1 }, end: { offset: 1, line: 1, column: 2 } },
    };
    const broken: QueryResult = { kind: 'streams', data: [], diagnostics: [error] };
    const verdict = compareOutcome(broken, broken);
    expect(verdict.passed).toBe(false);
    expect(verdict.message).toBe('The query does not run: unexpected end of query');
  });
});
