import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../model';
import type { Network } from '../network';
import { buildComponent } from '../testing';
import { logging } from './logging';
import { lokiRelabel } from './relabelling';
import { lokiSecretfilter } from './loki-secretfilter';
import { lokiSourceApi } from './loki-source-api';
import { lokiWrite } from './loki-write';

const entry = (labels: Record<string, string>, line = 'x', timestamp = 100): LogEntry => ({
  labels,
  line,
  timestamp,
});

function forwarded(built: ReturnType<typeof buildComponent>, path = 'forward_to'): LogEntry[] {
  return (built.emitted.get(path) ?? []).flatMap((batch) => (batch.signal === 'logs' ? batch.entries : []));
}

describe('loki.write', () => {
  const withLoki = (network: Network) =>
    network.route('loki', 3100, '/loki/api/v1/push', { kind: 'loki-push' });

  it('adds external labels (they win) and pushes once batch_wait has passed', () => {
    const built = buildComponent(
      lokiWrite,
      'loki.write "w" {\n endpoint { url = "http://loki:3100/loki/api/v1/push" }\n external_labels = { service = "alloy", env = "demo" }\n}',
      withLoki,
    );
    built.instance.receive?.({ signal: 'logs', entries: [entry({ service: 'other', level: 'info' })] }, 100);
    built.instance.tick?.(500);
    expect(built.backends.loki.streamCount).toBe(0);
    built.instance.tick?.(1100);
    expect(built.backends.loki.select([]).map((stream) => stream.labels)).toEqual([
      { env: 'demo', level: 'info', service: 'alloy', service_name: 'alloy' },
    ]);
  });

  it('retries a refused connection with backoff, then gives up, logging as the Loki client does', () => {
    const built = buildComponent(
      lokiWrite,
      'loki.write "w" {\n endpoint { url = "http://loki:3101/loki/api/v1/push" }\n}',
    );
    built.instance.receive?.({ signal: 'logs', entries: [entry({ a: 'b' })] }, 0);
    for (let time = 1000; time <= 700_000; time += 500) built.instance.tick?.(time);
    const lines = built.log.lines().map((line) => line.line);
    const retries = lines.filter((line) => line.includes('msg="error sending batch, will retry"'));
    expect(retries).toHaveLength(10);
    expect(retries[0]).toContain(
      'component=client host=loki:3101 status=-1 tenant= error="Post \\"http://loki:3101/loki/api/v1/push\\": dial tcp 172.18.0.5:3101: connect: connection refused"',
    );
    expect(lines.filter((line) => line.includes('level=error msg="final error sending batch"'))).toHaveLength(
      1,
    );
  });
});

describe('loki.source.api', () => {
  it('listens on its port; labels win over pushed ones, relabel rules apply, __ labels go, receive time stamps', () => {
    const source = `loki.source.api "mythical" {
      http {
        listen_address = "0.0.0.0"
        listen_port = 3100
      }
      labels = { service = "mythical" }
      relabel_rules = loki.relabel.rules.rules
      forward_to = []
    }
    loki.relabel "rules" {
      rule {
        source_labels = ["level"]
        regex = "debug"
        action = "drop"
      }
      forward_to = []
    }`;
    const rules = buildComponent(lokiRelabel, source.slice(source.indexOf('loki.relabel "rules"'))).instance;
    const built = buildComponent(lokiSourceApi, source, undefined, { 'loki.relabel.rules': rules });
    const route = built.network.connect('alloy', 3100);
    expect(route.ok).toBe(true);
    const handler = route.ok ? route.routes.get('/loki/api/v1/push') : undefined;
    if (handler?.kind !== 'receive-logs') throw new Error('not listening');
    handler.accept(
      [
        entry({ service: 'x', level: 'info', __internal: 'y' }, 'a', 1000),
        entry({ level: 'debug' }, 'b', 1000),
      ],
      1000,
    );
    expect(forwarded(built)).toEqual([
      { labels: { service: 'mythical', level: 'info' }, line: 'a', timestamp: 1002 },
    ]);
  });

  it('listens on 8080 unless told otherwise, so the services pushing to 3100 get nowhere', () => {
    const built = buildComponent(lokiSourceApi, 'loki.source.api "x" { forward_to = [] }');
    expect(built.network.connect('alloy', 3100).ok).toBe(false);
    expect(built.network.connect('alloy', 8080).ok).toBe(true);
  });
});

describe('loki.secretfilter', () => {
  it('redacts the fake Grafana Cloud tokens with the 1.8 default (Mission 4)', () => {
    const built = buildComponent(lokiSecretfilter, 'loki.secretfilter "mission_4" { forward_to = [] }');
    const token = `glc_TESTDATAONLYDONOTUSEFORREALOPERATIONS9876543210${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.repeat(3)}=`;
    built.instance.receive?.(
      {
        signal: 'logs',
        entries: [
          entry({ a: 'b' }, `traceID=ab http.method=GET endpoint=owlbear token=${token} status=SUCCESS`),
        ],
      },
      0,
    );
    expect(forwarded(built)[0]?.line).toBe(
      'traceID=ab http.method=GET endpoint=owlbear token=<REDACTED-SECRET:grafana-cloud-api-token> status=SUCCESS',
    );
  });
});

describe('loki.relabel', () => {
  it('drops entries left without labels', () => {
    const built = buildComponent(
      lokiRelabel,
      'loki.relabel "r" {\n rule {\n action = "labeldrop"\n regex = ".*"\n }\n forward_to = []\n}',
    );
    built.instance.receive?.({ signal: 'logs', entries: [entry({ a: 'b' })] }, 0);
    expect(forwarded(built)).toEqual([]);
  });
});

describe('logging', () => {
  it('writes lines at or above its level to write_to, labelled component="alloy", in the chosen format', () => {
    const built = buildComponent(
      logging,
      'logging {\n level = "warn"\n format = "json"\n write_to = [loki.relabel.x.receiver]\n}\nloki.relabel "x" { forward_to = [] }',
    );
    built.log.write(10, 'info', 'not written');
    built.log.write(11, 'warn', 'written', [['component_id', 'loki.write.w']]);
    built.instance.tick?.(500);
    const [written, ...rest] = forwarded(built, 'write_to');
    expect(rest).toEqual([]);
    expect(written?.labels).toEqual({ component: 'alloy' });
    expect(JSON.parse(written?.line ?? '{}')).toMatchObject({
      level: 'warn',
      msg: 'written',
      component_id: 'loki.write.w',
    });
  });

  it('rejects an unknown level', () => {
    expect(() => buildComponent(logging, 'logging { level = "verbose" }')).toThrow(
      'unrecognized log level "verbose"',
    );
  });
});
