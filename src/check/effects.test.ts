import { describe, expect, it } from 'vitest';
import { hashmod } from '../sim/relabel';
import type { LogEntry } from '../sim/model';
import { parse } from '../syntax';
import { componentViews } from './components';
import { logEffect, metricEffect } from './effects';
import { ValueReader } from './values';

/** The first component of an Alloy text, with the reader the checks use on it. */
function component(source: string) {
  const file = parse(source).ast;
  const view = componentViews(file)[0];
  if (!view) throw new Error('no component');
  return { view, reader: new ValueReader(file) };
}

function logsThrough(source: string, line: string, labels: Record<string, string> = {}) {
  const { view, reader } = component(source);
  const entry: LogEntry = { labels, line, timestamp: Date.parse('2025-04-06T10:15:30.456Z') };
  return logEffect(view, entry, reader);
}

function metricsThrough(source: string, labels: Record<string, string>) {
  const { view, reader } = component(source);
  return metricEffect(view, labels, reader);
}

const postgres = {
  __name__: 'pg_up',
  job: 'integrations/postgres',
  instance: 'postgresql://mythical-database:5432/postgres',
};

describe('relabel rules on a sample', () => {
  it('follow every action the simulator knows, hashmod included', () => {
    const outcome = metricsThrough(
      `prometheus.relabel "pg" {
        rule {
          target_label = "group"
          replacement  = "infrastructure"
        }
        rule {
          action        = "hashmod"
          source_labels = ["job"]
          modulus       = 4
          target_label  = "shard"
        }
        forward_to = []
      }`,
      postgres,
    );
    expect(outcome).toEqual({
      sample: { ...postgres, group: 'infrastructure', shard: String(hashmod('integrations/postgres', 4)) },
      unsure: [],
    });
  });

  it('skip a rule that cannot be followed, say why, and apply the others', () => {
    const outcome = metricsThrough(
      `prometheus.relabel "pg" {
        rule {
          target_label = "service"
          replacement  = sys.env("SERVICE")
        }
        rule {
          action       = "hashmod"
          target_label = "shard"
        }
        rule {
          target_label = "group"
          replacement  = "infrastructure"
        }
        forward_to = []
      }`,
      postgres,
    );
    expect(outcome.sample).toEqual({ ...postgres, group: 'infrastructure' });
    expect(outcome.unsure).toEqual([
      'rule 1: replacement is only known when Alloy runs',
      'rule 2: relabel configuration for hashmod requires non-zero modulus',
    ]);
  });

  it('drop a sample a rule drops, and log entries left without labels', () => {
    const drop = metricsThrough(
      `prometheus.relabel "pg" {
        rule {
          action        = "drop"
          source_labels = ["__name__"]
          regex         = "pg_.*"
        }
        forward_to = []
      }`,
      postgres,
    );
    expect(drop.sample).toBeNull();
    const emptied = logsThrough(
      `loki.relabel "logs" {
        rule {
          action = "labeldrop"
          regex  = ".*"
        }
        forward_to = []
      }`,
      'level=info',
      { component: 'alloy' },
    );
    expect(emptied.sample).toBeNull();
  });
});

describe('loki.process on a sample entry', () => {
  const spanlog =
    '{"body":"span=\\"GET /metrics\\" dur=3120554ns http.method=GET http.target=/metrics http.status_code=200 svc=mythical-server tid=9c8b","attributes":{"traces":"root"}}';

  it('unwraps a spanlog and promotes its attributes to labels', () => {
    const outcome = logsThrough(
      `loki.process "spans" {
        stage.json {
          expressions = {body = ""}
        }
        stage.output {
          source = "body"
        }
        stage.logfmt {
          mapping = {method = "http.method", status = "http.status_code", target = "http.target"}
        }
        stage.labels {
          values = {method = "", status = "", target = ""}
        }
        forward_to = []
      }`,
      spanlog,
      { exporter: 'OTLP' },
    );
    expect(outcome.unsure).toEqual([]);
    expect(outcome.sample?.line).toBe(
      'span="GET /metrics" dur=3120554ns http.method=GET http.target=/metrics http.status_code=200 svc=mythical-server tid=9c8b',
    );
    expect(outcome.sample?.labels).toEqual({
      exporter: 'OTLP',
      method: 'GET',
      status: '200',
      target: '/metrics',
    });
  });

  it('sets the time from the line, as Unix time', () => {
    const outcome = logsThrough(
      `loki.process "times" {
        stage.regex {
          expression = "^.*?loggedtime=(?P<loggedtime>\\\\S+)"
        }
        stage.timestamp {
          source = "loggedtime"
          format = "2006-01-02T15:04:05.000Z07:00"
        }
        forward_to = []
      }`,
      'traceID=3f http.method=GET endpoint=owlbear loggedtime=2025-04-06T09:35:30.123Z status=SUCCESS',
    );
    expect(outcome.sample?.timestamp).toBe(Date.parse('2025-04-06T09:35:30.123Z'));
  });

  it('drops what a match selector picks', () => {
    const source = `loki.process "debug" {
      stage.match {
        selector = "{service=\\"alloy\\"} |= \\"level=debug\\""
        action   = "drop"
      }
      forward_to = []
    }`;
    expect(logsThrough(source, 'level=debug', { service: 'alloy' }).sample).toBeNull();
    expect(logsThrough(source, 'level=info', { service: 'alloy' }).sample).not.toBeNull();
  });

  it('lets an entry through stages it cannot follow, says so, and runs the others', () => {
    const outcome = logsThrough(
      `loki.process "mixed" {
        stage.multiline {
          firstline = "^x"
        }
        stage.static_labels {
          values = {picked = "yes"}
        }
        stage.drop {
          expression = sys.env("PATTERN")
        }
        forward_to = []
      }`,
      'line',
    );
    expect(outcome.sample).toMatchObject({ line: 'line', labels: { picked: 'yes' } });
    expect(outcome.unsure).toEqual([
      'stage.multiline is not simulated',
      '`stage.drop`: expression is only known when Alloy runs',
    ]);
  });
});

describe('other log components on a sample entry', () => {
  it('loki.secretfilter redacts Grafana Cloud tokens', () => {
    const token = `glc_${'A1b2'.repeat(10)}=`;
    const outcome = logsThrough(
      'loki.secretfilter "tokens" {\n  forward_to = []\n}',
      `endpoint=owlbear token=${token} status=SUCCESS`,
    );
    expect(outcome.sample?.line).toBe(
      'endpoint=owlbear token=<REDACTED-SECRET:grafana-cloud-api-token> status=SUCCESS',
    );
    const hashed = logsThrough(
      'loki.secretfilter "tokens" {\n  redact_with = "$SECRET_HASH"\n  forward_to = []\n}',
      `token=${token}`,
    );
    expect(hashed).toEqual({
      sample: expect.objectContaining({ line: `token=${token}` }),
      unsure: ['$SECRET_HASH is not simulated'],
    });
  });

  it('loki.source.api adds its labels over the pushed ones', () => {
    const outcome = logsThrough(
      'loki.source.api "push" {\n  labels = {service = "mythical"}\n  forward_to = []\n}',
      'x',
      { service: 'pushed', level: 'info' },
    );
    expect(outcome).toEqual({
      sample: expect.objectContaining({ labels: { service: 'mythical', level: 'info' } }),
      unsure: [],
    });
  });
});
