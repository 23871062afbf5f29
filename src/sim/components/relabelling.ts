/**
 * `loki.relabel` and `prometheus.relabel`: rewrite the labels of each entry
 * or sample with their `rule` blocks; what a rule drops, or leaves without
 * labels, goes no further. `loki.relabel` sees stream labels, never the
 * line; `prometheus.relabel` sees `__name__` too, after scraping. Both
 * export `receiver` and `rules`.
 */
import type { Batch, Labels, LogEntry, MetricSample } from '../model';
import { cachedRelabel, readRules, type RelabelRule } from '../relabel';
import type { ComponentFactory, SimComponent } from './component';

/** A component exporting `rules`, which `loki.source.api` reads. */
export interface RulesProvider extends SimComponent {
  readonly rules: readonly RelabelRule[];
}

function relabelling<T extends { labels: Labels }>(
  itemsOf: (batch: Batch) => readonly T[] | null,
  batchOf: (items: T[]) => Batch,
): ComponentFactory {
  return (context): RulesProvider => {
    const rules = readRules(context.body);
    const forward = context.output('forward_to', context.body.refs('forward_to'));
    const relabel = cachedRelabel(rules);
    return {
      rules,
      receive(batch) {
        const items = itemsOf(batch);
        if (!items) return;
        const kept: T[] = [];
        for (const item of items) {
          const labels = relabel(item.labels);
          if (labels !== null) kept.push({ ...item, labels });
        }
        if (kept.length < items.length) context.dropped(items.length - kept.length, 'relabel');
        forward.emit(batchOf(kept));
      },
    };
  };
}

export const lokiRelabel = relabelling<LogEntry>(
  (batch) => (batch.signal === 'logs' ? batch.entries : null),
  (entries) => ({ signal: 'logs', entries }),
);

export const prometheusRelabel = relabelling<MetricSample>(
  (batch) => (batch.signal === 'metrics' ? batch.samples : null),
  (samples) => ({ signal: 'metrics', samples }),
);
