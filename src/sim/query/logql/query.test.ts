import { describe, expect, it } from 'vitest';
import type { Labels, LogEntry } from '../../model';
import { LokiStore } from '../../store/loki-store';
import type { LokiQueryResult, LogStream } from '../common/result';
import { queryLoki } from './query';

const S = 1000;

function storeWith(entries: [Labels, number, string][]): LokiStore {
  const store = new LokiStore();
  store.push(entries.map(([labels, seconds, line]): LogEntry => ({ labels, timestamp: seconds * S, line })));
  return store;
}

function streams(result: LokiQueryResult): LogStream[] {
  expect(result.diagnostics).toEqual([]);
  expect(result.kind).toBe('streams');
  return result.kind === 'streams' ? result.data : [];
}

function lines(result: LokiQueryResult): string[] {
  return streams(result)
    .flatMap((stream) => stream.entries)
    .sort((a, b) => b.timestamp - a.timestamp)
    .map((entry) => entry.line);
}

const range = { start: 0, end: 1000 * S, step: 10 * S };

const alloy = { component: 'alloy', group: 'infrastructure', service: 'alloy' };
const alloyLines: [Labels, number, string][] = [
  [
    alloy,
    1,
    'ts=2025-04-06T10:15:32.418Z level=debug msg="finished node evaluation" node_id=prometheus.scrape.postgres duration=41.2µs',
  ],
  [
    alloy,
    2,
    'ts=2025-04-06T10:15:33.002Z level=info msg="Done replaying WAL" component_id=prometheus.remote_write.mimir',
  ],
  [
    alloy,
    3,
    'ts=2025-04-06T10:15:34.100Z level=debug msg="finished node evaluation" node_id=loki.write.mythical duration=12µs',
  ],
  [alloy, 4, 'ts=2025-04-06T10:15:35.100Z level=warn msg="slow scrape" duration=1.5s'],
];

const requester = {
  service_name: 'mythical-requester',
  level: 'info',
  job: 'mythical-requester',
  namespace: 'production',
  beast: 'owlbear',
};
const requesterError = { ...requester, level: 'error', beast: 'unicorn' };
const appLines: [Labels, number, string][] = [
  [
    requester,
    10,
    'traceID=3f9a1c0e7b2d4a6f8e1c2b3a4d5e6f70 http.method=GET endpoint=owlbear loggedtime=2025-04-06T10:15:30.123Z status=SUCCESS',
  ],
  [
    requester,
    11,
    'traceID=3f9a1c0e7b2d4a6f8e1c2b3a4d5e6f70 http.method=DELETE endpoint=owlbear loggedtime=2025-04-06T10:15:30.161Z status=SUCCESS',
  ],
  [
    requester,
    12,
    'traceID=3f9a1c0e7b2d4a6f8e1c2b3a4d5e6f70 http.method=GET endpoint=owlbear duration=52ms loggedtime=2025-04-06T10:15:30.175Z',
  ],
  [
    requesterError,
    13,
    'traceID=a0b1c2d3e4f5061728394a5b6c7d8e9f http.method=POST endpoint=unicorn name=crimson_dorothea_koala loggedtime=2025-04-06T10:15:31.004Z status=FAILURE',
  ],
];

describe('log queries', () => {
  const store = storeWith([...alloyLines, ...appLines]);

  it('selects streams by label, newest first, with service_name added by Loki', () => {
    const result = streams(queryLoki(store, '{service="alloy"}', range));
    expect(result).toHaveLength(1);
    expect(result[0]?.labels).toEqual({ ...alloy, service_name: 'alloy' });
    expect(result[0]?.entries.map((entry) => entry.timestamp)).toEqual([4 * S, 3 * S, 2 * S, 1 * S]);
  });

  it('matches labels with =, !=, =~ and !~', () => {
    const count = (query: string) => lines(queryLoki(store, query, range)).length;
    expect(count('{service_name="mythical-requester", level="error"}')).toBe(1);
    expect(count('{service_name="mythical-requester", level!="error"}')).toBe(3);
    expect(count('{service_name=~"mythical-.*"}')).toBe(4);
    expect(count('{service_name=~"alloy|mythical-requester", beast!~"owl.*"}')).toBe(5);
  });

  it('keeps the newest lines up to the limit, or the oldest going forward', () => {
    expect(lines(queryLoki(store, '{service="alloy"}', { ...range, limit: 2 }))).toEqual([
      alloyLines[3]?.[2],
      alloyLines[2]?.[2],
    ]);
    const forward = streams(
      queryLoki(store, '{service="alloy"}', { ...range, limit: 2, direction: 'forward' }),
    );
    expect(forward[0]?.entries.map((entry) => entry.timestamp)).toEqual([1 * S, 2 * S]);
  });

  it('includes the start of the range and excludes its end', () => {
    expect(lines(queryLoki(store, '{service="alloy"}', { start: 2 * S, end: 4 * S, step: S }))).toHaveLength(
      2,
    );
  });

  it('filters lines by substring and regular expression, kept or dropped', () => {
    expect(lines(queryLoki(store, '{service="alloy"} |= "level=debug"', range))).toHaveLength(2);
    expect(lines(queryLoki(store, '{service="alloy"} != "level=debug"', range))).toHaveLength(2);
    expect(lines(queryLoki(store, '{service="alloy"} |~ "duration=[0-9.]+µs"', range))).toHaveLength(2);
    expect(lines(queryLoki(store, '{service="alloy"} !~ "(?i)WAL|SLOW"', range))).toHaveLength(2);
    expect(lines(queryLoki(store, '{service="alloy"} |= "WAL" or "slow"', range))).toHaveLength(2);
    expect(lines(queryLoki(store, '{service="alloy"} |= "finished" |= `loki.write`', range))).toEqual([
      alloyLines[2]?.[2],
    ]);
  });
});

describe('logfmt', () => {
  const store = storeWith([...alloyLines, ...appLines]);

  it('extracts every pair, sanitizing names and suffixing clashes with stream labels', () => {
    const result = streams(
      queryLoki(store, '{service_name="mythical-requester", level="error"} | logfmt', range),
    );
    expect(result[0]?.labels).toEqual({
      ...requesterError,
      traceID: 'a0b1c2d3e4f5061728394a5b6c7d8e9f',
      http_method: 'POST',
      endpoint: 'unicorn',
      name: 'crimson_dorothea_koala',
      loggedtime: '2025-04-06T10:15:31.004Z',
      status: 'FAILURE',
    });
    const alloyStream = streams(queryLoki(store, '{service="alloy"} |= "WAL" | logfmt', range))[0];
    expect(alloyStream?.labels).toMatchObject({
      level: 'info',
      msg: 'Done replaying WAL',
      component_id: 'prometheus.remote_write.mimir',
    });
    const clash = streams(
      queryLoki(
        store,
        '{service_name="mythical-requester", level="error"} | logfmt | line_format "{{.level}}/{{.level_extracted}}"',
        range,
      ),
    );
    expect(clash[0]?.entries[0]?.line).toBe('error/');
  });

  it('skips malformed pairs and standalone keys unless asked, and flags errors with --strict', () => {
    const odd = storeWith([[{ app: 'x' }, 1, 'a=1 b="unterminated c=3']]);
    const loose = storeWith([[{ app: 'x' }, 1, 'a=1 flag b==2 c=3']]);
    expect(streams(queryLoki(loose, '{app="x"} | logfmt', range))[0]?.labels).toEqual({
      app: 'x',
      service_name: 'x',
      a: '1',
      c: '3',
    });
    expect(streams(queryLoki(loose, '{app="x"} | logfmt --keep-empty', range))[0]?.labels).toMatchObject({
      a: '1',
      c: '3',
    });
    const strict = streams(queryLoki(loose, '{app="x"} | logfmt --strict', range))[0]?.labels;
    expect(strict?.__error__).toBe('LogfmtParserErr');
    expect(strict?.a).toBe('1');
    expect(strict?.c).toBeUndefined();
    expect(streams(queryLoki(odd, '{app="x"} | logfmt', range))[0]?.labels.a).toBe('1');
  });

  it('extracts only the listed keys with expressions, under new names', () => {
    const result = streams(
      queryLoki(
        store,
        '{service_name="mythical-requester"} |= "DELETE" | logfmt method="http.method", endpoint',
        range,
      ),
    );
    expect(result[0]?.labels).toEqual({ ...requester, method: 'DELETE', endpoint: 'owlbear' });
  });
});

describe('json', () => {
  const line =
    '{"body":"span=requester dur=52ms","attributes":{"traces":"root","http.status-code":200},"2x":true,"list":[1,2],"none":null}';
  const store = storeWith([
    [{ exporter: 'OTLP' }, 1, line],
    [{ exporter: 'OTLP' }, 2, 'not json'],
  ]);

  it('flattens nested keys with _, sanitizes names and skips arrays and nulls', () => {
    const result = streams(queryLoki(store, '{exporter="OTLP"} |= "body" | json', range));
    expect(result[0]?.labels).toEqual({
      exporter: 'OTLP',
      service_name: 'unknown_service',
      body: 'span=requester dur=52ms',
      attributes_traces: 'root',
      attributes_http_status_code: '200',
      _2x: 'true',
    });
  });

  it('extracts paths given as expressions', () => {
    const result = streams(
      queryLoki(
        store,
        '{exporter="OTLP"} |= "body" | json kind="attributes.traces", first="list[0]", whole="attributes"',
        range,
      ),
    );
    expect(result[0]?.labels).toMatchObject({
      kind: 'root',
      first: '1',
      whole: '{"traces":"root","http.status-code":200}',
    });
  });

  it('marks lines that are not JSON with __error__, which a label filter can drop', () => {
    const all = streams(queryLoki(store, '{exporter="OTLP"} | json', range));
    expect(all.find((stream) => stream.labels.__error__)?.labels.__error__).toBe('JSONParserErr');
    expect(lines(queryLoki(store, '{exporter="OTLP"} | json | __error__=""', range))).toEqual([line]);
  });
});

describe('label filters and formatting', () => {
  const store = storeWith([
    [{ app: 'api' }, 1, 'status=200 took=15ms size=2KB path=/a'],
    [{ app: 'api' }, 2, 'status=503 took=1.2s size=512B path=/b'],
    [{ app: 'api' }, 3, 'status=abc took=3ms size=1KiB path=/c'],
    [{ app: 'api' }, 4, 'took=9ms path=/d'],
  ]);
  const paths = (query: string) =>
    streams(queryLoki(store, query, range))
      .flatMap((stream) => stream.entries.map((entry) => ({ ...entry, labels: stream.labels })))
      .sort((a, b) => a.timestamp - b.timestamp)
      .map((entry) => entry.labels.path ?? entry.line);

  it('compares numbers, durations and sizes', () => {
    expect(paths('{app="api"} | logfmt | status >= 500')).toEqual(['/b', '/c']);
    expect(paths('{app="api"} | logfmt | took > 10ms')).toEqual(['/a', '/b']);
    expect(paths('{app="api"} | logfmt | size <= 1KB')).toEqual(['/b']);
  });

  it('marks values that do not convert with LabelFilterErr and drops missing labels', () => {
    const result = streams(queryLoki(store, '{app="api"} | logfmt | status >= 500', range));
    expect(result.find((stream) => stream.labels.path === '/c')?.labels.__error__).toBe('LabelFilterErr');
    expect(paths('{app="api"} | logfmt | status >= 500 | __error__=""')).toEqual(['/b']);
  });

  it('combines filters with and, or, commas and parentheses, and matches strings', () => {
    expect(paths('{app="api"} | logfmt | path="/a" or path=~"/[cd]"')).toEqual(['/a', '/c', '/d']);
    expect(paths('{app="api"} | logfmt | took < 20ms, path!="/c"')).toEqual(['/a', '/d']);
    expect(paths('{app="api"} | logfmt | (path="/a" or path="/b") and took > 1s')).toEqual(['/b']);
    expect(paths('{app="api"} | logfmt | status=""')).toEqual(['/d']);
  });

  it('rewrites lines with line_format and labels with label_format, drop and keep', () => {
    expect(
      paths(
        '{app="api"} | logfmt | status="200" | line_format "{{.path}} took {{ .took }}{{.missing}}" | drop path',
      ),
    ).toEqual(['/a took 15ms']);
    const renamed = streams(
      queryLoki(
        store,
        '{app="api"} | logfmt | path="/d" | label_format route=path, copy="{{.app}}:{{.took}}"',
        range,
      ),
    );
    expect(renamed[0]?.labels).toEqual({
      app: 'api',
      service_name: 'api',
      route: '/d',
      took: '9ms',
      copy: 'api:9ms',
    });
    const kept = streams(queryLoki(store, '{app="api"} | logfmt | path="/d" | keep app, took', range));
    expect(kept[0]?.labels).toEqual({ app: 'api', took: '9ms' });
  });

  it('strips ANSI colour codes with decolorize', () => {
    const colourful = storeWith([[{ app: 'tty' }, 1, '\u001b[31mred\u001b[0m text']]);
    expect(lines(queryLoki(colourful, '{app="tty"} | decolorize', range))).toEqual(['red text']);
  });

  it('extracts named groups with regexp', () => {
    const result = streams(
      queryLoki(store, '{app="api"} | regexp "path=(?P<route>/\\\\w+)" | route="/b"', range),
    );
    expect(result[0]?.labels.route).toBe('/b');
  });
});

describe('metric queries', () => {
  const store = storeWith([...alloyLines, ...appLines]);

  it('counts lines in the left-open window (t − range, t]', () => {
    const result = queryLoki(store, 'count_over_time({service="alloy"}[2s])', { time: 3 * S });
    expect(result.kind === 'vector' && result.data).toEqual([
      { labels: { ...alloy, service_name: 'alloy' }, timestamp: 3 * S, value: 2 },
    ]);
  });

  it('computes rate as lines per second over the range, and bytes_over_time in UTF-8 bytes', () => {
    const rate = queryLoki(store, 'rate({service="alloy"}[4s])', { time: 4 * S });
    expect(rate.kind === 'vector' && rate.data[0]?.value).toBe(1);
    const bytes = queryLoki(store, 'bytes_over_time({service="alloy"} |= "WAL" [10s])', { time: 10 * S });
    expect(bytes.kind === 'vector' && bytes.data[0]?.value).toBe(alloyLines[1]?.[2].length);
    const micro = queryLoki(store, 'bytes_over_time({service="alloy"} |= "loki.write" [10s])', {
      time: 10 * S,
    });
    expect(micro.kind === 'vector' && micro.data[0]?.value).toBe((alloyLines[2]?.[2].length ?? 0) + 1);
  });

  it('sums rates by a parsed label over a range of steps', () => {
    const result = queryLoki(
      store,
      'sum by (level) (count_over_time({service="alloy"} | logfmt | level!="" [2s]))',
      {
        start: 2 * S,
        end: 4 * S,
        step: 2 * S,
      },
    );
    expect(result).toEqual({
      kind: 'matrix',
      data: [
        // (0s, 2s] holds lines 1 (debug) and 2 (info); (2s, 4s] lines 3 (debug) and 4 (warn).
        {
          labels: { level: 'debug' },
          points: [
            { timestamp: 2 * S, value: 1 },
            { timestamp: 4 * S, value: 1 },
          ],
        },
        { labels: { level: 'info' }, points: [{ timestamp: 2 * S, value: 1 }] },
        { labels: { level: 'warn' }, points: [{ timestamp: 4 * S, value: 1 }] },
      ],
      diagnostics: [],
    });
  });

  it('aggregates unwrapped values, dropping the unwrapped label', () => {
    const durations = queryLoki(
      store,
      'sum_over_time({service="alloy"} | logfmt | unwrap duration(duration) [10s]) by (service)',
      { time: 10 * S },
    );
    expect(durations.kind === 'vector' && durations.data[0]).toMatchObject({ labels: { service: 'alloy' } });
    expect(durations.kind === 'vector' && durations.data[0]?.value).toBeCloseTo(0.0000412 + 0.000012 + 1.5);
  });

  it('groups while extracting under sum, with the same result as per-line series', () => {
    const query = (op: string) => `${op} by (level) (count_over_time({service="alloy"} | logfmt [10s]))`;
    const values = (result: LokiQueryResult) =>
      result.kind === 'vector' ? result.data.map((sample) => [sample.labels.level, sample.value]) : [];
    expect(values(queryLoki(store, query('sum'), { time: 10 * S }))).toEqual([
      ['debug', 2],
      ['info', 1],
      ['warn', 1],
    ]);
    // max over one series per line (each has its own ts) is 1 per level.
    expect(values(queryLoki(store, query('max'), { time: 10 * S }))).toEqual([
      ['debug', 1],
      ['info', 1],
      ['warn', 1],
    ]);
  });

  it('reports unwrapped values that do not convert, even under grouping', () => {
    const result = queryLoki(
      store,
      'sum_over_time({service="alloy"} | logfmt | unwrap msg [10s]) by (service)',
      { time: 10 * S },
    );
    expect(result.diagnostics[0]?.message).toContain("pipeline error: 'SampleExtractionErr'");
  });

  it('refuses to aggregate samples carrying a pipeline error', () => {
    const result = queryLoki(store, 'count_over_time({service="alloy"} | json [10s])', { time: 10 * S });
    expect(result.diagnostics[0]?.message).toContain("pipeline error: 'JSONParserErr'");
    expect(result.data).toEqual([]);
  });

  it('applies binary operators with precedence', () => {
    const scalar = queryLoki(store, '1 + 2 * 3 ^ 2 - 4', { time: 0 });
    expect(scalar.kind === 'scalar' && scalar.data[0]?.value).toBe(15);
    const ratio = queryLoki(
      store,
      'sum(count_over_time({level="error"}[1m])) / sum(count_over_time({service_name="mythical-requester"}[1m])) * 100',
      { time: 20 * S },
    );
    expect(ratio.kind === 'vector' && ratio.data[0]?.value).toBe(25);
    const grouped = queryLoki(store, '(1 + 1) * sum(count_over_time({service="alloy"}[1m]))', {
      time: 20 * S,
    });
    expect(grouped.kind === 'vector' && grouped.data[0]?.value).toBe(8);
  });

  it('substitutes $__auto with the step of a range query', () => {
    const result = queryLoki(store, 'sum(count_over_time({service="alloy"}[$__auto]))', {
      start: 2 * S,
      end: 4 * S,
      step: 2 * S,
    });
    expect(result.kind === 'matrix' && result.data[0]?.points.map((point) => point.value)).toEqual([2, 2]);
  });
});

describe('diagnostics', () => {
  const store = new LokiStore();

  it('gives the position of a syntax error', () => {
    const result = queryLoki(store, '{service="alloy"} |= ', range);
    expect(result.diagnostics[0]?.code).toBe('syntax');
    expect(result.diagnostics[0]?.range.start.offset).toBe(21);
  });

  it('names unsupported stages with their range', () => {
    const result = queryLoki(store, '{app="x"} | pattern "<_> <status>"', range);
    expect(result.diagnostics[0]).toMatchObject({
      code: 'unsupported',
      message: 'the pattern parser is not supported',
    });
    expect(result.diagnostics[0]?.range.start.offset).toBe(12);
    expect(queryLoki(store, '{app="x"} | line_format "{{ .a | ToUpper }}"', range).diagnostics[0]?.code).toBe(
      'unsupported',
    );
  });

  it('rejects selectors that only match empty values, log queries at an instant, and bad regular expressions', () => {
    expect(queryLoki(store, '{app=~".*"}', range).diagnostics[0]?.message).toContain(
      'at least one regexp or equality matcher',
    );
    const instant = queryLoki(store, '{app="x"}', { time: 0 });
    expect(instant.kind).toBe('streams');
    expect(instant.diagnostics[0]?.message).toContain('not supported as an instant query');
    expect(queryLoki(store, '{app="x"} |~ "("', range).diagnostics[0]?.code).toBe('regex');
  });
});
