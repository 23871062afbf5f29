/**
 * The simulation: the learner's config loaded as Alloy would load it,
 * running against the demo environment on a virtual clock.
 *
 * Loading: every top-level block becomes a component instance (or is
 * reported as not simulated, or as failed with the error Alloy would give);
 * bodies are evaluated once the components whose targets they read exist;
 * wires are the receivers each argument points to. Running: each step lets
 * the environment act (requests, exported spans, pushed logs, delivered to
 * Alloy's listeners at their exact times), then ticks every component,
 * upstream first (scrapes, batch flushes, sends to the backends).
 */
import { analyze, type Analysis } from '../analysis';
import type { Block } from '../syntax/ast';
import {
  newComponentActivity,
  SampleRing,
  newEdgeActivity,
  type ComponentActivity,
  type EdgeActivity,
} from './activity';
import { AlloyLog, type AlloyLogLine } from './alloy-log';
import { Backends, type BackendOptions } from './backends';
import { DEFAULT_EPOCH, STEP_MS, VirtualClock } from './clock';
import { ConfigError, NotSimulatedError } from './config/body';
import { ConfigEvaluator } from './config/evaluate';
import type { ExportRef } from './config/value';
import {
  COMPONENTS,
  INERT_BLOCKS,
  batchSize,
  targetsExportName,
  type ComponentContext,
  type Output,
  type SimComponent,
} from './components';
import type { Batch } from './model';
import { Network } from './network';
import { queryLoki, queryMimir, queryTempo, type QueryResult, type QueryTiming } from './query';
import { Random } from './random';
import { Sinks } from './sinks';
import { ALLOY_HOSTNAME, DemoEnvironment } from './sources/demo-environment';

export type SimulateOptions = {
  /** Simulated seconds to run right away (default 0). */
  seconds?: number;
  seed?: number;
  /** Calendar time (Unix ms) of virtual time 0. */
  epoch?: number;
  retentionMs?: BackendOptions['retentionMs'];
};

export type QueryLanguage = 'logql' | 'promql' | 'traceql';

/**
 * How long the in-memory backends keep data unless told otherwise: long
 * enough for every verification query and a live view, short enough that an
 * hour of simulation stays within a browser tab's means (traces are by far
 * the most numerous items).
 */
export const DEFAULT_RETENTION_MS = { loki: 10 * 60_000, mimir: 60 * 60_000, tempo: 10 * 60_000 } as const;

export type SimulationSnapshot = {
  now: number;
  components: ComponentActivity[];
  edges: EdgeActivity[];
  alloyLog: AlloyLogLine[];
  sinkErrors: SinkError[];
};

/** Data a writer could not deliver, and why. */
export type SinkError = { component: string; address: string; error: string; lost: number; lastTime: number };

export class Simulation {
  readonly clock: VirtualClock;
  readonly backends: Backends;
  readonly analysis: Analysis;
  private readonly network = new Network();
  private readonly random: Random;
  private readonly alloyLog: AlloyLog;
  private readonly sinks: Sinks;
  private readonly environment: DemoEnvironment;
  private readonly instances = new Map<string, SimComponent>();
  private readonly components = new Map<string, ComponentActivity>();
  private readonly edges = new Map<string, EdgeActivity>();
  private readonly failures = new Map<string, SinkError>();
  /** The last batches each component received and sent, for `lastReceived`/`lastSent`. */
  private readonly rings = new Map<string, { received: SampleRing; sent: SampleRing }>();
  /** Component ids in tick order (upstream first). */
  private order: string[] = [];

  constructor(source: string, options: SimulateOptions = {}) {
    this.clock = new VirtualClock(options.epoch ?? DEFAULT_EPOCH);
    this.random = new Random(options.seed ?? 1);
    this.backends = new Backends({ retentionMs: { ...DEFAULT_RETENTION_MS, ...options.retentionMs } });
    this.alloyLog = new AlloyLog(this.clock, this.random.fork('alloy-log'));
    this.sinks = new Sinks(this.network, this.backends);
    this.environment = new DemoEnvironment(
      this.clock,
      this.random.fork('environment'),
      this.network,
      this.backends,
      () => ({
        startedAt: Math.floor(this.clock.toUnix(0) / 1000),
        components: this.components.values(),
      }),
    );
    this.analysis = analyze(source);
    this.load();
    if (options.seconds) this.advance(options.seconds);
  }

  /** Virtual milliseconds simulated so far. */
  get now(): number {
    return this.clock.now;
  }

  /** Runs the simulation `seconds` further. */
  advance(seconds: number): void {
    const end = this.clock.now + Math.max(0, seconds) * 1000;
    let time = this.clock.now;
    while (time < end) {
      const stepEnd = Math.min(end, time + STEP_MS);
      this.environment.run(stepEnd);
      this.clock.now = stepEnd;
      for (const id of this.order) this.instances.get(id)?.tick?.(stepEnd);
      this.backends.advanceTo(stepEnd);
      time = stepEnd;
    }
  }

  /**
   * Runs a query against the backend the language belongs to. Without a
   * timing, over the last hour up to now (as Grafana's Explore asks).
   */
  query(language: QueryLanguage, query: string, timing?: QueryTiming): QueryResult {
    const now = this.clock.now;
    const start = Math.max(0, now - 3_600_000);
    const range = timing ?? {
      start,
      end: now,
      step: Math.max(2000, Math.ceil((now - start) / 500 / 1000) * 1000),
    };
    switch (language) {
      case 'logql':
        return queryLoki(this.backends.loki, query, range);
      case 'promql':
        return queryMimir(this.backends.mimir, query, range);
      case 'traceql':
        // A trace search always covers a range; an instant asks for what ended by then.
        return queryTempo(
          this.backends.tempo,
          query,
          'time' in range ? { start: Math.max(0, range.time - 3_600_000), end: range.time } : range,
        );
    }
  }

  /** Every component and configuration block, in source order. */
  componentActivity(): ComponentActivity[] {
    return [...this.components.values()].map((activity) => {
      const rings = this.rings.get(activity.id);
      return rings
        ? { ...activity, lastReceived: rings.received.samples(), lastSent: rings.sent.samples() }
        : { ...activity };
    });
  }

  /** Every wire that has been set up, with what went along it. */
  edgeActivity(): EdgeActivity[] {
    return [...this.edges.values()];
  }

  /** Alloy's own log, the last lines first written. */
  alloyLogLines(limit?: number): AlloyLogLine[] {
    return this.alloyLog.lines(limit);
  }

  /** Writers whose data did not arrive. */
  sinkErrors(): SinkError[] {
    return [...this.failures.values()];
  }

  /**
   * Everything a live view shows, as plain data that can be posted from a
   * worker: the time, every component and wire with their counts and last
   * items, Alloy's latest log lines and the writers' errors.
   */
  snapshot(logLines = 200): SimulationSnapshot {
    return {
      now: this.clock.now,
      components: this.componentActivity(),
      edges: this.edgeActivity().map((edge) => ({ ...edge })),
      alloyLog: this.alloyLogLines(logLines),
      sinkErrors: this.sinkErrors().map((failure) => ({ ...failure })),
    };
  }

  private load(): void {
    const evaluator = new ConfigEvaluator(this.analysis.lines, { hostname: ALLOY_HOSTNAME });
    const blocks = new Map<string, Block>();
    for (const statement of this.analysis.ast.body) {
      if (statement.kind !== 'Block') continue;
      const id = statement.label ? `${statement.name}.${statement.label.value}` : statement.name;
      if (blocks.has(id) || INERT_BLOCKS.has(statement.name)) continue;
      blocks.set(id, statement);
      this.components.set(id, newComponentActivity(id, statement.name));
      this.rings.set(id, { received: new SampleRing(), sent: new SampleRing() });
      if (COMPONENTS.has(statement.name)) evaluator.declare(id, statement.name);
      else evaluator.declareUnknown(id);
    }

    this.alloyLog.write(0, 'info', 'starting complete graph evaluation', [
      ['controller_path', '/'],
      ['controller_id', ''],
    ]);
    for (const id of this.buildOrder(blocks)) {
      const block = blocks.get(id) as Block;
      const activity = this.components.get(id) as ComponentActivity;
      const factory = COMPONENTS.get(block.name);
      if (!factory) {
        this.mark(activity, 'not-simulated', `${block.name} is not simulated`);
        continue;
      }
      const error = this.analysis.pipeline.nodes
        .find((node) => node.id === id)
        ?.diagnostics.find((diagnostic) => diagnostic.severity === 'error');
      if (error) {
        this.fail(activity, error.message);
        continue;
      }
      try {
        const body = evaluator.evaluate(block, id);
        const instance = factory(this.contextFor(id, body));
        this.instances.set(id, instance);
        if (instance.targets) {
          evaluator.setTargets(id, targetsExportName(block.name), instance.targets);
          this.countTargets(id, instance.targets.length);
        }
        this.alloyLog.write(0, 'debug', 'finished node evaluation', [
          ['controller_path', '/'],
          ['controller_id', ''],
          ['node_id', id],
          ['duration', `${(20 + this.random.next() * 80).toFixed(3)}µs`],
        ]);
      } catch (caught) {
        if (caught instanceof NotSimulatedError) this.mark(activity, 'not-simulated', caught.message);
        else if (caught instanceof ConfigError) this.fail(activity, caught.message);
        else
          this.fail(activity, `internal error: ${caught instanceof Error ? caught.message : String(caught)}`);
      }
    }
    this.alloyLog.write(0, 'info', 'finished complete graph evaluation', [
      ['controller_path', '/'],
      ['controller_id', ''],
    ]);
    this.alloyLog.write(0, 'info', 'scheduling loaded components and services');
    this.alloyLog.write(0, 'info', 'now listening for http traffic', [
      ['service', 'http'],
      ['addr', '0.0.0.0:12345'],
    ]);
    this.order = this.tickOrder([...blocks.keys()]);
    if (!this.instances.has('logging')) this.alloyLog.stopCollecting();
  }

  private mark(activity: ComponentActivity, status: ComponentActivity['status'], reason: string): void {
    activity.status = status;
    activity.reason = reason;
  }

  /** A component that does not start, logged as Alloy's controller logs it. */
  private fail(activity: ComponentActivity, message: string): void {
    this.mark(activity, 'failed', message);
    this.alloyLog.write(0, 'error', 'failed to evaluate config', [
      ['controller_path', '/'],
      ['controller_id', ''],
      ['node', activity.id],
      ['err', message],
    ]);
  }

  /** Source order, except that a component comes after those whose targets it reads. */
  private buildOrder(blocks: ReadonlyMap<string, Block>): string[] {
    const providers = new Map<string, string[]>();
    for (const edge of this.analysis.pipeline.edges) {
      if (edge.signal !== 'targets' || !blocks.has(edge.from) || !blocks.has(edge.to)) continue;
      providers.set(edge.to, [...(providers.get(edge.to) ?? []), edge.from]);
    }
    return topologicalOrder([...blocks.keys()], providers);
  }

  /** Source order, except that every component comes after those that send it data. */
  private tickOrder(ids: string[]): string[] {
    const senders = new Map<string, string[]>();
    for (const edge of this.edges.values()) {
      if (edge.to.startsWith('external:')) continue;
      senders.set(edge.to, [...(senders.get(edge.to) ?? []), edge.from]);
    }
    return topologicalOrder(ids, senders);
  }

  private countTargets(id: string, count: number): void {
    for (const edge of this.analysis.pipeline.edges) {
      if (edge.from !== id || edge.signal !== 'targets') continue;
      const activity = this.edge(edge.id, edge.from, edge.to, edge.path, 'targets');
      activity.items = count;
      activity.batches = 1;
      activity.lastTime = 0;
    }
  }

  private edge(id: string, from: string, to: string, path: string, signal: string): EdgeActivity {
    let edge = this.edges.get(id);
    if (!edge) {
      edge = newEdgeActivity(id, from, to, path, signal);
      this.edges.set(id, edge);
    }
    return edge;
  }

  private contextFor(id: string, body: ComponentContext['body']): ComponentContext {
    const activity = this.components.get(id) as ComponentActivity;
    return {
      id,
      body,
      clock: this.clock,
      random: this.random.fork(id),
      log: this.alloyLog.forComponent(id),
      alloyLog: this.alloyLog,
      sinks: this.sinks,
      network: this.network,
      environment: this.environment,
      output: (path, refs) => this.output(id, path, refs),
      dropped: (count, reason) => {
        activity.dropped += count;
        activity.dropReasons[reason] = (activity.dropReasons[reason] ?? 0) + count;
      },
      sent: (address, items, error) => this.sent(activity, address, items, error),
      receivedFrom: (address, items) => this.receivedFrom(id, address, items),
      component: (other) => this.instances.get(other),
    };
  }

  /** The wires of one argument; emitting counts along each and hands the batch over. */
  private output(from: string, path: string, refs: readonly ExportRef[]): Output {
    const sender = this.components.get(from) as ComponentActivity;
    const senderRing = this.rings.get(from)?.sent;
    const pipelineSignal = (to: string) =>
      this.analysis.pipeline.edges.find((edge) => edge.from === from && edge.to === to && edge.path === path)
        ?.signal ?? '';
    const wires = refs.map((ref) => ({
      to: ref.component,
      edge: this.edge(
        `${from}->${ref.component}:${path}`,
        from,
        ref.component,
        path,
        pipelineSignal(ref.component),
      ),
    }));
    return {
      connected: wires.length > 0,
      emit: (batch: Batch) => {
        const size = batchSize(batch);
        if (size === 0) return;
        const now = this.clock.now;
        sender.sent += size;
        senderRing?.push(batch, now);
        for (const { to, edge } of wires) {
          edge.items += size;
          edge.batches++;
          edge.lastTime = now;
          if (edge.signal === '') edge.signal = batch.signal;
          const receiver = this.components.get(to);
          if (receiver) receiver.received += size;
          this.rings.get(to)?.received.push(batch, now);
          this.instances.get(to)?.receive?.(batch, now);
        }
      },
    };
  }

  /** Data from outside Alloy, counted on the external edge the analysis drew for it. */
  private receivedFrom(id: string, address: string, items: number): void {
    for (const external of this.analysis.pipeline.edges) {
      if (external.to !== id || external.from !== `external:in:${address}`) continue;
      const edge = this.edge(external.id, external.from, external.to, external.path, external.signal);
      edge.items += items;
      edge.batches++;
      edge.lastTime = this.clock.now;
    }
  }

  /** A send to an endpoint outside Alloy: counted on the external edge, failures kept. */
  private sent(activity: ComponentActivity, address: string, items: number, error: string | null): void {
    const now = this.clock.now;
    if (error === null) activity.delivered += items;
    else activity.lost += items;
    const externals = this.analysis.pipeline.edges.filter(
      (edge) => edge.from === activity.id && edge.to === `external:out:${address}`,
    );
    const edges =
      externals.length > 0
        ? externals
        : [
            {
              id: `${activity.id}->external:out:${address}`,
              from: activity.id,
              to: `external:out:${address}`,
              path: '',
              signal: '',
            },
          ];
    for (const external of edges) {
      const edge = this.edge(external.id, external.from, external.to, external.path, external.signal);
      edge.items += items;
      edge.batches++;
      edge.lastTime = now;
      if (error === null) edge.error = null;
      else {
        edge.lost += items;
        edge.error = error;
      }
    }
    if (error === null) return;
    const key = `${activity.id}|${address}`;
    const failure = this.failures.get(key) ?? {
      component: activity.id,
      address,
      error,
      lost: 0,
      lastTime: now,
    };
    failure.error = error;
    failure.lost += items;
    failure.lastTime = now;
    this.failures.set(key, failure);
  }
}

/** Kahn's algorithm keeping the given order among independent ids; ids in a cycle keep their place. */
function topologicalOrder(ids: readonly string[], before: ReadonlyMap<string, readonly string[]>): string[] {
  const placed = new Set<string>();
  const result: string[] = [];
  const known = new Set(ids);
  let progress = true;
  while (result.length < ids.length && progress) {
    progress = false;
    for (const id of ids) {
      if (placed.has(id)) continue;
      const waiting = (before.get(id) ?? []).some(
        (other) => known.has(other) && !placed.has(other) && other !== id,
      );
      if (waiting) continue;
      placed.add(id);
      result.push(id);
      progress = true;
    }
  }
  for (const id of ids) if (!placed.has(id)) result.push(id);
  return result;
}
