/**
 * `loki.source.api`: Alloy's Loki push endpoint. Listens on
 * `http.listen_port` (8080 unless set) and serves `/loki/api/v1/push` and
 * `/api/v1/push`; each pushed entry gets the `labels` argument (which wins
 * over pushed labels), then `relabel_rules`, loses `__` labels, and is
 * stamped with the receive time unless `use_incoming_timestamp` is set.
 */
import { ConfigError } from '../config/body';
import type { LogEntry } from '../model';
import { relabel, type RelabelRule } from '../relabel';
import type { ComponentFactory } from './component';
import type { RulesProvider } from './relabelling';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
/** How long after the push the entry is received. */
const RECEIVE_DELAY_MS = 2;

export const lokiSourceApi: ComponentFactory = (context) => {
  const { body } = context;
  const http = body.block('http');
  const port = http ? http.number('listen_port', 8080) : 8080;
  const address = http ? http.string('listen_address', '') : '';
  const labels = [...body.stringMap('labels')];
  const useIncomingTimestamp = body.bool('use_incoming_timestamp', false);
  const rulesRef = body.ref('relabel_rules');
  const forward = context.output('forward_to', body.refs('forward_to'));
  let rules: readonly RelabelRule[] | null = null;
  const relabelRules = (): readonly RelabelRule[] => {
    if (rules === null) {
      const provider = rulesRef
        ? (context.component(rulesRef.component) as RulesProvider | undefined)
        : undefined;
      rules = provider?.rules ?? [];
    }
    return rules;
  };

  if (!LOOPBACK.has(address)) {
    if (!context.network.listen('alloy', port, 'http')) {
      throw new ConfigError(
        `listen tcp ${address === '' ? '' : address}:${port}: bind: address already in use`,
      );
    }
    context.log(0, 'info', 'server listening on addresses', [['http', `[::]:${port}`]]);
    const accept = (pushed: LogEntry[]) => {
      context.receivedFrom(`${address}:${port}`, pushed.length);
      const entries: LogEntry[] = [];
      for (const entry of pushed) {
        const withLabels: Record<string, string> = { ...entry.labels };
        for (const [name, value] of labels) withLabels[name] = value;
        const relabelled = relabelRules().length === 0 ? withLabels : relabel(withLabels, relabelRules());
        if (relabelled === null) continue;
        for (const name of Object.keys(relabelled)) if (name.startsWith('__')) delete relabelled[name];
        if (Object.keys(relabelled).length === 0) continue;
        // Each entry was pushed, and received, at its own time.
        const timestamp = useIncomingTimestamp ? entry.timestamp : entry.timestamp + RECEIVE_DELAY_MS;
        entries.push({ ...entry, labels: relabelled, timestamp });
      }
      if (entries.length < pushed.length) context.dropped(pushed.length - entries.length, 'relabel');
      forward.emit({ signal: 'logs', entries });
    };
    for (const path of ['/loki/api/v1/push', '/api/v1/push']) {
      context.network.route('alloy', port, path, { kind: 'receive-logs', accept });
    }
  }
  return {};
};
