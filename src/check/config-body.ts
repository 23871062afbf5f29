/**
 * A block's body in the shape the simulator's relabel rules and
 * `loki.process` stages read, so that the checks run samples through the
 * same code as the simulation. Values come from the checks' reader: what is
 * only known when Alloy runs is unknown, and reading it throws
 * UnknownConfigError. Messages name the attribute alone (`regex is only
 * known when Alloy runs`); the caller says which block it is in.
 */
import { ConfigBody, type NestedBlock } from '../sim/config/body';
import { UnknownConfig, type ConfigValue } from '../sim/config/value';
import type { Block } from '../syntax/ast';
import { UNKNOWN, type Plain } from './plain';
import type { ValueReader } from './values';

const RUN_TIME = new UnknownConfig('only known when Alloy runs');

export function configBody(block: Block, reader: ValueReader): ConfigBody {
  const attributes = new Map<string, ConfigValue>();
  const blocks: NestedBlock[] = [];
  for (const statement of block.body) {
    if (statement.kind === 'Attribute') {
      attributes.set(statement.name.name, toConfigValue(reader.read(statement.value)));
    } else {
      blocks.push({
        name: statement.name,
        label: statement.label?.value ?? null,
        body: configBody(statement, reader),
      });
    }
  }
  return new ConfigBody('', attributes, blocks);
}

function toConfigValue(value: Plain): ConfigValue {
  if (value === UNKNOWN) return RUN_TIME;
  if (Array.isArray(value)) return (value as readonly Plain[]).map(toConfigValue);
  if (typeof value === 'object' && value !== null) {
    const record: Record<string, ConfigValue> = {};
    for (const [key, field] of Object.entries(value)) record[key] = toConfigValue(field);
    return record;
  }
  return value;
}
