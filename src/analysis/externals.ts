/**
 * Where telemetry leaves Alloy and where it enters: the endpoints written in
 * (or defaulted by) a component's body. Sinks — components that take
 * telemetry in and pass none on — send it to their `url`/`endpoint`
 * (`loki.write` → `http://loki:3100/loki/api/v1/push`); sources listen on
 * their `endpoint` or `listen_address`/`listen_port` (`otelcol.receiver.otlp`
 * → `0.0.0.0:4317`) or scrape the `__address__` of literal `targets`.
 */
import type { ArgumentSchema, BlockSchema, BodySchema } from '../catalog';
import type { Attribute, Block, Expression } from '../syntax/ast';
import { unquote } from '../syntax/eval/literal';
import type { Span } from '../syntax/span';
import type { Declaration } from './declarations';
import { headerRange } from './declarations';
import { literalText } from './literals';
import type { ExternalEndpoint } from './pipeline';

export type ExternalSite = ExternalEndpoint & {
  /** The argument the address comes from: `endpoint.url`, `grpc.endpoint`, `targets`. */
  path: string;
  /** The literal naming the address, or the block whose default it is. */
  range: Span;
};

/** The endpoints of one component; empty for anything that is not a sink or a source. */
export function externalSites(declaration: Declaration): ExternalSite[] {
  const { schema } = declaration;
  if (!schema || declaration.kind !== 'component') return [];
  const { accepts, emits } = schema.signals;
  const sites: ExternalSite[] = [];
  if (accepts.length > 0 && emits.length === 0) {
    walkBody(declaration.block, schema, '', 'out', sites);
  } else if (accepts.length === 0 && emits.length > 0) {
    walkBody(declaration.block, schema, '', 'in', sites);
    scrapeTargets(declaration.block, sites);
  }
  return sites;
}

const OUT_ARGUMENTS = new Set(['url', 'endpoint']);

/** `pathPrefix`: the enclosing block names, each followed by a dot (`grpc.`). */
function walkBody(
  block: Block,
  schema: BodySchema,
  pathPrefix: string,
  direction: 'in' | 'out',
  sites: ExternalSite[],
): void {
  if (direction === 'out') {
    for (const statement of block.body) {
      if (statement.kind !== 'Attribute') continue;
      const name = statement.name.name;
      // Each argument counts once, where it is first written, with the value Alloy keeps: the last.
      if (!OUT_ARGUMENTS.has(name) || firstWritten(block, name) !== statement) continue;
      const value = lastWritten(block, name)!;
      const address = literalText(value);
      if (address)
        sites.push({
          direction,
          address,
          name: displayName(address),
          path: pathPrefix + name,
          range: value,
        });
    }
  } else {
    const endpoint = argumentNamed(schema, 'endpoint');
    const listenAddress = argumentNamed(schema, 'listen_address');
    const listenPort = argumentNamed(schema, 'listen_port');
    if (endpoint) {
      const value = lastWritten(block, 'endpoint');
      const address = value ? literalText(value) : defaultText(endpoint);
      const range = value ?? headerRange(block);
      if (address)
        sites.push({ direction, address, name: displayName(address), path: `${pathPrefix}endpoint`, range });
    } else if (listenAddress) {
      const addressValue = lastWritten(block, 'listen_address');
      const portValue = lastWritten(block, 'listen_port');
      const host = addressValue ? literalText(addressValue) : defaultText(listenAddress);
      const port = listenPort && (portValue ? literalText(portValue) : defaultText(listenPort));
      const value = portValue ?? addressValue;
      const address = port ? `${host ?? ''}:${port}` : host;
      const path = pathPrefix + (listenPort ? 'listen_port' : 'listen_address');
      if (address)
        sites.push({
          direction,
          address,
          name: displayName(address),
          path,
          range: value ?? headerRange(block),
        });
    }
  }

  for (const statement of block.body) {
    if (statement.kind !== 'Block') continue;
    const nested = blockNamed(schema, statement.name);
    if (nested && nested.sameBlocksAs === null)
      walkBody(statement, nested, `${pathPrefix}${statement.name}.`, direction, sites);
  }
}

/** The first attribute of that name in a block's body. */
function firstWritten(block: Block, name: string): Attribute | undefined {
  for (const statement of block.body) {
    if (statement.kind === 'Attribute' && statement.name.name === name) return statement;
  }
  return undefined;
}

/** The value of the last attribute of that name: the one Alloy keeps when an attribute repeats. */
function lastWritten(block: Block, name: string): Expression | undefined {
  for (let i = block.body.length - 1; i >= 0; i--) {
    const statement = block.body[i]!;
    if (statement.kind === 'Attribute' && statement.name.name === name) return statement.value;
  }
  return undefined;
}

function argumentNamed(schema: BodySchema, name: string): ArgumentSchema | undefined {
  for (const argument of schema.arguments) if (argument.name === name) return argument;
  return undefined;
}

function blockNamed(schema: BodySchema, name: string): BlockSchema | undefined {
  for (const block of schema.blocks) if (block.name === name) return block;
  return undefined;
}

/** `targets = [{"__address__" = "loki:3100", …}]`: each literal address is scraped. */
function scrapeTargets(block: Block, sites: ExternalSite[]): void {
  for (const statement of block.body) {
    if (
      statement.kind !== 'Attribute' ||
      statement.name.name !== 'targets' ||
      statement.value.kind !== 'Array'
    )
      continue;
    for (const element of statement.value.elements) {
      if (element.kind !== 'Object') continue;
      const field = element.fields.find((f) => f.name === '__address__');
      const address = field && literalText(field.value);
      if (address)
        sites.push({ direction: 'in', address, name: address, path: 'targets', range: field.value });
    }
  }
}

/** A catalog default as text: `"0.0.0.0:4317"` → `0.0.0.0:4317`, `8080` → `8080`. */
function defaultText(argument: ArgumentSchema): string | null {
  const text = argument.default;
  if (text === null || text === '') return null;
  return text.startsWith('"') ? unquote(text) || null : text;
}

/** A short name for an address: the host and port of a URL (`loki:3100`), else the address itself. */
export function displayName(address: string): string {
  const url = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(address);
  if (!url) return address;
  const authority = url[1] ?? '';
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  return host || address;
}
