import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../clock';
import type { LogEntry } from '../model';
import { bodyOf } from '../testing';
import { buildStages, type Extracted, type WorkingEntry } from './index';

const clock = new VirtualClock(Date.UTC(2025, 3, 6, 10, 15, 0));

/** Runs `loki.process` stages written in Alloy on an entry; null when dropped. */
function process(
  stages: string,
  entry: Partial<LogEntry> & { line: string },
): (Omit<WorkingEntry, 'labels'> & { labels: Record<string, string> }) | null {
  const body = bodyOf(`loki.process "t" {\n${stages}\n}`);
  const labels = new Map(Object.entries(entry.labels ?? {}));
  const working: WorkingEntry = {
    labels,
    line: entry.line,
    timestamp: entry.timestamp ?? 1000,
    structuredMetadata: undefined,
    extracted: new Map<string, Extracted>(labels),
  };
  for (const stage of buildStages(body.blocks, { clock })) if (stage(working) !== null) return null;
  return { ...working, labels: Object.fromEntries(working.labels) };
}

const SPANLOG =
  '{"body":"span=requester dur=52318744ns status=Ok http.method=GET http.target=/owlbear svc=mythical-requester tid=3f9a1c0e7b2d4a6f8e1c2b3a4d5e6f70","attributes":{"traces":"root"}}';

describe('loki.process stages', () => {
  it('runs the workshop spanlogs pipeline: json, output, logfmt, labels', () => {
    const result = process(
      `stage.json { expressions = {"body" = ""} }
       stage.output { source = "body" }
       stage.logfmt { mapping = { "http_method_extracted" = "http.method", "http_status_code_extracted" = "http.status_code", "http_target_extracted" = "http.target" } }
       stage.labels { values = { method = "http_method_extracted", status = "http_status_code_extracted", target = "http_target_extracted" } }`,
      { line: SPANLOG, labels: { exporter: 'OTLP' } },
    );
    expect(result?.line).toBe(
      'span=requester dur=52318744ns status=Ok http.method=GET http.target=/owlbear svc=mythical-requester tid=3f9a1c0e7b2d4a6f8e1c2b3a4d5e6f70',
    );
    // No http.status_code on the requester's root: no status label, not an empty one.
    expect(result?.labels).toEqual({ exporter: 'OTLP', method: 'GET', target: '/owlbear' });
  });

  it('json keeps non-JSON lines unless drop_malformed, and reads quoted and nested paths', () => {
    expect(process('stage.json { expressions = { a = "" } }', { line: 'not json' })?.line).toBe('not json');
    expect(
      process('stage.json {\n expressions = { a = "" }\n drop_malformed = true\n}', { line: 'not json' }),
    ).toBeNull();
    const result = process(
      'stage.json { expressions = { m = "\\"http.method\\"", n = "outer.inner", o = "outer", p = "nope.x" } }',
      {
        line: '{"http.method":"GET","outer":{"inner":3}}',
      },
    );
    expect(result?.extracted.get('m')).toBe('GET');
    expect(result?.extracted.get('n')).toBe(3);
    expect(result?.extracted.get('o')).toBe('{"inner":3}');
    // A path that finds nothing extracts null, as Alloy stores Go's nil.
    expect(result?.extracted.has('p')).toBe(true);
    expect(result?.extracted.get('p')).toBeNull();
  });

  it('regex extracts named groups; static_labels, label_drop and label_keep edit labels', () => {
    const result = process(
      `stage.regex { expression = "^.*?loggedtime=(?P<loggedtime>\\\\S+)" }
       stage.static_labels { values = { service = "mythical" } }
       stage.label_drop { values = ["namespace"] }`,
      {
        line: 'traceID=ab http.method=GET endpoint=owlbear loggedtime=2025-04-06T10:15:30.123Z status=SUCCESS',
        labels: { namespace: 'production', level: 'info' },
      },
    );
    expect(result?.extracted.get('loggedtime')).toBe('2025-04-06T10:15:30.123Z');
    expect(result?.labels).toEqual({ level: 'info', service: 'mythical' });
    expect(
      process('stage.label_keep { values = ["level"] }', { line: 'x', labels: { level: 'info', job: 'j' } })
        ?.labels,
    ).toEqual({
      level: 'info',
    });
  });

  it('timestamp parses Go layouts and named formats, and fudges after a failure', () => {
    const parsed = process(
      `stage.logfmt { mapping = { loggedtime = "" } }
       stage.timestamp {
         source = "loggedtime"
         format = "2006-01-02T15:04:05.000Z07:00"
       }`,
      { line: 'a=b loggedtime=2025-04-06T09:35:30.123Z' },
    );
    expect(clock.toUnix(parsed?.timestamp ?? 0)).toBe(Date.UTC(2025, 3, 6, 9, 35, 30, 123));
    const named = process(
      'stage.logfmt { mapping = { t = "" } }\nstage.timestamp {\n source = "t"\n format = "RFC3339"\n}',
      {
        line: 't=2025-04-06T10:15:31Z',
      },
    );
    expect(clock.toUnix(named?.timestamp ?? 0)).toBe(Date.UTC(2025, 3, 6, 10, 15, 31));
    const missing = process('stage.timestamp {\n source = "t"\n format = "RFC3339"\n}', {
      line: 'no time',
      timestamp: 42,
    });
    expect(missing?.timestamp).toBe(42);
  });

  it('drop: by expression, by source and value, all conditions together', () => {
    const duration =
      'traceID=ab http.method=GET endpoint=owlbear duration=52ms loggedtime=2025-04-06T10:15:30.175Z';
    expect(process('stage.drop { expression = "duration=\\\\d+ms" }', { line: duration })).toBeNull();
    expect(process('stage.drop { expression = "duration=\\\\d+ms" }', { line: 'status=SUCCESS' })?.line).toBe(
      'status=SUCCESS',
    );
    const debug = 'ts=2025-04-06T10:15:32.418Z level=debug msg="finished node evaluation"';
    const dropDebug =
      'stage.logfmt { mapping = { level = "" } }\nstage.drop {\n source = "level"\n value = "debug"\n}';
    expect(process(dropDebug, { line: debug })).toBeNull();
    expect(process(dropDebug, { line: debug.replace('debug', 'info') })).not.toBeNull();
    // A source that was never extracted drops nothing.
    expect(process('stage.drop {\n source = "missing"\n value = "x"\n}', { line: 'x' })).not.toBeNull();
  });

  it('match runs nested stages on matching entries only, or drops them', () => {
    const keep = `stage.match {
      selector = "{service_name=\\"mythical-server\\"} |= \\"status=FAILURE\\""
      stage.static_labels { values = { alert = "true" } }
    }`;
    expect(
      process(keep, { line: 'status=FAILURE', labels: { service_name: 'mythical-server' } })?.labels.alert,
    ).toBe('true');
    expect(
      process(keep, { line: 'status=SUCCESS', labels: { service_name: 'mythical-server' } })?.labels.alert,
    ).toBeUndefined();
    const drop =
      'stage.match {\n selector = "{service=\\"alloy\\"} |= \\"level=debug\\""\n action = "drop"\n}';
    expect(process(drop, { line: 'level=debug msg=x', labels: { service: 'alloy' } })).toBeNull();
    expect(() => process('stage.match {\n selector = "{a=\\"b\\"}"\n}', { line: 'x' })).toThrow(
      'requires at least one additional stage',
    );
  });

  it('replace rewrites capture groups; template renders into the extracted map', () => {
    const token = 'traceID=ab http.method=GET endpoint=owlbear token=glc_ABCDEF123= status=SUCCESS';
    const replaced = process(
      'stage.replace {\n expression = "token=(glc_\\\\S+)"\n replace = "REDACTED"\n}',
      { line: token },
    );
    expect(replaced?.line).toBe('traceID=ab http.method=GET endpoint=owlbear token=REDACTED status=SUCCESS');
    const redact = (replace: string) =>
      process(
        `stage.replace {\n expression = "token=(glc_\\\\S+)"\n replace = ${JSON.stringify(replace)}\n}`,
        {
          line: token,
        },
      )?.line;
    expect(redact('')).toBe('traceID=ab http.method=GET endpoint=owlbear token= status=SUCCESS');
    expect(redact('<{{ .Value }}>')).toBe(
      'traceID=ab http.method=GET endpoint=owlbear token=<glc_ABCDEF123=> status=SUCCESS',
    );
    // Only capture groups are replaced: an expression without one changes nothing.
    expect(
      process('stage.replace {\n expression = "token=glc_\\\\S+"\n replace = "x"\n}', { line: token })?.line,
    ).toBe(token);
    const templated = process(
      'stage.logfmt { mapping = { level = "" } }\nstage.template {\n source = "level"\n template = "{{ ToUpper .Value }}"\n}\nstage.labels { values = { level = "" } }',
      { line: 'level=warn' },
    );
    expect(templated?.labels.level).toBe('WARN');
  });

  it('structured_metadata takes extracted values without making them labels', () => {
    const result = process(
      'stage.logfmt { mapping = { traceID = "" } }\nstage.structured_metadata { values = { trace_id = "traceID" } }',
      {
        line: 'traceID=abc x=y',
      },
    );
    expect(result?.structuredMetadata).toEqual({ trace_id: 'abc' });
    expect(result?.labels).toEqual({});
  });

  it('reports stages it does not simulate instead of guessing', () => {
    expect(() => process('stage.multiline { firstline = "^x" }', { line: 'x' })).toThrow(
      'stage.multiline is not simulated',
    );
  });
});
