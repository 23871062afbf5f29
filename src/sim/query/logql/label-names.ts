/**
 * How Loki's parsers name the labels they extract: characters outside
 * `[A-Za-z0-9_]` become `_`, a leading digit gets a `_` prefix, and a name
 * already used by a stream label gets the suffix `_extracted`.
 */
import type { Labels } from '../../model';

export function sanitizeLabelName(key: string, isPrefix = true): string {
  const trimmed = key.trim();
  if (trimmed === '') return '';
  const prefixed = isPrefix && /^[0-9]/.test(trimmed) ? `_${trimmed}` : trimmed;
  return prefixed.replace(/[^A-Za-z0-9_]/gu, '_');
}

export function extractedName(name: string, streamLabels: Labels): string {
  return name in streamLabels ? `${name}_extracted` : name;
}
