/**
 * What one component does to a sample passing through it, for the component
 * types the workshop uses. Others let samples through unchanged and say that
 * they were not followed.
 */
import { decodeBody, type ComponentView } from './components';
import { plainTextMap, UNKNOWN } from './plain';
import { runStages, type LogEntry } from './samples/log-stages';
import { relabel, type Labels } from './samples/relabel';
import { redactSecrets } from './samples/secrets';
import type { ValueReader } from './values';

export type Effect<T> = { sample: T | null; unsure: string[] };

/** Components that pass samples on untouched. */
const UNCHANGED = new Set([
  'logging',
  'loki.write',
  'loki.echo',
  'otelcol.exporter.loki',
  'prometheus.scrape',
  'prometheus.remote_write',
  'otelcol.exporter.prometheus',
]);

export function logEffect(view: ComponentView, entry: LogEntry, reader: ValueReader): Effect<LogEntry> {
  // Extracted values live only inside one loki.process.
  const input: LogEntry = { ...entry, extracted: new Map() };
  const { args, blocks } = decodeBody(view.block.body, reader);
  switch (view.type) {
    case 'loki.relabel': {
      const rules = blocks.filter((block) => block.name === 'rule').map((block) => block.args);
      const outcome = relabel(rules, input.labels);
      // loki.relabel drops entries left without labels.
      const labels = outcome.labels && outcome.labels.size > 0 ? outcome.labels : null;
      return { sample: labels && { ...input, labels }, unsure: outcome.unsure };
    }
    case 'loki.process': {
      const outcome = runStages(
        blocks.filter((block) => block.name.startsWith('stage.')),
        input,
      );
      return { sample: outcome.entry, unsure: outcome.unsure };
    }
    case 'loki.source.api': {
      const labels = plainTextMap(args.labels);
      const unsure =
        args.relabel_rules === undefined ? [] : ['its `relabel_rules` are not followed by the checks'];
      if (labels === UNKNOWN)
        return { sample: input, unsure: [...unsure, 'its `labels` are only known at run time'] };
      const merged: Labels = new Map([...input.labels, ...(labels ?? [])]);
      return { sample: { ...input, labels: merged }, unsure };
    }
    case 'loki.secretfilter':
      return redactSecrets(args, input);
    default:
      return {
        sample: input,
        unsure: UNCHANGED.has(view.type) ? [] : [`${view.type} is not followed by the checks`],
      };
  }
}

export function metricEffect(view: ComponentView, labels: Labels, reader: ValueReader): Effect<Labels> {
  if (view.type === 'prometheus.relabel') {
    const { blocks } = decodeBody(view.block.body, reader);
    const outcome = relabel(
      blocks.filter((block) => block.name === 'rule').map((block) => block.args),
      labels,
    );
    return { sample: outcome.labels, unsure: outcome.unsure };
  }
  return {
    sample: labels,
    unsure: UNCHANGED.has(view.type) ? [] : [`${view.type} is not followed by the checks`],
  };
}
