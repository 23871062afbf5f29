import { describe, expect, it } from 'vitest';
import type { Span } from '../../model';
import { TempoStore } from '../../store/tempo-store';
import type { TempoQueryResult } from '../common/result';
import { queryTempo } from './query';

const MS = 1e6;
const requesterResource = { 'service.name': 'mythical-requester', ip: '1.2.3.4' };
const serverResource = { 'service.name': 'mythical-server', ip: '1.2.3.5' };

function span(
  traceId: string,
  spanId: string,
  parentSpanId: string | undefined,
  fields: Partial<Span>,
): Span {
  return {
    traceId: traceId.padEnd(32, '0'),
    spanId: spanId.padEnd(16, '0'),
    ...(parentSpanId ? { parentSpanId: parentSpanId.padEnd(16, '0') } : {}),
    name: 'span',
    kind: 'SPAN_KIND_INTERNAL',
    status: 'STATUS_CODE_UNSET',
    startTime: 0,
    durationNanos: MS,
    attributes: {},
    resource: requesterResource,
    ...fields,
  };
}

// Trace a: a GET of owlbear, 1000–1060 ms.
const owlbear = [
  span('a', 'a1', undefined, {
    name: 'requester',
    kind: 'SPAN_KIND_CLIENT',
    status: 'STATUS_CODE_OK',
    startTime: 1000,
    durationNanos: 60 * MS,
    attributes: { beast: 'owlbear', 'http.method': 'GET', tier: 'medium', 'service.version': '2.0.0' },
  }),
  span('a', 'a2', 'a1', {
    name: 'GET',
    kind: 'SPAN_KIND_CLIENT',
    startTime: 1005,
    durationNanos: 40 * MS,
    attributes: { 'http.status_code': 200 },
  }),
  span('a', 'a3', 'a2', {
    name: 'GET /:endpoint',
    kind: 'SPAN_KIND_SERVER',
    startTime: 1010,
    durationNanos: 30 * MS,
    attributes: { beast: 'owlbear', 'http.status_code': 200, 'http.route': '/:endpoint' },
    resource: serverResource,
  }),
  span('a', 'a4', 'a3', {
    name: 'pg.query:SELECT postgres',
    kind: 'SPAN_KIND_CLIENT',
    startTime: 1015,
    durationNanos: 10 * MS,
    resource: serverResource,
  }),
  span('a', 'a5', 'a1', {
    name: 'log_to_loki',
    startTime: 1050,
    durationNanos: 5 * MS,
    status: 'STATUS_CODE_OK',
  }),
];
// Trace b: a failed POST of unicorn, 2000–2200 ms.
const unicorn = [
  span('b', 'b1', undefined, {
    name: 'requester',
    kind: 'SPAN_KIND_CLIENT',
    status: 'STATUS_CODE_ERROR',
    startTime: 2000,
    durationNanos: 200 * MS,
    attributes: { beast: 'unicorn', 'http.method': 'POST', tier: 'medium' },
  }),
  span('b', 'b2', 'b1', {
    name: 'POST /:endpoint',
    kind: 'SPAN_KIND_SERVER',
    status: 'STATUS_CODE_ERROR',
    statusMessage: 'null value in column "name"',
    startTime: 2010,
    durationNanos: 150 * MS,
    attributes: { beast: 'unicorn', 'http.status_code': 500 },
    resource: serverResource,
  }),
];
// Trace c: a server span whose root has not arrived, 3000–3020 ms.
const orphan = [
  span('c', 'c2', 'c1', {
    name: 'GET /:endpoint',
    kind: 'SPAN_KIND_SERVER',
    startTime: 3000,
    durationNanos: 20 * MS,
    attributes: { beast: 'illithid' },
    resource: serverResource,
  }),
];

const store = new TempoStore();
store.push([...owlbear, ...unicorn, ...orphan]);
const range = { start: 0, end: 10_000 };

function traceIds(result: TempoQueryResult): string[] {
  expect(result.diagnostics).toEqual([]);
  return result.data.map((trace) => trace.traceId[0] as string);
}

const ids = (query: string) => traceIds(queryTempo(store, query, range));

describe('spanset filters', () => {
  it('finds the verification query {span.beast="owlbear"} with its root and matched spans', () => {
    const result = queryTempo(store, '{span.beast="owlbear"}', range);
    expect(result.diagnostics).toEqual([]);
    expect(result.data).toHaveLength(1);
    expect(result.data[0]).toMatchObject({
      traceId: 'a'.padEnd(32, '0'),
      rootServiceName: 'mythical-requester',
      rootSpanName: 'requester',
      startMs: 1000,
      durationMs: 60,
      matchedCount: 2,
    });
    expect(result.data[0]?.matched.map((matched) => matched.name)).toEqual(['requester', 'GET /:endpoint']);
    expect(result.data[0]?.matched[1]?.serviceName).toBe('mythical-server');
  });

  it('reads span, resource and unscoped attributes', () => {
    expect(ids('{resource.service.name="mythical-server"}')).toEqual(['c', 'b', 'a']);
    expect(ids('{span.service.name="mythical-server"}')).toEqual([]);
    expect(ids('{.service.name="mythical-requester"}')).toEqual(['b', 'a']);
    expect(ids('{.beast="illithid"}')).toEqual(['c']);
  });

  it('matches intrinsics: name, status, kind, duration, statusMessage and root fields', () => {
    expect(ids('{name="requester" && status=error}')).toEqual(['b']);
    expect(ids('{kind=server && duration > 100ms}')).toEqual(['b']);
    expect(ids('{span:duration >= 30ms && span:kind = server}')).toEqual(['b', 'a']);
    expect(ids('{statusMessage =~ "null value.*"}')).toEqual(['b']);
    expect(ids('{rootServiceName="mythical-requester" && kind=server}')).toEqual(['b', 'a']);
    expect(ids('{trace:rootName="requester" && traceDuration > 100ms}')).toEqual(['b']);
    expect(ids('{status=unset && kind=client}')).toEqual(['a']);
  });

  it('anchors regular expressions at both ends', () => {
    expect(ids('{name=~"GET.*"}')).toEqual(['c', 'a']);
    expect(ids('{name=~"endpoint"}')).toEqual([]);
    expect(ids('{name!~".*endpoint" && kind=server}')).toEqual([]);
  });

  it('compares numbers, never across types, and nil for missing attributes', () => {
    expect(ids('{span.http.status_code >= 500}')).toEqual(['b']);
    expect(ids('{span.http.status_code = "200"}')).toEqual([]);
    expect(ids('{span.http.status_code = 200}')).toEqual(['a']);
    expect(ids('{span.http.status_code > -1 && span.http.status_code < 300}')).toEqual(['a']);
    expect(ids('{span.tier = nil && name="requester"}')).toEqual([]);
    expect(ids('{span.tier != nil}')).toEqual(['b', 'a']);
    expect(ids('{span.missing != "x"}')).toEqual([]);
  });

  it('combines conditions with &&, || and !, with && binding tighter', () => {
    expect(ids('{.beast="illithid" || .beast="unicorn" && status=error}')).toEqual(['c', 'b']);
    expect(ids('{(.beast="illithid" || .beast="unicorn") && kind=server && status!=error}')).toEqual(['c']);
    expect(ids('{!(span.beast="owlbear") && span.beast != nil}')).toEqual(['c', 'b']);
  });
});

describe('spanset operators and pipelines', () => {
  it('requires both sides of && and either of ||', () => {
    expect(ids('{.beast="owlbear"} && {status=error}')).toEqual([]);
    expect(ids('{.beast="owlbear"} || {status=error}')).toEqual(['b', 'a']);
  });

  it('relates spans by parent and ancestor', () => {
    expect(ids('{name="requester"} > {kind=server}')).toEqual(['b']);
    expect(ids('{name="requester"} >> {kind=server}')).toEqual(['b', 'a']);
    const ancestors = queryTempo(store, '{kind=server} << {kind=client}', range);
    expect(
      ancestors.data.find((trace) => trace.traceId.startsWith('a'))?.matched.map((matched) => matched.name),
    ).toEqual(['requester', 'GET']);
    expect(ids('{name="GET"} ~ {name="log_to_loki"}')).toEqual(['a']);
  });

  it('filters span sets by count and aggregates', () => {
    expect(ids('{} | count() > 2')).toEqual(['a']);
    expect(ids('{kind=server} | avg(duration) > 100ms')).toEqual(['b']);
    expect(ids('{resource.service.name="mythical-server"} | max(duration) <= 30ms')).toEqual(['c', 'a']);
  });

  it('returns the attributes asked for with select', () => {
    const result = queryTempo(
      store,
      '{status=error} | select(span.http.status_code, resource.ip, duration)',
      range,
    );
    const server = result.data[0]?.matched.find((matched) => matched.name === 'POST /:endpoint');
    expect(server?.attributes).toEqual({
      'span.http.status_code': 500,
      'resource.ip': '1.2.3.5',
      duration: 150 * MS,
    });
  });
});

describe('search results', () => {
  it('lists traces newest first within the range, limited, with a missing root left out', () => {
    expect(traceIds(queryTempo(store, '{}', { start: 1500, end: 2500 }))).toEqual(['b']);
    expect(traceIds(queryTempo(store, '{}', { ...range, limit: 2 }))).toEqual(['c', 'b']);
    const orphaned = queryTempo(store, '{.beast="illithid"}', range).data[0];
    expect(orphaned?.rootServiceName).toBeUndefined();
    expect(orphaned?.rootSpanName).toBeUndefined();
  });

  it('caps the matched spans per trace and counts them all', () => {
    const result = queryTempo(store, '{}', { ...range, spansPerSpanSet: 2 });
    const owlbearTrace = result.data.find((trace) => trace.traceId.startsWith('a'));
    expect(owlbearTrace?.matched).toHaveLength(2);
    expect(owlbearTrace?.matchedCount).toBe(5);
  });
});

describe('diagnostics', () => {
  it('gives the position of a syntax error', () => {
    const result = queryTempo(store, '{ span.beast = }', range);
    expect(result.diagnostics[0]?.code).toBe('syntax');
    expect(result.diagnostics[0]?.range.start.offset).toBeGreaterThanOrEqual(14);
  });

  it('names unsupported constructs', () => {
    expect(queryTempo(store, '{} | rate()', range).diagnostics[0]).toMatchObject({
      code: 'unsupported',
      message: 'metrics queries are not supported',
    });
    expect(queryTempo(store, '{ parent.beast = "x" }', range).diagnostics[0]?.message).toBe(
      'parent. attributes are not supported',
    );
    expect(queryTempo(store, '{} | by(span.beast)', range).diagnostics[0]?.message).toBe(
      'by() grouping is not supported',
    );
  });

  it('reports an invalid regular expression', () => {
    expect(queryTempo(store, '{ name =~ "(" }', range).diagnostics[0]?.code).toBe('regex');
  });
});
