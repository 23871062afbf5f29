/**
 * What a simulated component is: a pure transform of the data arriving at
 * its receiver (`receive`), plus time-driven work (`tick`: scrapes, flushes
 * of batches and aggregates). Everything a component needs from the world
 * comes through its `ComponentContext`: its evaluated config, the wires its
 * arguments point to, Alloy's log, the network, a random stream.
 */
import type { AlloyLog, ComponentLogger } from '../alloy-log';
import type { VirtualClock } from '../clock';
import type { ConfigBody } from '../config/body';
import type { Environment } from '../environment';
import type { ExportRef } from '../config/value';
import type { Batch, Labels } from '../model';
import type { Network } from '../network';
import type { Random } from '../random';
import type { Sinks } from '../sinks';

/** The wires one argument (`forward_to`, `output.traces`) points to. */
export interface Output {
  /** Sends a batch along every wire of the argument (no-op for an empty batch). */
  emit(batch: Batch): void;
  /** Whether the argument points anywhere at all. */
  readonly connected: boolean;
}

export interface ComponentContext {
  /** `loki.relabel.alloy_logs`. */
  readonly id: string;
  readonly body: ConfigBody;
  readonly clock: VirtualClock;
  readonly random: Random;
  readonly log: ComponentLogger;
  /** Alloy's whole log (the `logging` block configures it). */
  readonly alloyLog: AlloyLog;
  readonly sinks: Sinks;
  readonly network: Network;
  readonly environment: Environment;
  /** The wires an argument of this component points to. */
  output(path: string, refs: readonly ExportRef[]): Output;
  /** Counts items the component dropped on purpose, by reason (for display). */
  dropped(count: number, reason: string): void;
  /**
   * Records a send to an endpoint outside Alloy: how many items, and the
   * error if they were lost (null when delivered).
   */
  sent(address: string, items: number, error: string | null): void;
  /** Records data arriving from outside Alloy at an address the component listens on or scrapes. */
  receivedFrom(address: string, items: number): void;
  /** Another component's instance (for `rules` exports). */
  component(id: string): SimComponent | undefined;
}

export interface SimComponent {
  /** Data arriving at the component's receiver or input. */
  receive?(batch: Batch, now: number): void;
  /** Time-driven work up to `now`, once per simulation step, upstream components first. */
  tick?(now: number): void;
  /** Targets it exports (`targets`, `output` of discovery components). */
  readonly targets?: readonly Labels[];
}

/** Builds a component from its context; throws ConfigError for a config it cannot run. */
export type ComponentFactory = (context: ComponentContext) => SimComponent;

/** How many items a batch holds. */
export function batchSize(batch: Batch): number {
  switch (batch.signal) {
    case 'logs':
      return batch.entries.length;
    case 'otlp-logs':
      return batch.records.length;
    case 'otlp-metrics':
      return batch.metrics.reduce((sum, metric) => sum + metric.points.length, 0);
    case 'metrics':
      return batch.samples.length;
    case 'traces':
      return batch.spans.length;
    case 'targets':
      return batch.targets.length;
  }
}
