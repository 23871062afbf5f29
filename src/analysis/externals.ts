/**
 * Where telemetry leaves Alloy and where it enters: the endpoints written in
 * (or defaulted by) a component's body. Sinks — components that take
 * telemetry in and pass none on — send it to their `url`/`endpoint`
 * (`loki.write` → `http://loki:3100/loki/api/v1/push`); sources listen on
 * their `endpoint` or `listen_address`/`listen_port` (`otelcol.receiver.otlp`
 * → `0.0.0.0:4317`) or scrape the `__address__` of literal `targets`.
 */
import type { ArgumentSchema, BodySchema } from '../catalog';
import type { Block, Expression } from '../syntax/ast';
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
    walkBody(declaration.block, schema, [], (found) => sites.push(found), 'out');
  } else if (accepts.length === 0 && emits.length > 0) {
    walkBody(declaration.block, schema, [], (found) => sites.push(found), 'in');
    sites.push(...scrapeTargets(declaration.block));
  }
  return sites;
}

const OUT_ARGUMENTS = new Set(['url', 'endpoint']);

function walkBody(
  block: Block,
  schema: BodySchema,
  blockPath: readonly string[],
  found: (site: ExternalSite) => void,
  direction: 'in' | 'out',
): void {
  const written = new Map<string, Expression>();
  for (const statement of block.body) {
    if (statement.kind === 'Attribute') written.set(statement.name.name, statement.value);
  }
  const pathOf = (name: string) => [...blockPath, name].join('.');
  const argument = (name: string) => schema.arguments.find((a) => a.name === name);

  if (direction === 'out') {
    for (const [name, value] of written) {
      const address = OUT_ARGUMENTS.has(name) ? literalText(value) : null;
      if (address)
        found({ direction, address, name: displayName(address), path: pathOf(name), range: value.range });
    }
  } else {
    const endpoint = argument('endpoint');
    const listenAddress = argument('listen_address');
    const listenPort = argument('listen_port');
    if (endpoint) {
      const value = written.get('endpoint');
      const address = value ? literalText(value) : defaultText(endpoint);
      const range = value?.range ?? headerRange(block);
      if (address) found({ direction, address, name: displayName(address), path: pathOf('endpoint'), range });
    } else if (listenAddress) {
      const host = written.has('listen_address')
        ? literalText(written.get('listen_address')!)
        : defaultText(listenAddress);
      const port =
        listenPort &&
        (written.has('listen_port') ? literalText(written.get('listen_port')!) : defaultText(listenPort));
      const value = written.get('listen_port') ?? written.get('listen_address');
      const address = port ? `${host ?? ''}:${port}` : host;
      const path = pathOf(listenPort ? 'listen_port' : 'listen_address');
      if (address)
        found({
          direction,
          address,
          name: displayName(address),
          path,
          range: value?.range ?? headerRange(block),
        });
    }
  }

  for (const statement of block.body) {
    if (statement.kind !== 'Block') continue;
    const nested = schema.blocks.find((b) => b.name === statement.name);
    if (nested && nested.sameBlocksAs === null)
      walkBody(statement, nested, [...blockPath, statement.name], found, direction);
  }
}

/** `targets = [{"__address__" = "loki:3100", …}]`: each literal address is scraped. */
function scrapeTargets(block: Block): ExternalSite[] {
  const sites: ExternalSite[] = [];
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
        sites.push({ direction: 'in', address, name: address, path: 'targets', range: field.value.range });
    }
  }
  return sites;
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
