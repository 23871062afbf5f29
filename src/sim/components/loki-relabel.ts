/**
 * `loki.relabel`: rewrites each entry's stream labels with its `rule`
 * blocks; an entry a rule drops, or left without labels, goes no further.
 * It sees labels only, never the line. Exports `receiver` and `rules`.
 */
import type { LogEntry } from '../model';
import { cachedRelabel, readRules, type RelabelRule } from '../relabel';
import type { ComponentFactory, SimComponent } from './component';

export interface RulesProvider extends SimComponent {
  readonly rules: readonly RelabelRule[];
}

export const lokiRelabel: ComponentFactory = (context): RulesProvider => {
  const rules = readRules(context.body);
  const forward = context.output('forward_to', context.body.refs('forward_to'));
  const relabel = cachedRelabel(rules);
  return {
    rules,
    receive(batch) {
      if (batch.signal !== 'logs') return;
      const kept: LogEntry[] = [];
      let dropped = 0;
      for (const entry of batch.entries) {
        const labels = relabel(entry.labels);
        if (labels === null || Object.keys(labels).length === 0) dropped++;
        else kept.push({ ...entry, labels });
      }
      if (dropped > 0) context.dropped(dropped, 'relabel');
      forward.emit({ signal: 'logs', entries: kept });
    },
  };
};
