import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { overlayBlocks } from '../lessons';
import { simulate, type Simulation } from './index';
import type { LogStream, MatrixSeries, VectorSample } from './query/common/result';

const WORKSHOP = readFileSync('test/fixtures/workshop/workshop.alloy', 'utf8');
const lesson = (folder: string) =>
  overlayBlocks(WORKSHOP, readFileSync(`lessons/${folder}/solution.alloy`, 'utf8'));

function streams(sim: Simulation, query: string): LogStream[] {
  const result = sim.query('logql', query);
  expect(result.diagnostics).toEqual([]);
  return result.kind === 'streams' ? result.data : [];
}

function series(
  sim: Simulation,
  language: 'logql' | 'promql',
  query: string,
): (MatrixSeries | VectorSample)[] {
  const result = sim.query(language, query);
  expect(result.diagnostics).toEqual([]);
  return result.kind === 'matrix' || result.kind === 'vector' ? result.data : [];
}

/** The config with one piece of text replaced, failing loudly if the text is not there. */
function mistake(from: string, to: string, source = WORKSHOP): string {
  expect(source).toContain(from);
  return source.replace(from, to);
}

describe('the workshop reference config', () => {
  let sim: Simulation;
  beforeAll(() => {
    sim = simulate(WORKSHOP, { seconds: 40, seed: 7 });
  });

  it('runs every component, with nothing lost', () => {
    const notRunning = sim.componentActivity().filter((component) => component.status !== 'running');
    expect(notRunning).toEqual([]);
    expect(sim.sinkErrors()).toEqual([]);
  });

  it('Section 1: Alloy logs arrive with the labels the relabel rules add', () => {
    const found = streams(sim, '{service="alloy"}');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]?.labels).toMatchObject({ component: 'alloy', group: 'infrastructure', service: 'alloy' });
    expect(found[0]?.entries[0]?.line).toMatch(/^ts=\S+ level=(debug|info|warn|error) msg=/);
    // Lines Alloy writes while loading the config are teed too.
    expect(streams(sim, '{service="alloy"} |= "finished complete graph evaluation"')).toHaveLength(1);
    const levels = series(sim, 'logql', 'sum by (level) (rate({service="alloy"} | logfmt | level!="" [1m]))');
    expect(levels.map((one) => one.labels.level)).toContain('debug');
  });

  it("Section 2: Loki's bytes received grow with the logs of Section 1", () => {
    const rates = series(
      sim,
      'promql',
      'rate(loki_distributor_bytes_received_total{job="prometheus.scrape.loki"}[$__rate_interval])',
    );
    expect(rates).toHaveLength(1);
    expect(rates[0]?.labels).toMatchObject({ instance: 'loki:3100', tenant: 'fake', service: 'loki' });
    const points = 'points' in (rates[0] as MatrixSeries) ? (rates[0] as MatrixSeries).points : [];
    expect(points.some((point) => point.value > 0)).toBe(true);
  });

  it("Section 3: Alloy's metrics keep the exporter's job, so the text's query finds nothing", () => {
    expect(
      series(sim, 'promql', 'alloy_resources_process_cpu_seconds_total{job="prometheus.scrape.alloy"}'),
    ).toEqual([]);
    const cpu = series(
      sim,
      'promql',
      'rate(alloy_resources_process_cpu_seconds_total{service="alloy"}[$__rate_interval])',
    );
    expect(cpu[0]?.labels).toMatchObject({
      job: 'integrations/self',
      group: 'infrastructure',
      service: 'alloy',
    });
  });

  it('Section 4: Postgres is up, named after its DSN without credentials', () => {
    const up = series(sim, 'promql', 'pg_up{service="postgres"}');
    expect(up).toHaveLength(1);
    expect(up[0]?.labels).toMatchObject({
      job: 'integrations/postgres',
      instance: 'postgresql://mythical-database:5432/postgres',
      group: 'infrastructure',
    });
    expect(series(sim, 'promql', 'pg_stat_database_tup_inserted{datname="postgres"}')).toHaveLength(1);
  });

  it('Section 5: traces of the Mythical services reach Tempo, the requester root carrying beast', () => {
    const result = sim.query('traceql', '{span.beast="owlbear"}');
    expect(result.diagnostics).toEqual([]);
    expect(result.kind === 'traces' && result.data.length).toBeGreaterThan(0);
    const traces = [...sim.backends.tempo.all()];
    expect(traces.length).toBeGreaterThan(10);
    const owlbear = traces.filter((trace) => trace.spans.some((span) => span.attributes.beast === 'owlbear'));
    expect(owlbear.length).toBeGreaterThan(0);
    const services = new Set(
      owlbear.flatMap((trace) => trace.spans.map((span) => span.resource['service.name'])),
    );
    expect(services).toEqual(new Set(['mythical-requester', 'mythical-server', 'mythical-recorder']));
  });

  it('Section 6: one spanlog per root, labelled with method and target', () => {
    const found = streams(sim, '{exporter="OTLP", method=~".+"}');
    const targets = new Set(found.map((stream) => stream.labels.target));
    expect(targets.has('/owlbear')).toBe(true);
    const requester = found
      .flatMap((stream) => stream.entries)
      .find((entry) => entry.line.startsWith('span=requester'));
    expect(requester?.line).toMatch(
      /^span=requester dur=\d+ns status=(Ok|Error) http\.method=(GET|POST) http\.target=\/\w+ svc=mythical-requester tid=[0-9a-f]{32}$/,
    );
  });

  it('counts data on every wire of the graph, outside ones included, but the OTLP/HTTP port nobody sends to', () => {
    const counted = new Map(sim.edgeActivity().map((edge) => [edge.id, edge.items]));
    const idle = sim.analysis.pipeline.edges
      .filter((edge) => !(counted.get(edge.id) ?? 0))
      .map((edge) => edge.id);
    expect(idle).toEqual([
      'external:in:0.0.0.0:4318->otelcol.receiver.otlp.otlp_receiver:http.endpoint#traces',
    ]);
  });

  it('shows the data before and after a transforming component', () => {
    const relabel = sim.componentActivity().find((component) => component.id === 'loki.relabel.alloy_logs');
    const before = relabel?.lastReceived[0]?.item as { labels: Record<string, string> };
    const after = relabel?.lastSent[0]?.item as { labels: Record<string, string> };
    expect(before.labels).toEqual({ component: 'alloy' });
    expect(after.labels).toEqual({ component: 'alloy', group: 'infrastructure', service: 'alloy' });
    const edge = sim
      .edgeActivity()
      .find((one) => one.id === 'loki.relabel.alloy_logs->loki.write.mythical:forward_to');
    expect(edge?.items).toBe(relabel?.sent);
  });
});

describe('typical mistakes show in the data', () => {
  it('a wrong Loki port: connection refused, logged by loki.write, no logs in Loki', () => {
    const sim = simulate(mistake('http://loki:3100/loki/api/v1/push', 'http://loki:3101/loki/api/v1/push'), {
      seconds: 20,
    });
    expect(streams(sim, '{service="alloy"}')).toEqual([]);
    expect(sim.sinkErrors()[0]?.error ?? '').toContain('connect: connection refused');
    const external = sim
      .edgeActivity()
      .find((edge) => edge.to === 'external:out:http://loki:3101/loki/api/v1/push');
    expect(external?.error).toContain('dial tcp 172.18.0.5:3101: connect: connection refused');
    expect(
      sim.alloyLogLines().some((line) => line.line.includes('msg="error sending batch, will retry"')),
    ).toBe(true);
  });

  it('a wrong path: 404, given up at once', () => {
    const sim = simulate(mistake('http://loki:3100/loki/api/v1/push', 'http://loki:3100/api/v1/push'), {
      seconds: 10,
    });
    expect(streams(sim, '{service="alloy"}')).toEqual([]);
    expect(
      sim
        .alloyLogLines()
        .some((line) => /level=error msg="final error sending batch".*status=404/.test(line.line)),
    ).toBe(true);
  });

  it('an unknown host: no such host', () => {
    const sim = simulate(mistake('http://mimir:9009/api/v1/push', 'http://mimri:9009/api/v1/push'), {
      seconds: 10,
    });
    expect(series(sim, 'promql', 'up')).toEqual([]);
    expect(sim.sinkErrors()[0]?.error).toContain('lookup mimri on 127.0.0.11:53: no such host');
  });

  it('a missing forward_to: the component does not start and nothing reaches Loki', () => {
    const source = mistake(
      '\tforward_to = [loki.write.mythical.receiver]\n}\n\nloki.write',
      '}\n\nloki.write',
    );
    const sim = simulate(source, { seconds: 10 });
    const relabel = sim.componentActivity().find((component) => component.id === 'loki.relabel.alloy_logs');
    expect(relabel?.status).toBe('failed');
    expect(streams(sim, '{service="alloy"}')).toEqual([]);
  });

  it('a missing label rule: the entries arrive without the label, so the query finds none', () => {
    const source = mistake(
      '\trule {\n\t\ttarget_label = "service"\n\t\treplacement  = "alloy"\n\t}\n\n\tforward_to = [loki.write',
      '\tforward_to = [loki.write',
    );
    const sim = simulate(source, { seconds: 10 });
    expect(streams(sim, '{service="alloy"}')).toEqual([]);
    expect(streams(sim, '{group="infrastructure"}').length).toBeGreaterThan(0);
  });

  it('wrong wiring: scraping Postgres straight into remote_write skips the labels', () => {
    const source = mistake(
      'targets    = prometheus.exporter.postgres.mythical.targets\n\tforward_to = [prometheus.relabel.postgres.receiver]',
      'targets    = prometheus.exporter.postgres.mythical.targets\n\tforward_to = [prometheus.remote_write.mimir.receiver]',
    );
    const sim = simulate(source, { seconds: 10 });
    expect(series(sim, 'promql', 'pg_up{service="postgres"}')).toEqual([]);
    expect(series(sim, 'promql', 'pg_up')).toHaveLength(1);
  });

  it('no TLS setting: the gRPC handshake fails and Tempo gets nothing', () => {
    const source = mistake('insecure             = true', 'insecure             = false');
    const sim = simulate(source, { seconds: 10 });
    expect(sim.backends.tempo.traceCount).toBe(0);
    expect(
      sim
        .alloyLogLines()
        .some((line) => line.line.includes('tls: first record does not look like a TLS handshake')),
    ).toBe(true);
  });

  it('the spanlogs connector left out of the receiver output: no spanlogs', () => {
    const source = mistake('\t\t\totelcol.connector.spanlogs.autologging.input,\n', '');
    const sim = simulate(source, { seconds: 10 });
    expect(streams(sim, '{exporter="OTLP"}')).toEqual([]);
    expect(sim.backends.tempo.traceCount).toBeGreaterThan(0);
  });

  it("the later published solution's swapped mapping puts status codes into target", () => {
    const source = mistake(
      '"http_status_code_extracted" = "http.status_code",\n\t\t\t"http_target_extracted"      = "http.target",',
      '"http_status_code_extracted" = "http.target",\n\t\t\t"http_target_extracted"      = "http.status_code",',
    );
    const sim = simulate(source, { seconds: 12 });
    const targets = new Set(
      streams(sim, '{exporter="OTLP", target=~".+"}').map((stream) => stream.labels.target),
    );
    expect(targets.has('/owlbear')).toBe(false);
  });
});

describe('the exercises', () => {
  it('application logs: the services push to loki.source.api and get service="mythical"', () => {
    const sim = simulate(lesson('08-exercise-application-logs'), { seconds: 40, seed: 3 });
    const levels = series(sim, 'logql', 'sum by (level) (rate({service="mythical"}[1m]))');
    expect(new Set(levels.map((one) => one.labels.level))).toEqual(new Set(['info', 'error']));
    expect(streams(sim, '{service_name="mythical-server"}').length).toBeGreaterThan(0);
    // Requester lines take their time from loggedtime.
    const requester = streams(sim, '{service_name="mythical-requester"}').flatMap((stream) => stream.entries);
    const entry = requester[0];
    const logged = /loggedtime=(\S+)/.exec(entry?.line ?? '')?.[1] ?? '';
    expect(sim.clock.toUnix(entry?.timestamp ?? 0)).toBe(Date.parse(logged));
  });

  it('application logs without loki.source.api: the pushes fail and log_to_loki spans turn to errors', () => {
    const sim = simulate(WORKSHOP, { seconds: 15 });
    const logSpans = [...sim.backends.tempo.all()]
      .flatMap((trace) => trace.spans)
      .filter((span) => span.name === 'log_to_loki');
    expect(logSpans.length).toBeGreaterThan(0);
    expect(logSpans.every((span) => span.status === 'STATUS_CODE_ERROR')).toBe(true);
  });

  it('filtering logs: debug lines and duration lines are dropped, tokens redacted', () => {
    const withApplicationLogs = lesson('08-exercise-application-logs');
    const source = overlayBlocks(
      withApplicationLogs,
      readFileSync('lessons/09-exercise-filtering-logs/solution.alloy', 'utf8'),
    );
    const sim = simulate(source, { seconds: 30 });
    const levels = series(sim, 'logql', 'sum by (level) (count_over_time({service="alloy"} | logfmt [1m]))');
    expect(levels.map((one) => one.labels.level)).not.toContain('debug');
    expect(streams(sim, '{service_name="mythical-requester"} |= "duration="')).toEqual([]);
    expect(streams(sim, '{service_name="mythical-requester"} |= "status="').length).toBeGreaterThan(0);
    expect(streams(sim, '{service_name="mythical-server"} |= "token=glc_"')).toEqual([]);
    expect(streams(sim, '{service_name="mythical-server"} |= "token=REDACTED"').length).toBeGreaterThan(0);
  });

  it('span metrics: calls per service once two flushes are in the window', () => {
    const sim = simulate(lesson('10-exercise-spanmetrics'), { seconds: 125 });
    // The connector flushes every 60 s, so a one-minute window never holds two samples.
    expect(
      series(sim, 'promql', 'sum by (service_name) (rate(traces_span_metrics_calls_total[1m]))'),
    ).toEqual([]);
    const services = series(
      sim,
      'promql',
      'sum by (service_name) (rate(traces_span_metrics_calls_total[2m]))',
    );
    expect(new Set(services.map((one) => one.labels.service_name))).toEqual(
      new Set(['mythical-requester', 'mythical-server', 'mythical-recorder']),
    );
    const combinations = series(
      sim,
      'promql',
      'sum by (http_method, http_target) (rate(traces_span_metrics_calls_total{span_name="requester"}[2m]))',
    );
    expect(combinations).toHaveLength(10);
  });
});

describe('the later workshop text', () => {
  const discovery = `${WORKSHOP}
discovery.http "service_discovery" {
	url              = "http://service-discovery/targets.json"
	refresh_interval = "2s"
}

prometheus.scrape "infrastructure" {
	scrape_interval = "2s"
	scrape_timeout  = "2s"
	targets         = discovery.http.service_discovery.targets
	forward_to      = [prometheus.remote_write.mimir.receiver]
}
`;

  it('Section 2: discovered infrastructure targets are up, their __meta labels dropped', () => {
    const sim = simulate(discovery, { seconds: 10 });
    const up = series(sim, 'promql', 'sum by (service) (up{service=~"loki|mimir|tempo|pyroscope"})');
    expect(new Set(up.map((one) => one.labels.service))).toEqual(
      new Set(['loki', 'mimir', 'tempo', 'pyroscope']),
    );
    expect(series(sim, 'promql', '{__meta_decryption_key__=~".+"}')).toEqual([]);
    const targets = sim
      .edgeActivity()
      .find(
        (edge) => edge.id === 'discovery.http.service_discovery->prometheus.scrape.infrastructure:targets',
      );
    expect(targets?.items).toBe(4);
    expect(series(sim, 'promql', 'tempo_distributor_spans_received_total{service="tempo"}')).toHaveLength(1);
  });

  it('Mission 2: the relabel rules turn 1000 instance ids into three cloud providers', () => {
    const mythical = (relabelled: boolean) => `${WORKSHOP}
prometheus.scrape "mythical" {
	scrape_interval = "2s"
	scrape_timeout  = "2s"
	targets         = [{"__address__" = "mythical-server:4000", group = "mythical", service = "mythical-server"}]
	forward_to      = [${relabelled ? 'prometheus.relabel.mission_2.receiver' : 'prometheus.remote_write.mimir.receiver'}]
}

prometheus.relabel "mission_2" {
	rule {
		action        = "replace"
		source_labels = ["instance_id"]
		target_label  = "cloud_provider"
		regex         = "^(aws|gcp|azure)-.+"
		replacement   = "$1"
	}
	rule {
		action = "labeldrop"
		regex  = "instance_id"
	}
	forward_to = [prometheus.remote_write.mimir.receiver]
}
`;
    const before = simulate(mythical(false), { seconds: 30 });
    const after = simulate(mythical(true), { seconds: 30 });
    const count = (sim: Simulation) => series(sim, 'promql', 'count(mythical_db_request_count_total)');
    const last = (found: (MatrixSeries | VectorSample)[]) => {
      const first = found[0] as MatrixSeries;
      return first.points[first.points.length - 1]?.value ?? 0;
    };
    expect(last(count(before))).toBeGreaterThan(100);
    expect(last(count(after))).toBeLessThanOrEqual(45);
    const providers = series(after, 'promql', 'count by (cloud_provider) (mythical_db_request_count_total)');
    expect(new Set(providers.map((one) => one.labels.cloud_provider))).toEqual(
      new Set(['aws', 'gcp', 'azure']),
    );
    const rates = series(
      after,
      'promql',
      'sum by (beast) (rate(mythical_request_times_count[$__rate_interval]))',
    );
    expect(rates).toHaveLength(5);
  });
});

describe('the simulation itself', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const lines = (seed: number) =>
      JSON.stringify(streams(simulate(WORKSHOP, { seconds: 15, seed }), '{exporter="OTLP"}'));
    expect(lines(5)).toBe(lines(5));
    expect(lines(5)).not.toBe(lines(6));
  });

  it('advances step by step to the same data as one run', () => {
    const stepped = simulate(WORKSHOP, { seed: 2 });
    for (let i = 0; i < 10; i++) stepped.advance(1.5);
    const whole = simulate(WORKSHOP, { seed: 2, seconds: 15 });
    expect(stepped.now).toBe(15_000);
    expect(JSON.stringify(streams(stepped, '{service="alloy"}'))).toBe(
      JSON.stringify(streams(whole, '{service="alloy"}')),
    );
  });

  it('gives a snapshot that survives structured cloning, as posting from a worker does', () => {
    const sim = simulate(WORKSHOP, { seconds: 3 });
    const snapshot = sim.snapshot();
    expect(structuredClone(snapshot)).toEqual(snapshot);
    expect(snapshot.now).toBe(3000);
    expect(snapshot.components.map((component) => component.id)).toContain('loki.write.mythical');
  });

  it('reports components it does not model and passes nothing on', () => {
    const source = `${WORKSHOP}\notelcol.processor.tail_sampling "x" {\n\toutput {\n\t\ttraces = [otelcol.exporter.otlp.tempo.input]\n\t}\n}\n`;
    const sim = simulate(source, { seconds: 2 });
    const tail = sim
      .componentActivity()
      .find((component) => component.id === 'otelcol.processor.tail_sampling.x');
    expect(tail?.status).toBe('not-simulated');
    expect(tail?.reason).toBe('otelcol.processor.tail_sampling is not simulated');
  });
});
