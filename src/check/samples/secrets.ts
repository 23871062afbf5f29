/**
 * `loki.secretfilter`, reduced to the one kind of secret the workshop's
 * services log: Grafana Cloud tokens (`glc_` and a long base64 tail), which
 * its Gitleaks rule `grafana-cloud-api-token` recognises.
 */
import { plainText, UNKNOWN, type PlainObject } from '../plain';
import type { LogEntry } from './log-stages';

const GRAFANA_CLOUD_TOKEN = /glc_[A-Za-z0-9+/]{32,400}={0,2}/g;
const RULE = 'grafana-cloud-api-token';

export function redactSecrets(args: PlainObject, entry: LogEntry): { sample: LogEntry; unsure: string[] } {
  const template = plainText(args.redact_with) ?? `<REDACTED-SECRET:$SECRET_NAME>`;
  const types = args.types;
  if (template === UNKNOWN || types === UNKNOWN) {
    return { sample: entry, unsure: ['its settings depend on values only known at run time'] };
  }
  const unsure = ['only Grafana Cloud tokens are followed by the checks'];
  if (Array.isArray(types) && !types.some((type) => typeof type === 'string' && RULE.startsWith(type))) {
    return { sample: entry, unsure };
  }
  const line = entry.line.replace(GRAFANA_CLOUD_TOKEN, () =>
    template.replaceAll('$SECRET_NAME', RULE).replaceAll('$SECRET_HASH', 'hash'),
  );
  return { sample: { ...entry, line }, unsure };
}
