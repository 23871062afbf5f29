/**
 * Prometheus relabelling, as `loki.relabel`, `prometheus.relabel`,
 * `discovery.relabel` and `loki.source.api`'s `relabel_rules` apply their
 * `rule` blocks: in order, each rule reading and writing one label set.
 * Defaults and validation follow Alloy's copy of Prometheus's relabel
 * package: `action = "replace"`, `regex = "(.*)"` anchored at both ends,
 * `separator = ";"`, `replacement = "$1"`; setting a label to the empty
 * string removes it.
 */
import { expand, goRegexp } from './formats/go-regexp';
import type { ConfigBody } from './config/body';
import { ConfigError } from './config/body';
import { md5 } from './md5';

const ACTIONS = [
  'replace',
  'keep',
  'drop',
  'keepequal',
  'dropequal',
  'hashmod',
  'labelmap',
  'labeldrop',
  'labelkeep',
  'lowercase',
  'uppercase',
] as const;

export type RelabelAction = (typeof ACTIONS)[number];

export type RelabelRule = {
  action: RelabelAction;
  sourceLabels: readonly string[] | null;
  separator: string;
  /** The pattern as written (unanchored), and compiled anchored. */
  regexText: string;
  regex: RegExp;
  targetLabel: string;
  replacement: string;
  modulus: number;
};

export type RuleSettings = {
  action?: string;
  sourceLabels?: readonly string[] | null;
  separator?: string;
  regex?: string;
  targetLabel?: string;
  replacement?: string;
  modulus?: number;
};

const DEFAULT_REGEX = '(.*)';
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
/** Prometheus's `relabelTarget`: a label name that may contain `$1`/`${name}` references. */
const RELABEL_TARGET = /^(?:(?:[a-zA-Z_]|\$(?:\{\w+\}|\w+))+\w*)+$/;

/** Builds a rule, with Alloy's validation messages; throws ConfigError. */
export function buildRule(settings: RuleSettings): RelabelRule {
  const action = (settings.action ?? 'replace').toLowerCase();
  if (action === '') throw new ConfigError('relabel action cannot be empty');
  if (!isAction(action)) throw new ConfigError(`unknown relabel action "${settings.action}"`);
  const rule = {
    action,
    sourceLabels: settings.sourceLabels ?? null,
    separator: settings.separator ?? ';',
    regexText: settings.regex ?? DEFAULT_REGEX,
    targetLabel: settings.targetLabel ?? '',
    replacement: settings.replacement ?? '$1',
    modulus: settings.modulus ?? 0,
  };
  const regex = goRegexp(rule.regexText, { anchored: true });
  if (!regex) throw new ConfigError(`error parsing regexp: ${rule.regexText}`);
  validate(rule);
  return { ...rule, regex };
}

function isAction(action: string): action is RelabelAction {
  return (ACTIONS as readonly string[]).includes(action);
}

function validate(rule: Omit<RelabelRule, 'regex'>): void {
  const { action, targetLabel, replacement } = rule;
  if (action === 'hashmod' && rule.modulus === 0) {
    throw new ConfigError('relabel configuration for hashmod requires non-zero modulus');
  }
  const needsTarget = ['replace', 'hashmod', 'lowercase', 'uppercase', 'keepequal', 'dropequal'];
  if (needsTarget.includes(action) && targetLabel === '') {
    throw new ConfigError(`relabel configuration for ${action} action requires 'target_label' value`);
  }
  const plainTarget = ['lowercase', 'uppercase', 'keepequal', 'dropequal', 'hashmod'];
  if (plainTarget.includes(action) && !LABEL_NAME.test(targetLabel)) {
    throw new ConfigError(`"${targetLabel}" is invalid 'target_label' for ${action} action`);
  }
  if (['lowercase', 'uppercase', 'keepequal', 'dropequal'].includes(action) && replacement !== '$1') {
    throw new ConfigError(`'replacement' can not be set for ${action} action`);
  }
  if (action === 'labelmap' && !RELABEL_TARGET.test(replacement)) {
    throw new ConfigError(`"${replacement}" is invalid 'replacement' for ${action} action`);
  }
  if (action === 'keepequal' || action === 'dropequal') {
    if (rule.regexText !== DEFAULT_REGEX || rule.modulus !== 0 || rule.separator !== ';') {
      throw new ConfigError(
        `${action} action requires only 'source_labels' and \`target_label\`, and no other fields`,
      );
    }
  }
  if (action === 'labeldrop' || action === 'labelkeep') {
    if (
      rule.sourceLabels !== null ||
      targetLabel !== '' ||
      rule.modulus !== 0 ||
      rule.separator !== ';' ||
      replacement !== '$1'
    ) {
      throw new ConfigError(`${action} action requires only 'regex', and no other fields`);
    }
  }
}

/** The `rule` blocks of a component body, in order. */
export function readRules(body: ConfigBody): RelabelRule[] {
  return body.blocksNamed('rule').map(readRule);
}

/** One `rule` block; throws ConfigError. */
export function readRule(rule: ConfigBody): RelabelRule {
  return buildRule({
    action: rule.string('action'),
    sourceLabels: rule.has('source_labels') ? rule.stringList('source_labels') : null,
    separator: rule.string('separator'),
    regex: rule.string('regex'),
    targetLabel: rule.string('target_label'),
    replacement: rule.string('replacement'),
    modulus: rule.has('modulus') ? rule.number('modulus', 0) : 0,
  });
}

/**
 * Applies the rules to a label set; the result, or null when a rule drops
 * it or no label is left (every relabelling component drops those). The
 * input is never modified.
 */
export function relabel(
  labels: Readonly<Record<string, string>>,
  rules: readonly RelabelRule[],
): Record<string, string> | null {
  const builder = new Map(Object.entries(labels));
  for (const rule of rules) if (!applyRule(rule, builder)) return null;
  if (builder.size === 0) return null;
  const result: Record<string, string> = {};
  for (const [name, value] of builder) result[name] = value;
  return result;
}

/**
 * `relabel` remembering its answer per label set object, as Alloy caches
 * relabelling results per label set: sources hand out the same object for
 * the same series, so most calls are a lookup. Results must not be changed.
 */
export function cachedRelabel(
  rules: readonly RelabelRule[],
): (labels: Readonly<Record<string, string>>) => Readonly<Record<string, string>> | null {
  const cache = new WeakMap<object, Readonly<Record<string, string>> | null>();
  return (labels) => {
    let result = cache.get(labels);
    if (result === undefined) {
      result = relabel(labels, rules);
      cache.set(labels, result);
    }
    return result;
  };
}

/** Labels.Builder.Set: an empty value removes the label. */
function set(builder: Map<string, string>, name: string, value: string): void {
  if (value === '') builder.delete(name);
  else builder.set(name, value);
}

function applyRule(rule: RelabelRule, builder: Map<string, string>): boolean {
  const value = (rule.sourceLabels ?? []).map((name) => builder.get(name) ?? '').join(rule.separator);
  switch (rule.action) {
    case 'drop':
      return !rule.regex.test(value);
    case 'keep':
      return rule.regex.test(value);
    case 'dropequal':
      return (builder.get(rule.targetLabel) ?? '') !== value;
    case 'keepequal':
      return (builder.get(rule.targetLabel) ?? '') === value;
    case 'replace': {
      const match = rule.regex.exec(value);
      if (!match) return true;
      const target = expand(rule.targetLabel, match);
      if (!LABEL_NAME.test(target)) return true;
      set(builder, target, expand(rule.replacement, match));
      return true;
    }
    case 'lowercase':
      set(builder, rule.targetLabel, value.toLowerCase());
      return true;
    case 'uppercase':
      set(builder, rule.targetLabel, value.toUpperCase());
      return true;
    case 'hashmod':
      set(builder, rule.targetLabel, String(hashmod(value, rule.modulus)));
      return true;
    case 'labelmap':
      for (const [name, labelValue] of [...builder]) {
        const match = rule.regex.exec(name);
        if (match) set(builder, expand(rule.replacement, match), labelValue);
      }
      return true;
    case 'labeldrop':
      for (const name of [...builder.keys()]) if (rule.regex.test(name)) builder.delete(name);
      return true;
    case 'labelkeep':
      for (const name of [...builder.keys()]) if (!rule.regex.test(name)) builder.delete(name);
      return true;
  }
}

/** The last eight bytes of the value's MD5, big-endian, modulo `modulus` (Prometheus's hashmod). */
export function hashmod(value: string, modulus: number): number {
  const digest = md5(value);
  let hash = 0n;
  for (let i = 8; i < 16; i++) hash = (hash << 8n) | BigInt(digest[i] as number);
  return Number(hash % BigInt(modulus));
}
