/**
 * The checks of a lesson, as written in its `checks.json`: data, never code.
 *
 * A check file names *roles* (the components a lesson is about, found by
 * type, and by label only where the text fixes it) and lists, per objective,
 * the clauses that must all hold:
 *
 * - `value`:   an argument of a role, compared by its evaluated value;
 * - `flow`:    data leaves one role through a given wire and reaches another,
 *              directly or through other components;
 * - `logs`:    a sample log entry, run through one role or along the flow
 *              between two roles, ends up as expected;
 * - `metrics`: the same for a sample's labels through a relabelling role.
 */
import { isJsonObject, ObjectReader, parseJson, type Json } from './json';

export type RoleDefinition = {
  /** Component or config block name: `loki.write`, `logging`. */
  type: string;
  /** The label the lesson's skeleton uses; named in messages when the component is missing. */
  label: string | null;
  /** Only a component with exactly this label plays the role. */
  labelFixed: boolean;
};

export type ValueClause = {
  check: 'value';
  role: string;
  /** Attribute path through blocks: `endpoint.url`, `grpc.endpoint`, `histogram.explicit`. */
  path: string;
  equals?: Json;
  oneOf?: Json[];
  /** Every item must match an element of the list (objects match when they contain the item's fields). */
  includes?: Json[];
  /** The block or attribute exists (true) or does not (false). */
  present?: boolean;
  /** A verb phrase for messages: "`loki.write.mythical` sends to …". */
  says?: string;
};

export type FlowClause = {
  check: 'flow';
  from: string;
  /** The argument the data leaves `from` through: `forward_to`, `output.traces`, `write_to`, `targets`. */
  via: string;
  to: string;
};

export type LogEntrySample = {
  labels: Record<string, string>;
  line: string;
  /** RFC 3339; the time the entry reached Alloy. */
  timestamp?: string;
};

export type LogExpectation = {
  dropped?: boolean;
  /** Labels the entry must carry; null means the label must be absent. */
  labels?: Record<string, string | null>;
  line?: string;
  lineContains?: string[];
  lineExcludes?: string[];
  timestamp?: string;
};

/** Where a sample runs: through one role's component, or from one role's output to another role. */
export type SampleRoute = { role: string } | { from: string; to: string };

export type LogsClause = {
  check: 'logs';
  /** A noun phrase for messages: "Alloy's debug lines". */
  sample: string;
  entry: LogEntrySample;
  expect: LogExpectation;
} & SampleRoute;

export type MetricsClause = {
  check: 'metrics';
  sample: string;
  labels: Record<string, string>;
  expect: { dropped?: boolean; labels?: Record<string, string | null> };
} & SampleRoute;

export type CheckClause = ValueClause | FlowClause | LogsClause | MetricsClause;

export type CheckDefinitions = {
  roles: Record<string, RoleDefinition>;
  /** Clauses per objective id, in the order they are tried. */
  objectives: Record<string, CheckClause[]>;
};

export type CheckDefinitionsResult = { ok: true; value: CheckDefinitions } | { ok: false; errors: string[] };

export function parseCheckDefinitions(text: string, where: string): CheckDefinitionsResult {
  const errors: string[] = [];
  const data = parseJson(text, where, errors);
  if (data === undefined) return { ok: false, errors };
  if (!isJsonObject(data)) return { ok: false, errors: [`${where}: must be an object`] };

  const top = new ObjectReader(data, where, errors);
  const roles: Record<string, RoleDefinition> = {};
  for (const [name, raw] of Object.entries(top.object('roles') ?? {})) {
    const role = readRole(raw, `${where}: role \`${name}\``, errors);
    if (role) roles[name] = role;
  }
  const objectives: Record<string, CheckClause[]> = {};
  for (const [objective, raw] of Object.entries(top.object('objectives') ?? {})) {
    const place = `${where}: objective \`${objective}\``;
    if (!Array.isArray(raw) || raw.length === 0) {
      errors.push(`${place} must be a non-empty list of clauses`);
      continue;
    }
    objectives[objective] = raw.flatMap((clause, index) => {
      const parsed = readClause(clause, `${place}, clause ${index + 1}`, errors);
      return parsed ? [parsed] : [];
    });
  }
  if (!top.has('roles')) errors.push(`${where}: \`roles\` is missing`);
  if (!top.has('objectives')) errors.push(`${where}: \`objectives\` is missing`);
  top.rejectUnknownKeys();

  for (const [objective, clauses] of Object.entries(objectives)) {
    for (const clause of clauses) {
      for (const role of clauseRolesOf(clause)) {
        if (!(role in roles))
          errors.push(`${where}: objective \`${objective}\` uses the unknown role \`${role}\``);
      }
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { roles, objectives } };
}

/** The roles a clause is about, the component it points at first. */
export function clauseRolesOf(clause: CheckClause): string[] {
  switch (clause.check) {
    case 'value':
      return [clause.role];
    case 'flow':
      return [clause.from, clause.to];
    case 'logs':
    case 'metrics':
      return 'role' in clause ? [clause.role] : [clause.from, clause.to];
  }
}

function readRole(raw: Json, where: string, errors: string[]): RoleDefinition | null {
  if (!isJsonObject(raw)) {
    errors.push(`${where} must be an object`);
    return null;
  }
  const reader = new ObjectReader(raw, where, errors);
  const role: RoleDefinition = {
    type: reader.requiredString('type'),
    label: reader.string('label') ?? null,
    labelFixed: reader.boolean('labelFixed') ?? false,
  };
  if (role.labelFixed && role.label === null) errors.push(`${where}: \`labelFixed\` needs a \`label\``);
  reader.rejectUnknownKeys();
  return role;
}

function readClause(raw: Json, where: string, errors: string[]): CheckClause | null {
  if (!isJsonObject(raw)) {
    errors.push(`${where} must be an object`);
    return null;
  }
  const reader = new ObjectReader(raw, where, errors);
  const kind = reader.requiredString('check');
  let clause: CheckClause | null;
  switch (kind) {
    case 'value':
      clause = readValueClause(reader);
      break;
    case 'flow':
      clause = {
        check: 'flow',
        from: reader.requiredString('from'),
        via: reader.requiredString('via'),
        to: reader.requiredString('to'),
      };
      break;
    case 'logs':
      clause = readLogsClause(reader);
      break;
    case 'metrics':
      clause = readMetricsClause(reader);
      break;
    default:
      errors.push(`${where}: \`check\` must be one of value, flow, logs, metrics`);
      clause = null;
  }
  reader.rejectUnknownKeys();
  return clause;
}

function readValueClause(reader: ObjectReader): ValueClause {
  const clause: ValueClause = {
    check: 'value',
    role: reader.requiredString('role'),
    path: reader.requiredString('path'),
  };
  const expectations = ['equals', 'oneOf', 'includes', 'present'].filter((key) => reader.has(key));
  if (expectations.length !== 1) {
    reader.errors.push(
      `${reader.where}: give exactly one of \`equals\`, \`oneOf\`, \`includes\`, \`present\``,
    );
  }
  if (reader.has('equals')) clause.equals = reader.json('equals');
  const oneOf = reader.array('oneOf');
  if (oneOf) clause.oneOf = oneOf;
  const includes = reader.array('includes');
  if (includes) clause.includes = includes;
  const present = reader.boolean('present');
  if (present !== undefined) clause.present = present;
  const says = reader.string('says');
  if (says !== undefined) clause.says = says;
  return clause;
}

function readRoute(reader: ObjectReader): SampleRoute {
  if (reader.has('role')) {
    if (reader.has('from') || reader.has('to')) {
      reader.errors.push(`${reader.where}: give either \`role\` or \`from\` and \`to\`, not both`);
    }
    return { role: reader.requiredString('role') };
  }
  return { from: reader.requiredString('from'), to: reader.requiredString('to') };
}

function readLogsClause(reader: ObjectReader): LogsClause {
  const route = readRoute(reader);
  const sample = reader.requiredString('sample');
  const entryRaw = reader.object('entry');
  const expectRaw = reader.object('expect');
  if (!entryRaw) reader.errors.push(`${reader.where}: \`entry\` is missing`);
  if (!expectRaw) reader.errors.push(`${reader.where}: \`expect\` is missing`);

  const entryReader = new ObjectReader(entryRaw ?? {}, `${reader.where}, entry`, reader.errors);
  const entry: LogEntrySample = {
    labels: stringsOnly(entryReader.stringMap('labels') ?? {}),
    line: entryReader.requiredString('line'),
  };
  const timestamp = entryReader.string('timestamp');
  if (timestamp !== undefined) entry.timestamp = timestamp;
  entryReader.rejectUnknownKeys();

  const expectReader = new ObjectReader(expectRaw ?? {}, `${reader.where}, expect`, reader.errors);
  const expect: LogExpectation = {};
  const dropped = expectReader.boolean('dropped');
  if (dropped !== undefined) expect.dropped = dropped;
  const labels = expectReader.stringMap('labels', true);
  if (labels) expect.labels = labels;
  const line = expectReader.string('line');
  if (line !== undefined) expect.line = line;
  const contains = expectReader.stringArray('lineContains');
  if (contains) expect.lineContains = contains;
  const excludes = expectReader.stringArray('lineExcludes');
  if (excludes) expect.lineExcludes = excludes;
  const expectedTime = expectReader.string('timestamp');
  if (expectedTime !== undefined) expect.timestamp = expectedTime;
  expectReader.rejectUnknownKeys();
  if (expect.dropped && Object.keys(expect).length > 1) {
    reader.errors.push(`${reader.where}: an entry expected to be dropped cannot have other expectations`);
  }

  return { check: 'logs', sample, entry, expect, ...route };
}

function readMetricsClause(reader: ObjectReader): MetricsClause {
  const route = readRoute(reader);
  const sample = reader.requiredString('sample');
  const labels = stringsOnly(reader.stringMap('labels') ?? {});
  const expectRaw = reader.object('expect');
  if (!expectRaw) reader.errors.push(`${reader.where}: \`expect\` is missing`);
  const expectReader = new ObjectReader(expectRaw ?? {}, `${reader.where}, expect`, reader.errors);
  const expect: MetricsClause['expect'] = {};
  const dropped = expectReader.boolean('dropped');
  if (dropped !== undefined) expect.dropped = dropped;
  const expectedLabels = expectReader.stringMap('labels', true);
  if (expectedLabels) expect.labels = expectedLabels;
  expectReader.rejectUnknownKeys();
  return { check: 'metrics', sample, labels, expect, ...route };
}

function stringsOnly(map: Record<string, string | null>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(map)) if (value !== null) result[key] = value;
  return result;
}
