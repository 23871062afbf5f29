/** Helpers for the simulator's tests: component bodies from Alloy text. */
import { parse } from '../syntax';
import type { Block } from '../syntax/ast';
import { AlloyLog } from './alloy-log';
import { Backends } from './backends';
import { VirtualClock } from './clock';
import type { ConfigBody } from './config/body';
import { ConfigEvaluator } from './config/evaluate';
import { batchSize, type ComponentContext, type ComponentFactory, type SimComponent } from './components';
import type { Batch } from './model';
import { Network } from './network';
import { Random } from './random';
import { Sinks } from './sinks';

/** The evaluated body of the first block in `source`; other blocks' capsules resolve. */
export function bodyOf(source: string): ConfigBody {
  const { ast, lines } = parse(source);
  const blocks = ast.body.filter((statement): statement is Block => statement.kind === 'Block');
  const evaluator = new ConfigEvaluator(lines, { hostname: 'test' });
  for (const block of blocks)
    evaluator.declare(block.label ? `${block.name}.${block.label.value}` : block.name, block.name);
  const first = blocks[0];
  if (!first) throw new Error('no block');
  return evaluator.evaluate(first, first.label ? `${first.name}.${first.label.value}` : first.name);
}

/** A component built from Alloy text, with everything it emits collected per argument path. */
export function buildComponent(
  factory: ComponentFactory,
  source: string,
  /** Opens what the component talks to (routes on the network). */
  setup: (network: Network) => void = () => {},
  /** Other components it may look up by id (for `rules` exports). */
  others: Readonly<Record<string, SimComponent>> = {},
): {
  instance: SimComponent;
  emitted: Map<string, Batch[]>;
  clock: VirtualClock;
  log: AlloyLog;
  backends: Backends;
  network: Network;
} {
  const body = bodyOf(source);
  const emitted = new Map<string, Batch[]>();
  const clock = new VirtualClock();
  const network = new Network();
  setup(network);
  const backends = new Backends();
  const log = new AlloyLog(clock, new Random(1));
  log.configure('debug', 'logfmt');
  const context: ComponentContext = {
    id: body.path,
    body,
    clock,
    random: new Random(1),
    log: log.forComponent(body.path),
    alloyLog: log,
    sinks: new Sinks(network, backends),
    network,
    environment: {
      hostname: 'test',
      alloyMetrics: () => [],
      connectPostgres: () => ({ ok: false, error: 'no database' }),
    },
    output: (path, refs) => ({
      connected: refs.length > 0,
      emit: (batch) => {
        if (batchSize(batch) > 0) emitted.set(path, [...(emitted.get(path) ?? []), batch]);
      },
    }),
    dropped: () => {},
    sent: () => {},
    receivedFrom: () => {},
    component: (id) => others[id],
  };
  return { instance: factory(context), emitted, clock, log, backends, network };
}
