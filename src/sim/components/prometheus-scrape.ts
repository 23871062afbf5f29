/**
 * `prometheus.scrape`: every `scrape_interval` (offset per target, as
 * Prometheus spreads its scrapes) fetches each target's metrics page through
 * the network and forwards one sample per series, stamped with the scrape
 * time. Target labels follow Prometheus: `job` (the component id unless the
 * target or `job_name` gives one), `instance` (the address unless given),
 * no `__` labels; on a clash with a scraped label the target wins and the
 * scraped one becomes `exported_<name>`, unless `honor_labels` is set.
 * Every scrape also yields `up` and the `scrape_*` series.
 */
import { ConfigError } from '../config/body';
import type { Labels, MetricSample } from '../model';
import type { ExposedSample, Network } from '../network';
import type { ComponentFactory } from './component';

type Target = {
  /** `__address__` as the target gives it. */
  address: string;
  labels: Labels;
  scheme: string;
  host: string;
  port: number;
  path: string;
  intervalMs: number;
  timeoutMs: number;
  nextScrape: number;
  /** The label set of every series scraped so far, reused scrape after scrape. */
  series: Map<string, Labels>;
  /** The same, by the label object a page hands out again for the same series. */
  byPageLabels: WeakMap<object, Map<string, Labels>>;
};

export const prometheusScrape: ComponentFactory = (context) => {
  const { body } = context;
  const intervalMs = body.duration('scrape_interval', '60s');
  const timeoutMs = body.duration('scrape_timeout', '10s');
  const jobName = body.string('job_name', context.id);
  if (timeoutMs > intervalMs) {
    throw new ConfigError(
      `scrape_timeout (${body.string('scrape_timeout', '10s')}) greater than scrape_interval (${body.string('scrape_interval', '60s')}) for scrape config with job name "${jobName}"`,
    );
  }
  const honorLabels = body.bool('honor_labels', false);
  const defaults = {
    scheme: body.string('scheme', 'http'),
    metricsPath: body.string('metrics_path', '/metrics'),
  };
  const forward = context.output('forward_to', body.refs('forward_to'));

  const targets: Target[] = [];
  for (const raw of body.targets('targets')) {
    const target = populate(raw, jobName, defaults, intervalMs, timeoutMs);
    if (typeof target === 'string') {
      context.log(0, 'warn', 'dropping invalid target', [['err', target]]);
      continue;
    }
    targets.push(target);
  }

  const scrape = (target: Target, time: number): MetricSample[] => {
    const result = fetchPage(context.network, target, time);
    const samples: MetricSample[] = [];
    let added = 0;
    if (typeof result === 'string') {
      context.log(time, 'debug', 'Scrape failed', [
        ['scrape_pool', context.id],
        ['target', `${target.scheme}://${target.host}:${target.port}${target.path}`],
        ['err', result],
      ]);
    } else {
      for (const exposed of result) {
        let byName = target.byPageLabels.get(exposed.labels);
        let labels = byName?.get(exposed.name);
        if (!labels) {
          const key = seriesKey(exposed);
          labels = target.series.get(key);
          if (!labels) {
            labels = Object.freeze(sampleLabels(exposed, target.labels, honorLabels));
            target.series.set(key, labels);
            added++;
          }
          if (!byName) target.byPageLabels.set(exposed.labels, (byName = new Map()));
          byName.set(exposed.name, labels);
        }
        samples.push({ labels, timestamp: time, value: exposed.value });
      }
      context.receivedFrom(target.address, result.length);
    }
    const ok = typeof result !== 'string';
    const report = (name: string, value: number): MetricSample => ({
      labels: reportLabels(target, name),
      timestamp: time,
      value,
    });
    samples.push(
      report('up', ok ? 1 : 0),
      report('scrape_duration_seconds', ok ? 0.002 + context.random.next() * 0.006 : 0),
      report('scrape_samples_scraped', ok ? samples.length : 0),
      report('scrape_samples_post_metric_relabeling', ok ? samples.length : 0),
      report('scrape_series_added', added),
    );
    return samples;
  };

  return {
    tick(now) {
      const samples: MetricSample[] = [];
      for (const target of targets) {
        while (target.nextScrape <= now) {
          for (const sample of scrape(target, target.nextScrape)) samples.push(sample);
          target.nextScrape += target.intervalMs;
        }
      }
      forward.emit({ signal: 'metrics', samples });
    },
  };
};

/** The label set of one of the series every scrape reports about itself (`up`, `scrape_*`). */
function reportLabels(target: Target, name: string): Labels {
  let labels = target.series.get(name);
  if (!labels) {
    labels = Object.freeze({ __name__: name, ...target.labels });
    target.series.set(name, labels);
  }
  return labels;
}

function populate(
  raw: ReadonlyMap<string, string>,
  jobName: string,
  defaults: { scheme: string; metricsPath: string },
  intervalMs: number,
  timeoutMs: number,
): Target | string {
  const address = raw.get('__address__');
  if (address === undefined || address === '') return 'no address';
  const scheme = raw.get('__scheme__') || defaults.scheme;
  const path = raw.get('__metrics_path__') || defaults.metricsPath;
  const match = /^(\[[^\]]*\]|[^:/]+)(?::(\d+))?$/.exec(address);
  if (!match) return `invalid address "${address}"`;
  const labels: Record<string, string> = { job: jobName };
  for (const [name, value] of raw) if (!name.startsWith('__') && value !== '') labels[name] = value;
  labels.instance = raw.get('instance') || address;
  const targetInterval = raw.get('__scrape_interval__');
  const interval = targetInterval ? (parseSeconds(targetInterval) ?? intervalMs) : intervalMs;
  return {
    address,
    labels,
    scheme,
    host: match[1] ?? '',
    port: match[2] ? Number(match[2]) : scheme === 'https' ? 443 : 80,
    path,
    intervalMs: interval,
    timeoutMs,
    // Prometheus spreads targets over the interval by a hash of their identity.
    nextScrape: hash(`${jobName}/${address}${path}`) % interval,
    series: new Map(),
    byPageLabels: new WeakMap(),
  };
}

function parseSeconds(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m)$/.exec(text);
  if (!match) return null;
  return Number(match[1]) * { ms: 1, s: 1000, m: 60_000 }[match[2] as 'ms' | 's' | 'm'];
}

/** The page's samples, or the error Prometheus's scraper reports. */
function fetchPage(network: Network, target: Target, time: number): ExposedSample[] | string {
  const url = `${target.scheme}://${target.host}:${target.port}${target.path}`;
  const connection = network.connect(target.host, target.port);
  if (!connection.ok) return `Get "${url}": ${connection.error}`;
  if (connection.protocol === 'grpc') {
    return `Get "${url}": net/http: HTTP/1.x transport connection broken: malformed HTTP response "\\x00\\x00\\x06\\x04\\x00\\x00\\x00\\x00\\x00\\x00\\x05\\x00\\x00@\\x00"`;
  }
  if (connection.protocol !== 'http') return `Get "${url}": EOF`;
  if (target.scheme === 'https') return `Get "${url}": http: server gave HTTP response to HTTPS client`;
  const handler = connection.routes.get(target.path);
  if (!handler) return 'server returned HTTP status 404 Not Found';
  if (handler.kind !== 'metrics')
    return 'received unsupported Content-Type "text/plain; charset=utf-8" and no fallback_scrape_protocol specified for target';
  return handler.expose(time);
}

function sampleLabels(exposed: ExposedSample, target: Labels, honorLabels: boolean): Labels {
  const labels: Record<string, string> = { __name__: exposed.name, ...exposed.labels };
  for (const [name, value] of Object.entries(target)) {
    const scraped = labels[name];
    if (scraped === undefined || scraped === '') labels[name] = value;
    else if (!honorLabels) {
      let renamed = `exported_${name}`;
      while (labels[renamed] !== undefined) renamed = `exported_${renamed}`;
      labels[renamed] = scraped;
      labels[name] = value;
    }
  }
  return labels;
}

/** A page lists a series' labels in the same order every time. */
function seriesKey(exposed: ExposedSample): string {
  let key = exposed.name;
  for (const name in exposed.labels) key += `\u0000${name}\u0001${exposed.labels[name]}`;
  return key;
}

function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193);
  return value >>> 0;
}
