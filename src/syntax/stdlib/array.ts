/** `array`: combining and grouping arrays (spec 6.6). */
import { array, object, string, type FunctionValue, type Value } from '../value';
import { plainError } from '../eval/errors';
import { argumentError, argumentTypeError, rawFunction } from './define';

/** `array.concat(arrays...)`: one array with the elements of all. */
export const concat: FunctionValue = rawFunction((args) => {
  args.forEach((arg) => {
    if (arg.type !== 'array') throw argumentTypeError(arg, 'array');
  });
  if (args.length === 1) return args[0] as Value;
  return array(args.flatMap((arg) => (arg.type === 'array' ? arg.elements : [])));
});

/** The fields of an object, or of a capsule that presents itself as one. */
function fieldsOf(value: Value): ReadonlyMap<string, Value> | undefined {
  if (value.type === 'object') return value.fields;
  if (value.type === 'capsule' && value.kind === 'host') return value.object?.fields;
  return undefined;
}

/**
 * `combine_maps` compares key values strictly, as Go's reflect.Value.Equal
 * does: same representation and value. Arrays, objects and functions cannot be
 * compared (the reference implementation crashes on them).
 */
function strictlyEqual(a: Value, b: Value): boolean {
  if (a.type !== b.type) return false;
  switch (a.type) {
    case 'null':
      return true;
    case 'number':
      return b.type === 'number' && a.kind === b.kind && a.value === b.value;
    case 'string':
    case 'bool':
      return a.value === (b as typeof a).value;
    case 'capsule':
      return JSON.stringify(a) === JSON.stringify(b);
    default:
      throw plainError(`combine_maps: values of type ${a.type} cannot be compared`);
  }
}

function matches(
  left: ReadonlyMap<string, Value>,
  right: ReadonlyMap<string, Value>,
  keys: readonly Value[],
): boolean {
  return keys.every((key) => {
    if (key.type !== 'string')
      throw plainError(`combine_maps: merge conditions must be strings, got ${key.type}`);
    const l = left.get(key.value);
    const r = right.get(key.value);
    return l !== undefined && r !== undefined && strictlyEqual(l, r);
  });
}

/**
 * `array.combine_maps(left, right, keys [, passthrough])` (experimental): for
 * every pair of objects agreeing on all `keys`, their merge (right wins); with
 * passthrough, the left object for every pair that does not match.
 */
export const combineMaps: FunctionValue = rawFunction((args) => {
  if (args.length !== 3 && args.length !== 4) {
    throw plainError(`combine_maps: expected 3 or 4 arguments, got ${args.length}`);
  }
  const [left, right, keys, passthrough] = args as [Value, Value, Value, Value | undefined];
  const sides: (readonly Value[])[] = [];
  for (const side of [left, right]) {
    if (side.type !== 'array') throw argumentTypeError(side, 'array');
    for (const element of side.elements) {
      if (!fieldsOf(element)) throw argumentTypeError(element, 'object');
    }
    sides.push(side.elements);
  }
  if (keys.type !== 'array') throw argumentTypeError(keys, 'array');
  if (keys.elements.length === 0)
    throw argumentError(keys, 'combine_maps: merge conditions must not be empty');
  if (passthrough !== undefined && passthrough.type !== 'bool') throw argumentTypeError(passthrough, 'bool');
  const keepLeft = passthrough?.type === 'bool' && passthrough.value;
  const [lefts = [], rights = []] = sides;
  const result: Value[] = [];
  for (const l of lefts) {
    for (const r of rights) {
      const leftFields = fieldsOf(l) as ReadonlyMap<string, Value>;
      const rightFields = fieldsOf(r) as ReadonlyMap<string, Value>;
      if (matches(leftFields, rightFields, keys.elements))
        result.push(object(new Map([...leftFields, ...rightFields])));
      else if (keepLeft) result.push(l);
    }
  }
  return array(result);
});

/**
 * `array.group_by(items, key, drop_missing)` (experimental): one object
 * `{⟨key⟩ = value, items = [...]}` per distinct string value of the field
 * `key`; items without the field form the `""` group unless dropped. Groups
 * come in order of first appearance (Alloy leaves the order unspecified).
 */
export const groupBy: FunctionValue = rawFunction((args) => {
  if (args.length !== 3) throw plainError(`group_by: expected 3 arguments, got ${args.length}`);
  const [items, key, dropMissing] = args as [Value, Value, Value];
  if (items.type !== 'array') throw argumentTypeError(items, 'array');
  if (key.type !== 'string') throw argumentTypeError(key, 'string');
  if (dropMissing.type !== 'bool') throw argumentTypeError(dropMissing, 'bool');
  const groups = new Map<string, Value[]>();
  for (const item of items.elements) {
    const fields = fieldsOf(item);
    if (!fields) throw argumentTypeError(item, 'object');
    const grouped = item.type === 'object' ? item : object(fields);
    const field = fields.get(key.value);
    if (field === undefined && dropMissing.value) continue;
    if (field !== undefined && field.type !== 'string') throw argumentTypeError(field, 'string');
    const group = field?.type === 'string' ? field.value : '';
    groups.set(group, [...(groups.get(group) ?? []), grouped]);
  }
  return array(
    [...groups].map(([group, members]) =>
      object(
        new Map([
          [key.value, string(group) as Value],
          ['items', array(members)],
        ]),
      ),
    ),
  );
});
