/**
 * `discovery.relabel`: rewrites targets before anything scrapes them (it
 * sees `__address__`, `__meta_*` and the other double-underscore labels);
 * exports the result as `output`, and its rules as `rules`.
 */
import type { Labels } from '../model';
import { readRules, relabel } from '../relabel';
import type { ComponentFactory } from './component';
import type { RulesProvider } from './loki-relabel';

export const discoveryRelabel: ComponentFactory = (context): RulesProvider & { targets: Labels[] } => {
  const rules = readRules(context.body);
  const targets: Labels[] = [];
  for (const target of context.body.targets('targets')) {
    const result = relabel(Object.fromEntries(target), rules);
    if (result !== null && Object.keys(result).length > 0) targets.push(result);
  }
  return { rules, targets };
};
