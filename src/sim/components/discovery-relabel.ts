/**
 * `discovery.relabel`: rewrites targets before anything scrapes them (it
 * sees `__address__`, `__meta_*` and the other double-underscore labels);
 * exports the result as `output`, and its rules as `rules`.
 */
import type { Labels } from '../model';
import { readRules, relabel } from '../relabel';
import type { ComponentFactory } from './component';
import type { RulesProvider } from './relabelling';

export const discoveryRelabel: ComponentFactory = (context): RulesProvider & { targets: Labels[] } => {
  const rules = readRules(context.body);
  const targets: Labels[] = [];
  for (const target of context.body.targets('targets')) {
    const result = relabel(Object.fromEntries(target), rules);
    if (result !== null) targets.push(result);
  }
  return { rules, targets };
};
