/** Helpers shared by the store tests. */
import type { LabelMatcher, MatchOp } from './labels';
import { labelMatcher } from './labels';

/** A matcher that must compile. */
export function mustMatch(name: string, op: MatchOp, value: string): LabelMatcher {
  const result = labelMatcher(name, op, value);
  if (!result.ok) throw new Error(result.error);
  return result.matcher;
}
