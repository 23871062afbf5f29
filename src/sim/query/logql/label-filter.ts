/**
 * Label filters (`| level="error"`, `| status >= 500`, `| took > 1s`,
 * `| size < 1KB`, combined with `and`, `or`, `,`) as Loki applies them: a
 * string matcher reads a missing label as `''`; a numeric, duration or bytes
 * comparison drops the entry when the label is missing, and marks it with
 * `__error__="LabelFilterErr"` (keeping it) when the value does not convert.
 * Entries already carrying an error pass numeric comparisons untouched.
 */
import { compare } from '../common/binary';
import type { LabelFilter } from './ast';
import type { LabelsBuilder } from './labels-builder';
import { parseBytes, parseGoDuration, parseGoFloat } from './units';

export function passes(filter: LabelFilter, labels: LabelsBuilder): boolean {
  switch (filter.type) {
    case 'and':
      return passes(filter.left, labels) && passes(filter.right, labels);
    case 'or':
      return passes(filter.left, labels) || passes(filter.right, labels);
    case 'matcher':
      return filter.matcher.matches(labels.get(filter.matcher.name));
    default: {
      if (labels.hasError) return true;
      if (!labels.has(filter.name)) return false;
      const text = labels.get(filter.name);
      const value =
        filter.type === 'number'
          ? parseGoFloat(text)
          : filter.type === 'duration'
            ? parseGoDuration(text)
            : parseBytes(text);
      if (value === null) {
        labels.setError(
          'LabelFilterErr',
          `cannot convert ${JSON.stringify(text)} for the ${filter.type} filter on ${filter.name}`,
        );
        return true;
      }
      return compare(filter.op, value, filter.value);
    }
  }
}
