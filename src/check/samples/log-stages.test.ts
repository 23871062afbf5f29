import { describe, expect, it } from 'vitest';
import type { PlainObject } from '../plain';
import { runStages, type LogEntry, type StageBlock } from './log-stages';

function stage(name: string, args: PlainObject, blocks: StageBlock[] = []): StageBlock {
  return { name, args, blocks };
}

function entry(line: string, labels: Record<string, string> = {}): LogEntry {
  return {
    labels: new Map(Object.entries(labels)),
    line,
    timestamp: Date.parse('2025-04-06T10:15:30.456Z'),
    extracted: new Map(),
  };
}

const spanlog =
  '{"body":"span=\\"GET /metrics\\" dur=3120554ns http.method=GET http.target=/metrics http.status_code=200 svc=mythical-server tid=9c8b","attributes":{"traces":"root"}}';

describe('runStages', () => {
  it('unwraps a spanlog and promotes its attributes to labels', () => {
    const { entry: out, unsure } = runStages(
      [
        stage('stage.json', { expressions: { body: '' } }),
        stage('stage.output', { source: 'body' }),
        stage('stage.logfmt', {
          mapping: { method: 'http.method', status: 'http.status_code', target: 'http.target' },
        }),
        stage('stage.labels', { values: { method: '', status: '', target: '' } }),
      ],
      entry(spanlog, { exporter: 'OTLP' }),
    );
    expect(unsure).toEqual([]);
    expect(out?.line).toBe(
      'span="GET /metrics" dur=3120554ns http.method=GET http.target=/metrics http.status_code=200 svc=mythical-server tid=9c8b',
    );
    expect(Object.fromEntries(out?.labels ?? [])).toEqual({
      exporter: 'OTLP',
      method: 'GET',
      status: '200',
      target: '/metrics',
    });
  });

  it('reads nested and quoted JSON paths and stores objects as JSON text', () => {
    const { entry: out } = runStages(
      [
        stage('stage.json', {
          expressions: {
            kind: 'attributes.traces',
            attrs: 'attributes',
            quoted: '"body"',
            missing: 'nope.x',
          },
        }),
      ],
      entry(spanlog),
    );
    expect(out?.extracted.get('kind')).toBe('root');
    expect(out?.extracted.get('attrs')).toBe('{"traces":"root"}');
    expect(out?.extracted.get('quoted')).toMatch(/^span=/);
    expect(out?.extracted.has('missing')).toBe(false);
  });

  it('skips JSON stages on other lines, or drops them when asked', () => {
    expect(runStages([stage('stage.json', { expressions: { a: '' } })], entry('not json')).entry?.line).toBe(
      'not json',
    );
    expect(
      runStages([stage('stage.json', { expressions: { a: '' }, drop_malformed: true })], entry('not json'))
        .entry,
    ).toBeNull();
  });

  it('sets the timestamp from an extracted value, and leaves it when the value is missing', () => {
    const stages = [
      stage('stage.regex', { expression: '^.*?loggedtime=(?P<loggedtime>\\S+)' }),
      stage('stage.timestamp', { source: 'loggedtime', format: '2006-01-02T15:04:05.000Z07:00' }),
    ];
    const requester = runStages(
      stages,
      entry('traceID=3f http.method=GET endpoint=owlbear loggedtime=2025-04-06T09:35:30.123Z status=SUCCESS'),
    );
    expect(requester.entry?.timestamp).toBe(Date.parse('2025-04-06T09:35:30.123Z'));
    const server = runStages(stages, entry('traceID=5e http.method=POST endpoint=manticore status=SUCCESS'));
    expect(server.entry?.timestamp).toBe(Date.parse('2025-04-06T10:15:30.456Z'));
  });

  it('drops by extracted value, by line expression, and only when every condition holds', () => {
    const byLevel = [
      stage('stage.logfmt', { mapping: { level: '' } }),
      stage('stage.drop', { source: 'level', value: 'debug' }),
    ];
    expect(runStages(byLevel, entry('ts=1 level=debug msg=x')).entry).toBeNull();
    expect(runStages(byLevel, entry('ts=1 level=info msg=x')).entry).not.toBeNull();
    expect(
      runStages([stage('stage.drop', { expression: 'duration=\\d+ms' })], entry('a duration=52ms b')).entry,
    ).toBeNull();
    expect(runStages([stage('stage.drop', { source: 'level' })], entry('level=debug')).entry).not.toBeNull();
  });

  it('drops or processes what a match selector picks', () => {
    const labels = { component: 'alloy', service: 'alloy' };
    const drop = [stage('stage.match', { selector: '{service="alloy"} |= "level=debug"', action: 'drop' })];
    expect(runStages(drop, entry('level=debug', labels)).entry).toBeNull();
    expect(runStages(drop, entry('level=info', labels)).entry).not.toBeNull();
    const keep = [
      stage('stage.match', { selector: '{service="alloy"}' }, [
        stage('stage.static_labels', { values: { picked: 'yes' } }),
      ]),
    ];
    expect(runStages(keep, entry('x', labels)).entry?.labels.get('picked')).toBe('yes');
    expect(runStages(keep, entry('x', { service: 'loki' })).entry?.labels.has('picked')).toBe(false);
  });

  it('replaces only what the capture groups matched', () => {
    const line = 'traceID=3f endpoint=owlbear token=glc_ABC123= status=SUCCESS';
    const redact = (replace: string) =>
      runStages([stage('stage.replace', { expression: 'token=(glc_\\S+)', replace })], entry(line)).entry
        ?.line;
    expect(redact('REDACTED')).toBe('traceID=3f endpoint=owlbear token=REDACTED status=SUCCESS');
    expect(redact('')).toBe('traceID=3f endpoint=owlbear token= status=SUCCESS');
    expect(redact('<{{ .Value }}>')).toBe('traceID=3f endpoint=owlbear token=<glc_ABC123=> status=SUCCESS');
    const noGroup = runStages(
      [stage('stage.replace', { expression: 'token=glc_\\S+', replace: 'x' })],
      entry(line),
    ).entry?.line;
    expect(noGroup).toBe(line);
  });

  it('drops and keeps labels by name', () => {
    const labels = { a: '1', b: '2', c: '3' };
    expect([
      ...(runStages(
        [stage('stage.label_drop', { values: ['a'] })],
        entry('x', labels),
      ).entry?.labels.keys() ?? []),
    ]).toEqual(['b', 'c']);
    expect([
      ...(runStages(
        [stage('stage.label_keep', { values: ['a'] })],
        entry('x', labels),
      ).entry?.labels.keys() ?? []),
    ]).toEqual(['a']);
  });

  it('lets an entry through stages it cannot follow, and says so', () => {
    const outcome = runStages(
      [stage('stage.template', { source: 'x', template: '{{ .y }}' })],
      entry('line'),
    );
    expect(outcome.entry?.line).toBe('line');
    expect(outcome.unsure).toEqual(['`stage.template`: this stage is not followed by the checks']);
  });
});
