/**
 * `discovery.http`: reads target groups (`[{"targets": [...], "labels":
 * {...}}]`) from `url` through the network and exports one target per
 * address with its group's labels and `__meta_url`. A URL that cannot be
 * read leaves the targets empty and is logged as Prometheus's HTTP
 * discovery logs it.
 */
import { ConfigError } from '../config/body';
import type { Labels } from '../model';
import { parseUrl, type Network } from '../network';
import type { ComponentFactory } from './component';

export const discoveryHttp: ComponentFactory = (context) => {
  const url = context.body.string('url');
  if (url === undefined || url === '') throw new ConfigError('url is required');
  const result = read(context.network, url);
  if (typeof result === 'string') {
    context.log(0, 'error', 'Unable to refresh target groups', [['err', result]]);
    return { targets: [] };
  }
  return { targets: result };
};

function read(network: Network, url: string): Labels[] | string {
  const parsed = parseUrl(url);
  if (!parsed) return `Get "${url}": unsupported protocol scheme`;
  const connection = network.connect(parsed.host, parsed.port);
  if (!connection.ok) return `Get "${url}": ${connection.error}`;
  const handler = connection.routes.get(parsed.path);
  if (!handler) return 'server returned HTTP status 404 Not Found';
  if (handler.kind !== 'document')
    return 'unsupported content type "text/plain; version=0.0.4; charset=utf-8"';
  let groups: unknown;
  try {
    groups = JSON.parse(handler.body());
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  if (!Array.isArray(groups))
    return 'json: cannot unmarshal object into Go value of type []*targetgroup.Group';
  const targets: Labels[] = [];
  for (const group of groups as { targets?: unknown; labels?: unknown }[]) {
    const labels = (typeof group.labels === 'object' && group.labels !== null ? group.labels : {}) as Record<
      string,
      string
    >;
    for (const address of Array.isArray(group.targets) ? group.targets : []) {
      targets.push({ __address__: String(address), ...labels, __meta_url: url });
    }
  }
  return targets;
}
