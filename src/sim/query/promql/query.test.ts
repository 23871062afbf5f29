import { describe, expect, it } from 'vitest';
import type { Labels } from '../../model';
import { MimirStore } from '../../store/mimir-store';
import type { MimirQueryResult } from '../common/result';
import { queryMimir } from './query';

const S = 1000;

function storeWith(series: [Labels, [number, number][]][]): MimirStore {
  const store = new MimirStore();
  for (const [labels, points] of series)
    store.append(points.map(([seconds, value]) => ({ labels, timestamp: seconds * S, value })));
  return store;
}

/** Instant-query values by a label, for compact expectations. */
function values(result: MimirQueryResult, label?: string): Record<string, number> {
  expect(result.diagnostics).toEqual([]);
  expect(result.kind).toBe('vector');
  if (result.kind !== 'vector') return {};
  return Object.fromEntries(
    result.data.map((sample) => [
      label ? (sample.labels[label] ?? '') : JSON.stringify(sample.labels),
      sample.value,
    ]),
  );
}

const counter = { __name__: 'c_total', job: 'a' };
// A counter sampled every 10 s that resets once (30 → 5).
const resetting: [number, number][] = [
  [10, 10],
  [20, 20],
  [30, 30],
  [40, 5],
  [50, 15],
  [60, 25],
];
// A counter that started shortly before its first sample.
const young: [number, number][] = [
  [10, 1],
  [20, 11],
  [30, 21],
  [40, 31],
  [50, 41],
  [60, 51],
];

describe('rate and increase', () => {
  it('adds back the value before a counter reset and extrapolates to the window edges', () => {
    // Window (5s, 65s]: increase 15 + 30 (reset) = 45 over 50 s of samples,
    // gaps of 5 s to each edge (< 1.1 × 10 s), factor 60/50.
    const store = storeWith([[counter, resetting]]);
    expect(values(queryMimir(store, 'increase(c_total[60s])', { time: 65 * S }), 'job').a).toBeCloseTo(54);
    expect(values(queryMimir(store, 'rate(c_total[60s])', { time: 65 * S }), 'job').a).toBeCloseTo(0.9);
  });

  it('extrapolates a counter back no further than its zero point', () => {
    // Window (0s, 70s]: gap to start 10 s, but the counter (1 at 10 s, +50
    // over 50 s) hit zero 1 s before its first sample; gap to end 10 s.
    const store = storeWith([[counter, young]]);
    expect(values(queryMimir(store, 'increase(c_total[70s])', { time: 70 * S }), 'job').a).toBeCloseTo(61);
    expect(values(queryMimir(store, 'rate(c_total[70s])', { time: 70 * S }), 'job').a).toBeCloseTo(61 / 70);
  });

  it('extrapolates by half an interval where the series ends well inside the window', () => {
    // Window (0s, 100s]: gap to end 40 s ≥ 11 s, so only 5 s; start as above (1 s).
    const store = storeWith([[counter, young]]);
    expect(values(queryMimir(store, 'increase(c_total[100s])', { time: 100 * S }), 'job').a).toBeCloseTo(56);
  });

  it('needs two samples in the window and drops the metric name', () => {
    const store = storeWith([[counter, young]]);
    expect(values(queryMimir(store, 'rate(c_total[15s])', { time: 25 * S }))).toEqual({});
    const result = queryMimir(store, 'rate(c_total[1m])', { time: 60 * S });
    expect(result.kind === 'vector' && result.data[0]?.labels).toEqual({ job: 'a' });
  });

  it('excludes a sample exactly at the start of the window (left-open range)', () => {
    // (10s, 30s] holds the samples at 20 s and 30 s, not the one at 10 s.
    const store = storeWith([[counter, young]]);
    expect(values(queryMimir(store, 'count_over_time(c_total[20s])', { time: 30 * S }), 'job').a).toBe(2);
  });

  it('computes irate and delta', () => {
    const store = storeWith([[counter, resetting]]);
    expect(values(queryMimir(store, 'irate(c_total[1m])', { time: 60 * S }), 'job').a).toBeCloseTo(1);
    expect(values(queryMimir(store, 'irate(c_total[25s])', { time: 45 * S }), 'job').a).toBeCloseTo(0.5);
    const gauge = storeWith([
      [
        { __name__: 'g' },
        [
          [10, 4],
          [20, 8],
          [30, 6],
        ],
      ],
    ]);
    // delta over (0, 30]: 6 − 4 = 2 over 20 s, gap to start 10 s (< 11), to end 0: factor 30/20.
    expect(values(queryMimir(gauge, 'delta(g[30s])', { time: 30 * S }))['{}']).toBeCloseTo(3);
  });
});

describe('instant selectors', () => {
  const store = storeWith([
    [
      { __name__: 'g', k: 'v' },
      [
        [0, 5],
        [100, 7],
      ],
    ],
  ]);

  it('takes the newest sample within the 5-minute lookback', () => {
    expect(values(queryMimir(store, 'g', { time: 50 * S }), 'k').v).toBe(5);
    expect(values(queryMimir(store, 'g', { time: 399 * S }), 'k').v).toBe(7);
    expect(values(queryMimir(store, 'g', { time: 400 * S }))).toEqual({});
  });

  it('keeps the metric name and supports offset', () => {
    const result = queryMimir(store, 'g offset 100s', { time: 150 * S });
    expect(result.kind === 'vector' && result.data).toEqual([
      { labels: { __name__: 'g', k: 'v' }, timestamp: 150 * S, value: 5 },
    ]);
  });

  it('matches labels with =, !=, =~ and !~, regular expressions anchored', () => {
    const many = storeWith([
      [{ __name__: 'up', service: 'loki' }, [[0, 1]]],
      [{ __name__: 'up', service: 'mimir' }, [[0, 1]]],
      [{ __name__: 'up', service: 'tempo' }, [[0, 0]]],
      [{ __name__: 'up', service: 'lokiish' }, [[0, 1]]],
    ]);
    const names = (query: string) =>
      Object.keys(values(queryMimir(many, query, { time: 1 * S }), 'service')).sort();
    expect(names('up{service="loki"}')).toEqual(['loki']);
    expect(names('up{service!="loki"}')).toEqual(['lokiish', 'mimir', 'tempo']);
    expect(names('up{service=~"loki|tempo"}')).toEqual(['loki', 'tempo']);
    expect(names('up{service!~"l.*"}')).toEqual(['mimir', 'tempo']);
    expect(names('{__name__="up", service=~"m.+"}')).toEqual(['mimir']);
  });
});

describe('aggregations', () => {
  const store = storeWith([
    [{ __name__: 'm', beast: 'owlbear', method: 'GET' }, [[0, 1]]],
    [{ __name__: 'm', beast: 'owlbear', method: 'POST' }, [[0, 2]]],
    [{ __name__: 'm', beast: 'unicorn', method: 'GET' }, [[0, 4]]],
    [{ __name__: 'm', beast: 'unicorn', method: 'POST' }, [[0, 8]]],
  ]);
  const at = { time: 1 * S };

  it('sums, averages and counts by and without labels', () => {
    expect(values(queryMimir(store, 'sum by (beast) (m)', at), 'beast')).toEqual({ owlbear: 3, unicorn: 12 });
    expect(values(queryMimir(store, 'sum(m) by (beast)', at), 'beast')).toEqual({ owlbear: 3, unicorn: 12 });
    expect(values(queryMimir(store, 'avg without (beast) (m)', at), 'method')).toEqual({ GET: 2.5, POST: 5 });
    expect(values(queryMimir(store, 'count(m)', at))).toEqual({ '{}': 4 });
    expect(values(queryMimir(store, 'max by (method) (m)', at), 'method')).toEqual({ GET: 4, POST: 8 });
    expect(values(queryMimir(store, 'min by (method) (m)', at), 'method')).toEqual({ GET: 1, POST: 2 });
  });

  it('keeps only grouping labels with by, and drops __name__ with without', () => {
    const result = queryMimir(store, 'sum without (method) (m)', at);
    expect(result.kind === 'vector' && result.data.map((sample) => sample.labels)).toEqual([
      { beast: 'owlbear' },
      { beast: 'unicorn' },
    ]);
  });

  it('selects the k largest samples with their labels', () => {
    const result = queryMimir(store, 'topk(2, m)', at);
    expect(result.kind === 'vector' && result.data.map((sample) => sample.value).sort()).toEqual([4, 8]);
    expect(result.kind === 'vector' && result.data[0]?.labels.__name__).toBe('m');
  });
});

describe('histogram_quantile', () => {
  const bucket = (le: string, value: number): [Labels, [number, number][]] => [
    { __name__: 'h_bucket', le, service: 's' },
    [[0, value]],
  ];
  const store = storeWith([bucket('0.1', 10), bucket('0.5', 30), bucket('1', 40), bucket('+Inf', 50)]);
  const at = { time: 1 * S };

  it('interpolates linearly inside the bucket holding the rank', () => {
    // Rank 25 lies in (0.1, 0.5] holding 20 observations, 15 of them below the rank.
    expect(values(queryMimir(store, 'histogram_quantile(0.5, h_bucket)', at), 'service').s).toBeCloseTo(0.4);
    // Rank 2.5 in the first bucket, which starts at 0.
    expect(values(queryMimir(store, 'histogram_quantile(0.05, h_bucket)', at), 'service').s).toBeCloseTo(
      0.025,
    );
  });

  it('answers the largest finite bound for a rank in the +Inf bucket', () => {
    expect(values(queryMimir(store, 'histogram_quantile(0.9, h_bucket)', at), 'service').s).toBe(1);
  });

  it('groups by the labels other than le and works over rates', () => {
    const rates = new MimirStore();
    for (const [le, perScrape] of [
      ['0.1', 1],
      ['0.5', 3],
      ['1', 4],
      ['+Inf', 5],
    ] as const)
      rates.append(
        [0, 10, 20, 30].map((seconds) => ({
          labels: { __name__: 'h_bucket', le, beast: 'owlbear' },
          timestamp: seconds * S,
          value: perScrape * seconds,
        })),
      );
    const result = queryMimir(rates, 'histogram_quantile(0.5, sum by (le, beast) (rate(h_bucket[30s])))', {
      time: 30 * S,
    });
    expect(values(result, 'beast').owlbear).toBeCloseTo(0.4);
    expect(result.kind === 'vector' && result.data[0]?.labels).toEqual({ beast: 'owlbear' });
  });
});

describe('binary operators', () => {
  const store = storeWith([
    [{ __name__: 'errors', service: 'a' }, [[0, 1]]],
    [{ __name__: 'errors', service: 'b' }, [[0, 3]]],
    [{ __name__: 'calls', service: 'a' }, [[0, 10]]],
    [{ __name__: 'calls', service: 'b' }, [[0, 4]]],
    [{ __name__: 'calls', service: 'c' }, [[0, 5]]],
    [{ __name__: 'limit', service: 'a', tier: 'high' }, [[0, 2]]],
  ]);
  const at = { time: 1 * S };

  it('does arithmetic between scalars, and between vectors and scalars', () => {
    const scalar = queryMimir(store, '2 * 3 + 1', at);
    expect(scalar.kind === 'scalar' && scalar.data).toEqual([{ timestamp: 1 * S, value: 7 }]);
    expect(values(queryMimir(store, 'calls * 2', at), 'service')).toEqual({ a: 20, b: 8, c: 10 });
    expect(values(queryMimir(store, '1 - calls', at), 'service')).toEqual({ a: -9, b: -3, c: -4 });
    // ^ is right-associative.
    expect(values(queryMimir(store, 'vector(2 ^ 3 ^ 2)', at))).toEqual({ '{}': 512 });
  });

  it('matches vectors one-to-one on all labels but the name', () => {
    expect(values(queryMimir(store, 'errors / calls', at), 'service')).toEqual({ a: 0.1, b: 0.75 });
  });

  it('matches on or ignoring the listed labels, with group_left copying labels', () => {
    expect(values(queryMimir(store, 'calls / on(service) limit', at), 'service')).toEqual({ a: 5 });
    expect(values(queryMimir(store, 'calls / ignoring(tier) limit', at), 'service')).toEqual({ a: 5 });
    const grouped = queryMimir(store, 'calls * on(service) group_left(tier) limit', at);
    expect(grouped.kind === 'vector' && grouped.data).toEqual([
      { labels: { service: 'a', tier: 'high' }, timestamp: 1 * S, value: 20 },
    ]);
  });

  it('filters with comparisons, or answers 0/1 with bool', () => {
    expect(values(queryMimir(store, 'calls > 4', at), 'service')).toEqual({ a: 10, c: 5 });
    const filtered = queryMimir(store, 'calls > 4', at);
    expect(filtered.kind === 'vector' && filtered.data[0]?.labels.__name__).toBe('calls');
    expect(values(queryMimir(store, 'calls > bool 4', at), 'service')).toEqual({ a: 1, b: 0, c: 1 });
    expect(values(queryMimir(store, 'errors >= calls', at))).toEqual({});
  });

  it('combines label sets with and, or, unless', () => {
    expect(values(queryMimir(store, 'calls and errors', at), 'service')).toEqual({ a: 10, b: 4 });
    expect(values(queryMimir(store, 'calls unless errors', at), 'service')).toEqual({ c: 5 });
    expect(Object.keys(values(queryMimir(store, 'errors or calls', at), 'service')).sort()).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('reports many-to-one matches that are not made explicit', () => {
    const result = queryMimir(store, 'sum(calls) / on() calls', at);
    expect(result.diagnostics[0]?.message).toContain('duplicate series');
  });
});

describe('range queries', () => {
  it('evaluates at every step and returns one series per label set', () => {
    const store = storeWith([[counter, young]]);
    const result = queryMimir(store, 'c_total', { start: 0, end: 20 * S, step: 10 * S });
    expect(result).toEqual({
      kind: 'matrix',
      data: [
        {
          labels: counter,
          points: [
            { timestamp: 10 * S, value: 1 },
            { timestamp: 20 * S, value: 11 },
          ],
        },
      ],
      diagnostics: [],
    });
  });

  it('substitutes $__rate_interval as max($__interval + 2s, 8s)', () => {
    // Samples every 2 s rising by 2: over a step of 2 s the window is 8 s, over a step of 10 s it is 12 s.
    const points: [number, number][] = Array.from({ length: 31 }, (_, i) => [i * 2, i * 2]);
    const store = storeWith([[counter, points]]);
    const withStep = (step: number) =>
      queryMimir(store, 'increase(c_total[$__rate_interval])', {
        start: 30 * S,
        end: 30 * S,
        step: step * S,
      });
    const at = (result: MimirQueryResult) =>
      result.kind === 'matrix' ? result.data[0]?.points[0]?.value : undefined;
    expect(at(withStep(2))).toBeCloseTo(8);
    expect(at(withStep(10))).toBeCloseTo(12);
    expect(withStep(2).diagnostics).toEqual([]);
  });

  it('answers a raw matrix for an instant query of a range selector', () => {
    const store = storeWith([[counter, young]]);
    const result = queryMimir(store, 'c_total[25s]', { time: 40 * S });
    expect(result.kind === 'matrix' && result.data[0]?.points.map((point) => point.value)).toEqual([
      11, 21, 31,
    ]);
  });
});

describe('more functions', () => {
  const gauge = storeWith([
    [
      { __name__: 'g', job: 'a', instance: 'host-1:9090' },
      [
        [10, 2],
        [20, 4],
        [30, 4],
        [40, 6],
      ],
    ],
  ]);
  const at = { time: 40 * S };

  it('computes quantile, standard deviation and variance over time', () => {
    // Values 2, 4, 4, 6: median 4; mean 4, variance (4 + 0 + 0 + 4) / 4 = 2.
    expect(values(queryMimir(gauge, 'quantile_over_time(0.5, g[1m])', at), 'job').a).toBe(4);
    expect(values(queryMimir(gauge, 'quantile_over_time(0.25, g[1m])', at), 'job').a).toBe(3.5);
    expect(values(queryMimir(gauge, 'stdvar_over_time(g[1m])', at), 'job').a).toBe(2);
    expect(values(queryMimir(gauge, 'stddev_over_time(g[1m])', at), 'job').a).toBeCloseTo(Math.SQRT2);
  });

  it('answers absent() with the equality matchers of a selector that finds nothing', () => {
    expect(values(queryMimir(gauge, 'absent(g{job="a"})', at))).toEqual({});
    const missing = queryMimir(gauge, 'absent(g{job="b", instance=~"x.*", env="prod"})', at);
    expect(missing.kind === 'vector' && missing.data[0]).toMatchObject({
      labels: { job: 'b', env: 'prod' },
      value: 1,
    });
    const overTime = queryMimir(gauge, 'absent_over_time(g{job="a"}[5s])', { time: 100 * S });
    expect(overTime.kind === 'vector' && overTime.data[0]?.labels).toEqual({ job: 'a' });
  });

  it('rewrites labels with label_replace and Go-style group references', () => {
    const result = queryMimir(gauge, 'label_replace(g, "host", "$1-${2}", "instance", `(.*)-(\\d+):.*`)', at);
    expect(result.kind === 'vector' && result.data[0]?.labels).toEqual({
      __name__: 'g',
      job: 'a',
      instance: 'host-1:9090',
      host: 'host-1',
    });
    const unmatched = queryMimir(gauge, 'label_replace(g, "host", "$1", "instance", "nope")', at);
    expect(unmatched.kind === 'vector' && unmatched.data[0]?.labels.host).toBeUndefined();
    const removed = queryMimir(gauge, 'label_replace(g, "job", "", "job", ".*")', at);
    expect(removed.kind === 'vector' && removed.data[0]?.labels.job).toBeUndefined();
  });
});

describe('subqueries', () => {
  const store = storeWith([[counter, young]]);

  it('evaluate the inner expression at steps aligned to multiples of the step', () => {
    // rate(c_total[20s]) at 20 s is 0.55 (10 over 10 s of samples, stretched to
    // 11 s by the counter's zero point, over 20 s); at 30–60 s it is 1; at 70 s
    // its window holds one sample. (10s, 70s] holds the steps 20 s … 70 s.
    const at = (query: string) => values(queryMimir(store, query, { time: 70 * S }), 'job').a;
    expect(at('max_over_time(rate(c_total[20s])[60s:10s])')).toBeCloseTo(1);
    expect(at('min_over_time(rate(c_total[20s])[60s:10s])')).toBeCloseTo(0.55);
    expect(at('count_over_time(rate(c_total[20s])[60s:10s])')).toBe(5);
    // Shifted to (−10s, 50s]: the rate has a value at 20 s … 50 s.
    expect(at('count_over_time(rate(c_total[20s])[60s:10s] offset 20s)')).toBe(4);
  });

  it('use a one-minute step when none is written, and need an instant vector inside', () => {
    const result = queryMimir(store, 'count_over_time(c_total[2m:])', { time: 120 * S });
    // Steps at 60 s and 120 s; at 120 s the newest sample (60 s) is within the lookback.
    expect(values(result, 'job').a).toBe(2);
    expect(queryMimir(store, 'max_over_time(c_total[1m][5m:1m])', { time: 0 }).diagnostics[0]?.message).toBe(
      'subquery is only allowed on instant vector, got range vector',
    );
  });
});

describe('diagnostics', () => {
  const store = new MimirStore();
  const at = { time: 0 };

  it('gives the position of a syntax error', () => {
    const result = queryMimir(store, 'sum(rate(x[1m])', at);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]?.code).toBe('syntax');
    expect(result.diagnostics[0]?.range.start.offset).toBe(15);
  });

  it('names unsupported syntax and keeps the range within the query', () => {
    const result = queryMimir(store, 'rate(x[5m] @ 100)', at);
    expect(result.diagnostics[0]).toMatchObject({
      code: 'unsupported',
      message: 'the @ modifier is not supported',
    });
    expect(queryMimir(store, 'x atan2 y', at).diagnostics[0]?.message).toBe(
      'the atan2 operator is not supported',
    );
    const call = queryMimir(store, 'sum(label_join(x, "a", ",", "b", "c"))', at).diagnostics[0];
    expect(call?.message).toBe('the function label_join() is not supported');
    expect([call?.range.start.offset, call?.range.end.offset]).toEqual([4, 14]);
  });

  it('reports type errors as Prometheus does', () => {
    expect(queryMimir(store, 'rate(x)', at).diagnostics[0]?.message).toBe(
      'expected type range vector in call to function "rate", got instant vector',
    );
    expect(queryMimir(store, 'sum(x[5m])', at).diagnostics[0]?.message).toBe(
      'expected type instant vector in aggregation expression, got range vector',
    );
    expect(queryMimir(store, '1 > 2', at).diagnostics[0]?.message).toBe(
      'comparisons between scalars must use BOOL modifier',
    );
    expect(queryMimir(store, '{job=~".*"}', at).diagnostics[0]?.message).toBe(
      'vector selector must contain at least one non-empty matcher',
    );
  });

  it('maps positions after a substituted variable back to the written query', () => {
    const result = queryMimir(store, 'rate(x[$__rate_interval]) +', { start: 0, end: 10 * S, step: 2 * S });
    expect(result.diagnostics[0]?.range.start.offset).toBe(27);
  });

  it('reports an invalid regular expression, and escapes Go strings do not have', () => {
    expect(queryMimir(store, 'x{a=~"("}', at).diagnostics[0]?.code).toBe('regex');
    const escape = queryMimir(store, 'x{a=~"a\\.b"}', at).diagnostics[0];
    expect(escape?.message).toBe('unknown escape sequence \\. in string "a\\.b"');
    expect([escape?.range.start.offset, escape?.range.end.offset]).toEqual([5, 11]);
    expect(
      queryMimir(store, 'x{a=~"a\\\\.b", b="\\u00e9\\U0001F600\\x41\\101"} or x{a=~`a\\.b`}', at).diagnostics,
    ).toEqual([]);
    expect(queryMimir(store, 'x{a="\\UFFFFFFFF"}', at).diagnostics[0]?.code).toBe('syntax');
  });

  it('rejects a range query of a range vector and a bad step, without throwing', () => {
    expect(queryMimir(store, 'x[5m]', { start: 0, end: 1, step: 1 }).diagnostics[0]?.code).toBe('type');
    expect(queryMimir(store, 'x', { start: 0, end: 1, step: 0 }).diagnostics[0]?.code).toBe('timing');
  });
});
