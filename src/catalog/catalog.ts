/**
 * Lookups over the bundled catalog. Schemas are built on first use and cached,
 * so opening a file that uses five components parses five components' types.
 */
import rawCatalog from './data/components.json';
import {
  buildComponent,
  findBody,
  type ArgumentSchema,
  type BlockSchema,
  type BodySchema,
  type ComponentKind,
  type ComponentSchema,
  type ExportSchema,
  type RawCatalog,
  type RawComponent,
  reusedBodyPath,
} from './schema';
import { suggestNames } from './suggest';

const catalog = rawCatalog as RawCatalog;

/** The Alloy release the catalog describes. */
export const ALLOY_VERSION: string = catalog.alloyVersion;

const rawByName = new Map<string, RawComponent>(catalog.components.map((c) => [c.name, c]));
const built = new Map<string, ComponentSchema>();

/** A component or config block by its full name (`loki.write`, `logging`); undefined when unknown. */
export function getComponent(name: string): ComponentSchema | undefined {
  const cached = built.get(name);
  if (cached) return cached;
  const raw = rawByName.get(name);
  if (!raw) return undefined;
  const schema = buildComponent(raw);
  built.set(name, schema);
  return schema;
}

export function hasComponent(name: string): boolean {
  return rawByName.has(name);
}

/** All names, sorted; optionally only components or only config blocks. */
export function listComponentNames(kind?: ComponentKind): readonly string[] {
  return catalog.components.filter((c) => kind === undefined || c.kind === kind).map((c) => c.name);
}

/** All schemas, sorted by name; optionally only components or only config blocks. */
export function listComponents(kind?: ComponentKind): readonly ComponentSchema[] {
  return listComponentNames(kind).map((name) => getComponent(name)!);
}

let namespaces: ReadonlyMap<string, readonly string[]> | undefined;

/** Component names (not config blocks) grouped by their first name part: `loki` → `loki.echo`, …. */
export function componentsByNamespace(): ReadonlyMap<string, readonly string[]> {
  if (!namespaces) {
    const groups = new Map<string, string[]>();
    for (const name of listComponentNames('component')) {
      const namespace = name.slice(0, name.indexOf('.'));
      const group = groups.get(namespace) ?? [];
      group.push(name);
      groups.set(namespace, group);
    }
    namespaces = groups;
  }
  return namespaces;
}

/**
 * The possible next name parts after a dotted prefix, for completing a block
 * name as it is typed: `nextNameParts('prometheus.exporter')` lists
 * `{ part: 'self', complete: true }`, …; `nextNameParts('')` lists the first parts
 * (`loki`, `logging`, …). `complete` says the prefix plus the part names an entry;
 * `extendable` says longer names continue after it (`import` → `import.file`).
 */
export function nextNameParts(prefix: string): { part: string; complete: boolean; extendable: boolean }[] {
  const start = prefix === '' ? '' : `${prefix}.`;
  const parts = new Map<string, { part: string; complete: boolean; extendable: boolean }>();
  for (const name of rawByName.keys()) {
    if (!name.startsWith(start)) continue;
    const rest = name.slice(start.length);
    const dot = rest.indexOf('.');
    const part = dot < 0 ? rest : rest.slice(0, dot);
    const entry = parts.get(part) ?? { part, complete: false, extendable: false };
    if (dot < 0) entry.complete = true;
    else entry.extendable = true;
    parts.set(part, entry);
  }
  return [...parts.values()].sort((a, b) => a.part.localeCompare(b.part));
}

/**
 * Splits a reference to a component's export, given as its dotted parts
 * (`['loki', 'write', 'mythical', 'receiver']`), into the catalog entry, the
 * label and the fields after it. The longest known name wins; undefined when
 * no labelled catalog entry starts the reference or no label follows it.
 */
export function splitComponentReference(
  parts: readonly string[],
): { component: string; label: string; fields: string[] } | undefined {
  for (let length = parts.length - 1; length >= 1; length--) {
    const component = parts.slice(0, length).join('.');
    if (rawByName.get(component)?.labelled) {
      return { component, label: parts[length]!, fields: parts.slice(length + 1) };
    }
  }
  return undefined;
}

/** Known names closest to a misspelled component or config block name. */
export function suggestComponentNames(name: string, max = 3): string[] {
  return suggestNames(name, rawByName.keys(), max);
}

/**
 * A nested block by its path of block names, e.g. `['endpoint', 'tls_config']`
 * in `loki.write`. Block names may contain dots (`stage.json`), which is why
 * paths are lists. Undefined when the component or any step is unknown.
 */
export function getBlockSchema(component: string, path: readonly string[]): BlockSchema | undefined {
  const schema = getComponent(component);
  if (!schema || path.length === 0) return undefined;
  return findBody(schema, path) as BlockSchema | undefined;
}

/**
 * The path where a block's schema is defined: blocks nested through a block
 * that reuses another body (`stage.match`) are found again from that body, so
 * `['stage.match', 'stage.match', 'stage.json']` becomes `['stage.json']`.
 * Undefined when the path does not exist.
 */
export function canonicalBlockPath(component: string, path: readonly string[]): string[] | undefined {
  const schema = getComponent(component);
  if (!schema) return undefined;
  let canonical: string[] = [];
  let body: BodySchema = schema;
  for (const [index, name] of path.entries()) {
    const block = body.blocks.find((candidate) => candidate.name === name);
    if (!block) return undefined;
    canonical.push(name);
    const isLast = index === path.length - 1;
    if (block.sameBlocksAs !== null && !isLast) {
      canonical = reusedBodyPath(block.sameBlocksAs);
    }
    body = block;
  }
  return canonical;
}

/** The body (arguments and blocks) at a block path; `[]` is the component's own body. */
export function getBodySchema(component: string, path: readonly string[]): BodySchema | undefined {
  const schema = getComponent(component);
  return schema && findBody(schema, path);
}

/** An argument at a block path: `findArgument('loki.write', ['endpoint'], 'url')`. */
export function findArgument(
  component: string,
  blockPath: readonly string[],
  name: string,
): ArgumentSchema | undefined {
  return getBodySchema(component, blockPath)?.arguments.find((argument) => argument.name === name);
}

export function findExport(component: string, name: string): ExportSchema | undefined {
  return getComponent(component)?.exports.find((exported) => exported.name === name);
}

/**
 * The name a misspelled argument or block probably meant, looking first at the
 * docs' own misspellings (`client_ca_pem` → `client_ca`) and then by edit distance.
 */
export function suggestBodyNames(body: BodySchema, name: string, max = 3): string[] {
  const docsSpelling = [...body.arguments, ...body.blocks].find((item) => item.docsName === name);
  if (docsSpelling) return [docsSpelling.name];
  const names = [...body.arguments.map((a) => a.name), ...body.blocks.map((b) => b.name)];
  return suggestNames(name, names, max);
}
