/**
 * The simulator on the workshop's reference config: the time for 10
 * simulated minutes (target: under 300 ms), as wall time and as the CPU time
 * the process spent (which the garbage collector's helper threads add to,
 * and which other work on the machine does not inflate), simulated seconds
 * per wall second, the memory held after 60 simulated minutes (target:
 * under 50 MB, bounded by the stores' retention), and the latency of each
 * verification query.
 */
import { readFileSync } from 'node:fs';
import { simulate, type QueryLanguage, type Simulation } from '../src/sim';
import { garbageCollector } from './collections';
import { formatMs, measure, printTable, summarise } from './measure';

const WORKSHOP = readFileSync(new URL('../test/fixtures/workshop/workshop.alloy', import.meta.url), 'utf8');

/** The workshop's verification queries (sections 1–6), as the lessons give them. */
const QUERIES: [QueryLanguage, string][] = [
  ['logql', '{service="alloy"}'],
  ['logql', 'sum by (level) (rate({service="alloy"} | logfmt | level!="" [1m]))'],
  ['promql', 'rate(loki_distributor_bytes_received_total{job="prometheus.scrape.loki"}[$__rate_interval])'],
  ['promql', 'rate(alloy_resources_process_cpu_seconds_total{service="alloy"}[$__rate_interval])'],
  ['promql', 'pg_up{service="postgres"}'],
  ['traceql', '{span.beast="owlbear"}'],
  ['logql', '{exporter="OTLP", method=~".+"}'],
];

export function run(): void {
  // Full collections before reading the heap, so that the memory figure counts only what is held.
  const gc = garbageCollector().full;
  const heapUsed = () => {
    gc();
    gc();
    return process.memoryUsage().heapUsed;
  };

  simulate(WORKSHOP, { seconds: 60 });
  const cpu: number[] = [];
  const tenMinutes = measure(
    () => {
      const start = process.cpuUsage();
      simulate(WORKSHOP, { seconds: 600 });
      const used = process.cpuUsage(start);
      cpu.push((used.user + used.system) / 1000);
    },
    3000,
    5,
  );
  // `measure` warms up with three runs first.
  const tenMinutesCpu = summarise(cpu.slice(3));

  const before = heapUsed();
  let sim: Simulation | null = simulate(WORKSHOP, { seconds: 3600 });
  const held = heapUsed() - before;

  const rows = QUERIES.map(([language, query]) => {
    const result = (sim as Simulation).query(language, query);
    const timing = measure(() => (sim as Simulation).query(language, query), 300, 3);
    const problem = result.diagnostics.find((diagnostic) => diagnostic.severity === 'error')?.message;
    return [
      language,
      query,
      formatMs(timing.median),
      formatMs(timing.p95),
      problem ?? `${result.kind}, ${result.data.length} results`,
    ];
  });
  const stores = `${sim.backends.loki.streamCount} streams, ${sim.backends.mimir.seriesCount} series, ${sim.backends.tempo.traceCount} traces`;
  sim = null;

  printTable(
    'Simulator (workshop reference config)',
    ['figure', 'value'],
    [
      ['10 simulated minutes, wall (median)', formatMs(tenMinutes.median)],
      ['10 simulated minutes, wall (p95)', formatMs(tenMinutes.p95)],
      ['10 simulated minutes, CPU (median)', formatMs(tenMinutesCpu.median)],
      ['10 simulated minutes, CPU (p95)', formatMs(tenMinutesCpu.p95)],
      ['simulated seconds per wall second', `${Math.round(600 / (tenMinutes.median / 1000))}`],
      ['memory held after 60 simulated minutes', `${(held / 1e6).toFixed(1)} MB`],
      ['stores after 60 minutes', stores],
    ],
  );
  printTable(
    'Verification queries after 60 simulated minutes',
    ['language', 'query', 'median', 'p95', 'result'],
    rows,
  );
}
