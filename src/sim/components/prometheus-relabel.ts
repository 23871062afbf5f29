/**
 * `prometheus.relabel`: rewrites each sample's labels (`__name__` included)
 * with its `rule` blocks after scraping; a sample a rule drops goes no
 * further. Exports `receiver` and `rules`.
 */
import type { MetricSample } from '../model';
import { cachedRelabel, readRules } from '../relabel';
import type { ComponentFactory } from './component';
import type { RulesProvider } from './loki-relabel';

export const prometheusRelabel: ComponentFactory = (context): RulesProvider => {
  const rules = readRules(context.body);
  const forward = context.output('forward_to', context.body.refs('forward_to'));
  const relabel = cachedRelabel(rules);
  return {
    rules,
    receive(batch) {
      if (batch.signal !== 'metrics') return;
      const kept: MetricSample[] = [];
      for (const sample of batch.samples) {
        const labels = relabel(sample.labels);
        if (labels !== null && Object.keys(labels).length > 0) kept.push({ ...sample, labels });
      }
      if (kept.length < batch.samples.length) context.dropped(batch.samples.length - kept.length, 'relabel');
      forward.emit({ signal: 'metrics', samples: kept });
    },
  };
};
