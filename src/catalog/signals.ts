/**
 * How components wire together: which arguments send data to (or take data
 * from) other components' exports, and which signal each wire carries.
 *
 * Everything is derived from argument and export types:
 * - an argument holding a list of receivers (`forward_to`, `write_to`,
 *   `output.traces`) sends that receiver's signal to the referenced components;
 * - an argument named `targets` holding a list of label sets takes discovery
 *   targets from the referenced components;
 * - an export that is a receiver (`receiver`, `input`) takes the signals it
 *   carries; an export that is a list of label sets (`targets`, `output` of
 *   discovery.relabel) provides targets.
 */
import type { Signal } from '../analysis/pipeline';
import { getComponent } from './catalog';
import type { BodySchema, ComponentSchema } from './schema';
import type { ValueType } from './types';

export type ArgumentWire = {
  /** Block names and the argument joined by dots: `forward_to`, `output.traces`, `write_to`. */
  path: string;
  blockPath: readonly string[];
  argument: string;
  signal: Signal;
  /**
   * `out`: data flows from this component to each referenced export (edge this → referenced).
   * `in`: data flows from each referenced export into this component (edge referenced → this).
   */
  direction: 'out' | 'in';
  /** The type each list element (each referenced export) must have. */
  expects: ValueType;
};

export type ExportWire = {
  name: string;
  signals: readonly Signal[];
  /** `sink`: data sent to it enters the component. `source`: data read from it leaves the component. */
  role: 'sink' | 'source';
};

function isTargetList(type: ValueType): boolean {
  return type.kind === 'list' && (type.element.kind === 'map' || type.element.kind === 'any');
}

/** A list of label sets, or a loosely typed list that is named `targets` (database_observability.*). */
function providesTargets(name: string, type: ValueType): boolean {
  if (type.kind !== 'list') return false;
  return type.element.kind === 'map' || (type.element.kind === 'any' && name === 'targets');
}

function argumentWiresOf(body: BodySchema, blockPath: readonly string[], wires: ArgumentWire[]): void {
  for (const argument of body.arguments) {
    const { type } = argument;
    if (type.kind !== 'list') continue;
    const path = [...blockPath, argument.name].join('.');
    const [signal, ...more] = type.element.kind === 'receiver' ? type.element.signals : [];
    if (signal && more.length === 0) {
      wires.push({
        path,
        blockPath,
        argument: argument.name,
        signal,
        direction: 'out',
        expects: type.element,
      });
    } else if (argument.name === 'targets' && isTargetList(type)) {
      wires.push({
        path,
        blockPath,
        argument: argument.name,
        signal: 'targets',
        direction: 'in',
        expects: type.element,
      });
    }
  }
  for (const block of body.blocks) {
    // A block that reuses another body's blocks (stage.match) adds no new wires.
    if (block.sameBlocksAs === null) argumentWiresOf(block, [...blockPath, block.name], wires);
  }
}

const argumentWireCache = new WeakMap<ComponentSchema, readonly ArgumentWire[]>();

/** Every argument of a component that makes pipeline edges; empty for unknown names. */
export function argumentWires(component: string): readonly ArgumentWire[] {
  const schema = getComponent(component);
  if (!schema) return [];
  let wires = argumentWireCache.get(schema);
  if (!wires) {
    const found: ArgumentWire[] = [];
    argumentWiresOf(schema, [], found);
    wires = found;
    argumentWireCache.set(schema, wires);
  }
  return wires;
}

/** The wire at a dotted argument path (`forward_to`, `output.metrics`), if that argument makes edges. */
export function findArgumentWire(component: string, path: string): ArgumentWire | undefined {
  return argumentWires(component).find((wire) => wire.path === path);
}

const exportWireCache = new WeakMap<ComponentSchema, readonly ExportWire[]>();

/** Every export of a component that other components can wire to. */
export function exportWires(component: string): readonly ExportWire[] {
  const schema = getComponent(component);
  if (!schema) return [];
  let wires = exportWireCache.get(schema);
  if (!wires) {
    wires = exportWiresOf(schema);
    exportWireCache.set(schema, wires);
  }
  return wires;
}

function exportWiresOf(schema: ComponentSchema): ExportWire[] {
  const wires: ExportWire[] = [];
  for (const exported of schema.exports) {
    const { type } = exported;
    if (type.kind === 'receiver' && type.signals.length > 0) {
      wires.push({ name: exported.name, signals: type.signals, role: 'sink' });
    } else if (providesTargets(exported.name, type)) {
      wires.push({ name: exported.name, signals: ['targets'], role: 'source' });
    }
  }
  return wires;
}

export function findExportWire(component: string, name: string): ExportWire | undefined {
  return exportWires(component).find((wire) => wire.name === name);
}

/**
 * What a component takes in and sends on, as the graph shows it: its telemetry
 * signals plus `targets` where it reads or provides discovery targets.
 */
export function componentSignals(component: string): { accepts: Signal[]; emits: Signal[] } {
  const schema = getComponent(component);
  if (!schema) return { accepts: [], emits: [] };
  const accepts: Signal[] = [...schema.signals.accepts];
  const emits: Signal[] = [...schema.signals.emits];
  if (argumentWires(component).some((wire) => wire.direction === 'in')) accepts.push('targets');
  if (exportWires(component).some((wire) => wire.role === 'source')) emits.push('targets');
  return { accepts, emits };
}
