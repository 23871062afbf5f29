/**
 * `loki.secretfilter` (Alloy 1.8): redacts secrets found by Gitleaks rules,
 * replacing each with `redact_with` (default
 * `<REDACTED-SECRET:$SECRET_NAME>`). The only secrets the demo environment
 * ever logs are the fake Grafana Cloud tokens (`glc_…`), so the simulator
 * carries that one rule; options that would need the others (`include_generic`,
 * `gitleaks_config`, `allowlist`, `partial_mask`, `$SECRET_HASH`) are not
 * simulated.
 */
import { NotSimulatedError, type ConfigBody } from '../config/body';
import type { LogEntry } from '../model';
import type { ComponentFactory } from './component';

/** Gitleaks' `grafana-cloud-api-token` rule: `glc_` and 32–400 base64 characters, up to two `=`. */
const RULES = [{ id: 'grafana-cloud-api-token', regex: /glc_[A-Za-z0-9+/]{32,400}={0,2}/g }];

/** The redaction a component's settings ask for; throws NotSimulatedError. */
export function secretFilter(body: ConfigBody): (line: string) => string {
  for (const option of ['gitleaks_config', 'allowlist', 'partial_mask']) {
    if (body.has(option)) throw new NotSimulatedError(`loki.secretfilter's ${option} is not simulated`);
  }
  if (body.bool('include_generic', false))
    throw new NotSimulatedError('the generic Gitleaks rule is not simulated');
  const redactWith = body.string('redact_with', '<REDACTED-SECRET:$SECRET_NAME>');
  if (redactWith.includes('$SECRET_HASH')) throw new NotSimulatedError('$SECRET_HASH is not simulated');
  const types = body.stringList('types');
  const rules = RULES.filter(
    (rule) => types.length === 0 || types.some((type) => rule.id.startsWith(type)),
  ).map((rule) => ({ regex: rule.regex, replacement: redactWith.replaceAll('$SECRET_NAME', rule.id) }));
  return (line) => {
    let redacted = line;
    // A function, so that `$` in the replacement is never read as a pattern.
    for (const { regex, replacement } of rules) redacted = redacted.replace(regex, () => replacement);
    return redacted;
  };
}

export const lokiSecretfilter: ComponentFactory = (context) => {
  const redact = secretFilter(context.body);
  const forward = context.output('forward_to', context.body.refs('forward_to'));
  return {
    receive(batch) {
      if (batch.signal !== 'logs') return;
      const entries: LogEntry[] = batch.entries.map((entry) => {
        const line = redact(entry.line);
        return line === entry.line ? entry : { ...entry, line };
      });
      forward.emit({ signal: 'logs', entries });
    },
  };
};
