/**
 * The catalog's two shapes: the compact JSON in data/components.json (`Raw*`,
 * written by scripts/catalog/prepare-catalog.mjs) and the schema objects the
 * editor and validator use (`*Schema`), with parsed types and every flag spelled out.
 */
import type { Signal } from '../analysis/pipeline';
import { SIGNAL_CORRECTIONS } from './signal-corrections';
import { ANY, parseTypeSpelling, receiverKindForSignal, receiverType, type ValueType } from './types';

export type Stability = 'generally-available' | 'public-preview' | 'experimental';
export type ComponentKind = 'component' | 'config-block';
export type Telemetry = Exclude<Signal, 'targets'>;

// ---- The JSON as stored: absent flags are false, absent lists are empty. ----

export type RawArgument = {
  name: string;
  type: string;
  default?: string;
  required?: boolean;
  conditionallyRequired?: boolean;
  defaultDescribed?: boolean;
  undocumented?: boolean;
  notInSource?: boolean;
  docsName?: string;
  fields?: RawArgument[];
};

export type RawBlock = {
  name: string;
  required?: boolean;
  multiple?: boolean;
  labelled?: boolean;
  bodyContainsComponents?: boolean;
  undocumented?: boolean;
  notInSource?: boolean;
  docsName?: string;
  oneOfGroup?: string;
  sameBlocksAs?: string;
  arguments?: RawArgument[];
  blocks?: RawBlock[];
};

export type RawComponent = {
  name: string;
  kind: ComponentKind;
  stability: Stability | null;
  docs: string;
  labelled: boolean;
  community?: boolean;
  removed?: boolean;
  bodyContainsComponents?: boolean;
  arguments?: RawArgument[];
  blocks?: RawBlock[];
  exports?: { name: string; type: string; undocumented?: boolean }[];
  signals?: { accepts: Telemetry[]; emits: Telemetry[] };
};

export type RawCatalog = { alloyVersion: string; sourceCommit: string; components: RawComponent[] };

// ---- The schema objects. ----

export type ArgumentSchema = {
  name: string;
  /** The type as the docs print it, for hover. */
  typeSpelling: string;
  type: ValueType;
  /** The default as the docs print it, in Alloy syntax (`"\"5s\""`, `true`); null when none is given. */
  default: string | null;
  /** The docs explain the default in words instead of giving a value. */
  defaultDescribed: boolean;
  /** Always required. */
  required: boolean;
  /** Required only in some configurations (the docs say when, in prose); never also `required`. */
  conditionallyRequired: boolean;
  /** The docs' (misspelled) name when it differs from the accepted one. */
  docsName: string | null;
  /** Accepted by Alloy but not in the docs; its type is approximate. */
  undocumented: boolean;
  /** In the docs but not accepted by Alloy. */
  notInSource: boolean;
};

/** What a block or a component body may contain. */
export type BodySchema = {
  arguments: readonly ArgumentSchema[];
  blocks: readonly BlockSchema[];
};

export type BlockSchema = BodySchema & {
  name: string;
  required: boolean;
  /** May appear more than once. */
  multiple: boolean;
  /** Written with a label: `walk_param "x" { }`. */
  labelled: boolean;
  /** Exactly one block of this group must be present among the siblings. */
  oneOfGroup: string | null;
  /**
   * Set when the nested blocks are those of another path ("" = the component's
   * own body); `blocks` then *is* that list, so the schema is cyclic here
   * (`stage.match` nests every `loki.process` stage, including itself).
   * Recursive walks must stop at such blocks.
   */
  sameBlocksAs: string | null;
  /** The body holds ordinary components (`foreach > template`). */
  bodyContainsComponents: boolean;
  docsName: string | null;
  undocumented: boolean;
  notInSource: boolean;
};

export type ExportSchema = {
  name: string;
  typeSpelling: string;
  type: ValueType;
  undocumented: boolean;
};

export type ComponentSchema = BodySchema & {
  /** `loki.relabel`, `logging`, `import.file`. */
  name: string;
  kind: ComponentKind;
  /** The first name part: `loki`, `otelcol`, `import`, `logging`. */
  namespace: string;
  /** null for community components, which have no stability level. */
  stability: Stability | null;
  community: boolean;
  /** No longer accepted by Alloy, though still documented. */
  removed: boolean;
  docs: string;
  /** Instances are written with a label: `loki.write "default" { }`. */
  labelled: boolean;
  /** The body holds ordinary components (`declare`). */
  bodyContainsComponents: boolean;
  exports: readonly ExportSchema[];
  /** Telemetry it takes in and sends on (targets are in signals.ts). */
  signals: { accepts: readonly Telemetry[]; emits: readonly Telemetry[] };
};

/** The first name part, shared by components and config blocks. */
export function namespaceOf(name: string): string {
  const dot = name.indexOf('.');
  return dot < 0 ? name : name.slice(0, dot);
}

/**
 * Fills in receivers whose signal depends on where they are: the docs' generic
 * `receiver` (a `loki.relabel` export, an `otelcol.exporter.loki` argument) and
 * `otelcol.Consumer`. `signals` is what that place carries: an argument sends
 * what the component emits, an export takes what it accepts, and
 * `output { logs = … }` carries the signal it is named after. Left unresolved
 * when the place does not decide.
 */
function placeReceivers(type: ValueType, signals: readonly Telemetry[]): ValueType {
  switch (type.kind) {
    case 'list':
      return { kind: 'list', element: placeReceivers(type.element, signals) };
    case 'map':
      return { kind: 'map', value: placeReceivers(type.value, signals) };
    case 'receiver': {
      if (type.receiver === 'otelcol.Consumer') return receiverType(type.receiver, signals);
      if (type.receiver !== null) return type;
      const [only, ...others] = signals;
      const receiver = only && others.length === 0 ? receiverKindForSignal(only) : null;
      return receiver ? receiverType(receiver) : type;
    }
    default:
      return type;
  }
}

function typeOf(
  spelling: string,
  signals: readonly Telemetry[],
  fields: RawArgument[] | undefined,
): ValueType {
  const parsed = parseTypeSpelling(spelling) ?? ANY;
  const placed = placeReceivers(parsed, signals);
  if (!fields?.length || placed.kind !== 'list' || placed.element.kind !== 'object') return placed;
  const objectFields = fields.map((field) => ({
    name: field.name,
    type: typeOf(field.type, signals, field.fields),
    required: field.required === true,
    default: field.default ?? null,
  }));
  return { kind: 'list', element: { kind: 'object', fields: objectFields } };
}

const OUTPUT_SIGNALS = new Set<string>(['logs', 'metrics', 'traces']);

function buildArgument(raw: RawArgument, signals: readonly Telemetry[]): ArgumentSchema {
  return {
    name: raw.name,
    typeSpelling: raw.type,
    type: typeOf(raw.type, signals, raw.fields),
    default: raw.default ?? null,
    defaultDescribed: raw.defaultDescribed === true,
    // The data also marks some conditional items required (a "yes*" docs cell);
    // Alloy accepts them absent, so only the conditional flag is kept for those.
    required: raw.required === true && raw.conditionallyRequired !== true,
    conditionallyRequired: raw.conditionallyRequired === true,
    docsName: raw.docsName ?? null,
    undocumented: raw.undocumented === true,
    notInSource: raw.notInSource === true,
  };
}

function buildArguments(
  raws: RawArgument[] | undefined,
  blockName: string | null,
  emits: readonly Telemetry[],
) {
  return (raws ?? []).map((raw) => {
    // In an otelcol `output` block each argument is named after the signal it carries.
    const inOutput = blockName === 'output' && OUTPUT_SIGNALS.has(raw.name);
    return buildArgument(raw, inOutput ? [raw.name as Telemetry] : emits);
  });
}

/** Builds the runtime schema of one catalog entry. */
export function buildComponent(raw: RawComponent): ComponentSchema {
  const signals = SIGNAL_CORRECTIONS[raw.name] ?? {
    accepts: raw.signals?.accepts ?? [],
    emits: raw.signals?.emits ?? [],
  };
  // Blocks that reuse another body's blocks, linked once the whole tree exists.
  const reusing: { block: BlockSchema; path: string }[] = [];

  const buildBlock = (block: RawBlock): BlockSchema => {
    const schema: BlockSchema = {
      name: block.name,
      required: block.required === true,
      multiple: block.multiple === true,
      labelled: block.labelled === true,
      oneOfGroup: block.oneOfGroup ?? null,
      sameBlocksAs: block.sameBlocksAs ?? null,
      bodyContainsComponents: block.bodyContainsComponents === true,
      docsName: block.docsName ?? null,
      undocumented: block.undocumented === true,
      notInSource: block.notInSource === true,
      arguments: buildArguments(block.arguments, block.name, signals.emits),
      blocks: (block.blocks ?? []).map(buildBlock),
    };
    if (block.sameBlocksAs !== undefined) reusing.push({ block: schema, path: block.sameBlocksAs });
    return schema;
  };

  const component: ComponentSchema = {
    name: raw.name,
    kind: raw.kind,
    namespace: namespaceOf(raw.name),
    stability: raw.stability,
    community: raw.community === true,
    removed: raw.removed === true,
    docs: raw.docs,
    labelled: raw.labelled,
    bodyContainsComponents: raw.bodyContainsComponents === true,
    arguments: buildArguments(raw.arguments, null, signals.emits),
    blocks: (raw.blocks ?? []).map(buildBlock),
    exports: (raw.exports ?? []).map((e) => ({
      name: e.name,
      typeSpelling: e.type,
      type: typeOf(e.type, signals.accepts, undefined),
      undocumented: e.undocumented === true,
    })),
    signals,
  };

  for (const { block, path } of reusing) {
    const source = findBody(component, reusedBodyPath(path));
    if (source) block.blocks = source.blocks;
  }
  return component;
}

/** The block path a `sameBlocksAs` value names ("" = the component body). */
export function reusedBodyPath(sameBlocksAs: string): string[] {
  return sameBlocksAs === '' ? [] : sameBlocksAs.split(' > ');
}

/** The body at a block path (block names; labels are not part of paths). [] is the component itself. */
export function findBody(component: ComponentSchema, path: readonly string[]): BodySchema | undefined {
  let body: BodySchema = component;
  for (const name of path) {
    const next = body.blocks.find((block) => block.name === name);
    if (!next) return undefined;
    body = next;
  }
  return body;
}
