import { describe, expect, it } from 'vitest';
import type { MetricSample } from '../model';
import { buildComponent } from '../testing';
import { prometheusRemoteWrite } from './prometheus-remote-write';
import { prometheusScrape } from './prometheus-scrape';

function scrape(
  source: string,
  seconds: number,
  page = () => [{ name: 'loki_build_info', labels: { job: 'loki', version: '3.4.1' }, value: 1 }],
) {
  const built = buildComponent(prometheusScrape, source, (network) => {
    network.route('loki', 3100, '/metrics', { kind: 'metrics', expose: page });
  });
  built.instance.tick?.(seconds * 1000);
  return (built.emitted.get('forward_to') ?? []).flatMap((batch) =>
    batch.signal === 'metrics' ? batch.samples : [],
  );
}

const byName = (samples: MetricSample[], name: string) =>
  samples.filter((sample) => sample.labels.__name__ === name);

describe('prometheus.scrape', () => {
  const config = (target: string, extra = '') => `prometheus.scrape "loki" {
    targets = [${target}]
    scrape_interval = "2s"
    scrape_timeout = "2s"
    ${extra}
    forward_to = []
  }`;

  it('sets job to the component id and instance to the address; target labels win, scraped ones become exported_', () => {
    const samples = scrape(config('{"__address__" = "loki:3100", service = "loki"}'), 1.999);
    expect(byName(samples, 'loki_build_info')[0]?.labels).toEqual({
      __name__: 'loki_build_info',
      job: 'prometheus.scrape.loki',
      exported_job: 'loki',
      instance: 'loki:3100',
      service: 'loki',
      version: '3.4.1',
    });
    expect(byName(samples, 'up')[0]?.labels).toEqual({
      __name__: 'up',
      job: 'prometheus.scrape.loki',
      instance: 'loki:3100',
      service: 'loki',
    });
    expect(byName(samples, 'up')[0]?.value).toBe(1);
  });

  it('keeps the job a target brings (exporter targets) and honours honor_labels', () => {
    const samples = scrape(
      config('{"__address__" = "loki:3100", job = "integrations/self"}', 'honor_labels = true'),
      1.999,
    );
    expect(byName(samples, 'loki_build_info')[0]?.labels.job).toBe('loki');
    expect(byName(samples, 'up')[0]?.labels.job).toBe('integrations/self');
  });

  it('scrapes every interval, and a wrong port gives up 0 and no series', () => {
    expect(byName(scrape(config('{"__address__" = "loki:3100"}'), 10), 'up')).toHaveLength(5);
    const refused = scrape(config('{"__address__" = "loki:3101"}'), 2);
    expect(byName(refused, 'up').map((sample) => sample.value)).toEqual([0]);
    expect(byName(refused, 'loki_build_info')).toEqual([]);
  });

  it('rejects a timeout longer than the interval, as Alloy does', () => {
    expect(() =>
      scrape(
        config('{"__address__" = "loki:3100"}', 'scrape_timeout = "5s"').replace('scrape_timeout = "2s"', ''),
        1,
      ),
    ).toThrow('scrape_timeout (5s) greater than scrape_interval (2s)');
  });
});

describe('prometheus.remote_write', () => {
  it('adds external labels only where the sample lacks them, and delivers to Mimir', () => {
    const built = buildComponent(
      prometheusRemoteWrite,
      `prometheus.remote_write "mimir" {
        endpoint { url = "http://mimir:9009/api/v1/push" }
        external_labels = { cluster = "workshop", job = "ignored" }
      }`,
      (network) => network.route('mimir', 9009, '/api/v1/push', { kind: 'mimir-push' }),
    );
    built.instance.receive?.(
      { signal: 'metrics', samples: [{ labels: { __name__: 'up', job: 'a' }, timestamp: 0, value: 1 }] },
      0,
    );
    built.instance.tick?.(5000);
    const stored = built.backends.mimir.select([]);
    expect(stored.map((series) => series.labels)).toEqual([
      { __name__: 'up', cluster: 'workshop', job: 'a' },
    ]);
  });

  it('logs a non-recoverable 404 and drops the batch', () => {
    const built = buildComponent(
      prometheusRemoteWrite,
      'prometheus.remote_write "m" {\n endpoint { url = "http://mimir:9009/api/v1/pushh" }\n}',
    );
    built.instance.receive?.(
      { signal: 'metrics', samples: [{ labels: { __name__: 'up' }, timestamp: 0, value: 1 }] },
      0,
    );
    built.instance.tick?.(5000);
    expect(built.log.lines().map((line) => line.line)).toContainEqual(
      expect.stringMatching(
        /level=error msg="non-recoverable error" .*count=1 .*err="server returned HTTP status 404 Not Found: 404 page not found"/,
      ),
    );
  });
});
