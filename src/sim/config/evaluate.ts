/**
 * Evaluates component bodies the way Alloy's loader does once the
 * components they reference exist: references to other components resolve
 * to their exports. Receivers (`receiver`, `input`) and `rules` are capsules
 * the simulation recognises by identity; target lists are real values once
 * the component providing them has been built. Exports of components the
 * simulation does not model are unknown, and so is whatever reads them.
 */
import { evaluateExpression, values, type LineIndex, type Scope, type Value } from '../../syntax';
import type { Block } from '../../syntax/ast';
import type { Labels } from '../model';
import { ConfigBody, ConfigError, type NestedBlock } from './body';
import { ExportRef, toConfigValue, type CapsuleTable, type ConfigValue } from './value';

/** Exports that are capsules standing for the component itself. */
const CAPSULE_EXPORTS = ['receiver', 'input', 'rules'];

export class ConfigEvaluator {
  private readonly capsules: CapsuleTable = new WeakMap();
  private readonly exports = new Map<string, Map<string, Value>>();
  private scope: Scope | null = null;

  /** `lines` index the source the blocks were parsed from, for messages that quote it. */
  constructor(
    private readonly lines: LineIndex,
    private readonly constants: { hostname: string },
  ) {}

  /** Makes a component's capsule exports known. */
  declare(id: string, type: string): void {
    const fields = new Map<string, Value>();
    for (const name of CAPSULE_EXPORTS) {
      const capsule = values.hostCapsule(`${type}.${name}`);
      this.capsules.set(capsule, new ExportRef(id, name));
      fields.set(name, capsule);
    }
    this.exports.set(id, fields);
    this.scope = null;
  }

  /** Makes a component's exports unknown (it is not simulated). */
  declareUnknown(id: string): void {
    this.exports.set(id, new Map());
    this.scope = null;
  }

  setTargets(id: string, exportName: string, targets: readonly Labels[]): void {
    const fields = this.exports.get(id) ?? new Map<string, Value>();
    fields.set(
      exportName,
      values.array(
        targets.map((target) =>
          values.object(Object.fromEntries(Object.entries(target).map(([k, v]) => [k, values.string(v)]))),
        ),
      ),
    );
    this.exports.set(id, fields);
    this.scope = null;
  }

  /** Evaluates a block's body; throws ConfigError with Alloy's message on an evaluation error. */
  evaluate(block: Block, path: string): ConfigBody {
    const attributes = new Map<string, ConfigValue>();
    const blocks: NestedBlock[] = [];
    for (const statement of block.body) {
      if (statement.kind === 'Block') {
        blocks.push({
          name: statement.name,
          label: statement.label?.value ?? null,
          body: this.evaluate(statement, `${path} > ${statement.name}`),
        });
        continue;
      }
      const result = evaluateExpression(statement.value, this.currentScope(), { lines: this.lines });
      const error = result.diagnostics.find((diagnostic) => diagnostic.severity === 'error');
      if (error) throw new ConfigError(`${path} > ${statement.name.name}: ${error.message}`);
      attributes.set(statement.name.name, toConfigValue(result.value, this.capsules));
    }
    return new ConfigBody(path, attributes, blocks);
  }

  private currentScope(): Scope {
    if (this.scope) return this.scope;
    // Component ids nest as objects: prometheus → exporter → self → alloy → exports.
    const root = new Map<string, unknown>();
    for (const [id, fields] of this.exports) {
      const parts = id.split('.');
      let node = root;
      for (const part of parts.slice(0, -1)) {
        let next = node.get(part);
        if (!(next instanceof Map)) {
          next = new Map<string, unknown>();
          node.set(part, next);
        }
        node = next as Map<string, unknown>;
      }
      const last = parts[parts.length - 1] as string;
      node.set(last, fields.size === 0 ? values.unknown('not simulated') : fields);
    }
    const toValue = (node: unknown): Value =>
      node instanceof Map
        ? values.object(new Map([...node].map(([key, child]) => [key as string, toValue(child)])), true)
        : (node as Value);
    const variables: Record<string, Value> = {};
    for (const [name, node] of root) variables[name] = toValue(node);
    this.scope = {
      variables,
      environment: {},
      constants: { hostname: this.constants.hostname, os: 'linux', arch: 'amd64', version: 'v1.8.1' },
    };
    return this.scope;
  }
}
