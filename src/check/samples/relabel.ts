/**
 * Prometheus relabelling, as `prometheus.relabel` and `loki.relabel` apply
 * their `rule` blocks: in order, each rule reading and writing the label set,
 * with the documented defaults (`action = "replace"`, `regex = "(.*)"`,
 * `replacement = "$1"`, `separator = ";"`).
 */
import { isPlainObject, plainText, plainTextList, UNKNOWN, type Plain } from '../plain';
import { goRegexp } from './go-regexp';

export type Labels = Map<string, string>;

/** The label set after the rules, or null when a rule drops the sample; `unsure` names what could not be followed. */
export type RelabelOutcome = { labels: Labels | null; unsure: string[] };

const LABEL_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function relabel(rules: readonly Plain[], input: ReadonlyMap<string, string>): RelabelOutcome {
  const labels: Labels = new Map(input);
  const unsure: string[] = [];
  for (const [index, rule] of rules.entries()) {
    const outcome = applyRule(rule, labels);
    if (outcome === 'drop') return { labels: null, unsure };
    if (outcome !== 'ok') unsure.push(`rule ${index + 1}: ${outcome}`);
  }
  return { labels, unsure };
}

type RuleOutcome = 'ok' | 'drop' | string;

type Rule = {
  action: string;
  separator: string;
  pattern: string;
  replacement: string;
  target: string;
  sources: string[];
};

/** A rule's settings with the defaults filled in, or why they cannot be read. */
function readRule(rule: Plain): Rule | string {
  if (!isPlainObject(rule)) return 'its settings cannot be read';
  const text = (key: string, fallback: string) => plainText(rule[key]) ?? fallback;
  const read = {
    action: text('action', 'replace'),
    separator: text('separator', ';'),
    pattern: text('regex', '(.*)'),
    replacement: text('replacement', '$1'),
    target: text('target_label', ''),
  };
  const sources = plainTextList(rule.source_labels) ?? [];
  if (sources === UNKNOWN || Object.values(read).includes(UNKNOWN)) {
    return 'its settings depend on values only known at run time';
  }
  return { ...(read as Omit<Rule, 'sources'>), sources };
}

function applyRule(plainRule: Plain, labels: Labels): RuleOutcome {
  const rule = readRule(plainRule);
  if (typeof rule === 'string') return rule;
  const { action, separator, pattern, replacement, target, sources } = rule;
  const regexp = goRegexp(pattern, { anchored: true });
  if (!regexp) return `its regex \`${pattern}\` cannot be followed here`;
  const value = sources.map((name) => labels.get(name) ?? '').join(separator);

  switch (action.toLowerCase()) {
    case 'replace': {
      const match = regexp.exec(value);
      if (!match) return 'ok';
      const name = expand(target, match);
      if (!LABEL_NAME.test(name)) return 'ok';
      const result = expand(replacement, match);
      if (result === '') labels.delete(name);
      else labels.set(name, result);
      return 'ok';
    }
    case 'keep':
      return regexp.test(value) ? 'ok' : 'drop';
    case 'drop':
      return regexp.test(value) ? 'drop' : 'ok';
    case 'keepequal':
      return value === (labels.get(target) ?? '') ? 'ok' : 'drop';
    case 'dropequal':
      return value === (labels.get(target) ?? '') ? 'drop' : 'ok';
    case 'lowercase':
      labels.set(target, value.toLowerCase());
      return 'ok';
    case 'uppercase':
      labels.set(target, value.toUpperCase());
      return 'ok';
    case 'labelmap':
      for (const [name, labelValue] of [...labels]) {
        const match = regexp.exec(name);
        if (match) labels.set(expand(replacement, match), labelValue);
      }
      return 'ok';
    case 'labeldrop':
      for (const name of [...labels.keys()]) if (regexp.test(name)) labels.delete(name);
      return 'ok';
    case 'labelkeep':
      for (const name of [...labels.keys()]) if (!regexp.test(name)) labels.delete(name);
      return 'ok';
    default:
      return `the action \`${action}\` cannot be followed here`;
  }
}

/**
 * Go's `Regexp.Expand`: `$1`, `${1}`, `$name`, `${name}`, `$$`. A name runs as
 * far as letters, digits and underscores go, so `$1x` means the group `1x`.
 */
function expand(template: string, match: RegExpExecArray): string {
  return template.replace(/\$(?:\$|\{(\w+)\}|(\w+))/g, (whole: string, braced?: string, bare?: string) => {
    if (whole === '$$') return '$';
    const name = braced ?? bare ?? '';
    if (/^\d+$/.test(name)) return match[Number(name)] ?? '';
    return match.groups?.[name] ?? '';
  });
}
