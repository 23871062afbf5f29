/** Small helpers for writing check messages the same way everywhere. */
import type { Json } from '../lessons';
import { isPlainObject, UNKNOWN, type Plain } from './plain';

export function code(text: string): string {
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

/** A value as the learner would write it; top-level strings bare (they sit inside code spans). */
export function showValue(value: Plain | Json): string {
  return typeof value === 'string' && value !== '' ? value : alloyText(value);
}

function alloyText(value: Plain | Json): string {
  if (value === UNKNOWN) return '(known only when Alloy runs)';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${(value as readonly (Plain | Json)[]).map(alloyText).join(', ')}]`;
  if (isPlainObject(value as Plain)) {
    const fields = Object.entries(value as Record<string, Plain | Json>).map(
      ([key, field]) => `${/^[A-Za-z_]\w*$/.test(key) ? key : JSON.stringify(key)} = ${alloyText(field)}`,
    );
    return `{${fields.join(', ')}}`;
  }
  return String(value);
}

/** `a`, `a and b`, `a, b and c`. */
export function listing(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** `label="value"` as LogQL and PromQL write it. */
export function labelPair(name: string, value: string): string {
  return code(`${name}=${JSON.stringify(value)}`);
}
