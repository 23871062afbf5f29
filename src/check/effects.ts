/**
 * What one component does to a sample passing through it, for the component
 * types the workshop uses, run by the simulator's own relabelling, stages
 * and secret filter. Others let samples through unchanged and say that they
 * were not followed; so do rules and stages the simulator cannot build
 * (invalid, not simulated, or depending on values only known at run time),
 * while the rest of the component still applies.
 */
import { VirtualClock } from '../sim/clock';
import { secretFilter } from '../sim/components/loki-secretfilter';
import { ConfigError, NotSimulatedError, type ConfigBody } from '../sim/config/body';
import { LabelSets } from '../sim/label-sets';
import type { Labels, LogEntry } from '../sim/model';
import { readRule, relabel, type RelabelRule } from '../sim/relabel';
import { buildStages, runStages, type Stage } from '../sim/stages';
import type { ComponentView } from './components';
import { configBody } from './config-body';
import type { ValueReader } from './values';

export type Effect<T> = { sample: T | null; unsure: string[] };

/** When a sample arrives without a timestamp of its own: the moment it reached Alloy. */
export const ARRIVAL_TIME = '2025-04-06T10:15:30.456Z';

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
  const body = configBody(view.block, reader);
  switch (view.type) {
    case 'loki.relabel': {
      const { rules, unsure } = readRules(body);
      const labels = relabel(entry.labels, rules);
      return { sample: labels && { ...entry, labels }, unsure };
    }
    case 'loki.process': {
      const { stages, unsure } = readStages(body);
      const result = runStages(stages, entry, new LabelSets());
      return { sample: typeof result === 'string' ? null : result, unsure };
    }
    case 'loki.source.api':
      return sourceApiEffect(body, entry);
    case 'loki.secretfilter': {
      const redact = build(() => secretFilter(body));
      if (typeof redact === 'string') return { sample: entry, unsure: [redact] };
      // The simulator knows one Gitleaks rule, the one the workshop's services need.
      return {
        sample: { ...entry, line: redact(entry.line) },
        unsure: ['only Grafana Cloud tokens are followed by the checks'],
      };
    }
    default:
      return {
        sample: entry,
        unsure: UNCHANGED.has(view.type) ? [] : [`${view.type} is not followed by the checks`],
      };
  }
}

export function metricEffect(view: ComponentView, labels: Labels, reader: ValueReader): Effect<Labels> {
  if (view.type === 'prometheus.relabel') {
    const { rules, unsure } = readRules(configBody(view.block, reader));
    return { sample: relabel(labels, rules), unsure };
  }
  return {
    sample: labels,
    unsure: UNCHANGED.has(view.type) ? [] : [`${view.type} is not followed by the checks`],
  };
}

function readRules(body: ConfigBody): { rules: RelabelRule[]; unsure: string[] } {
  const rules: RelabelRule[] = [];
  const unsure: string[] = [];
  body.blocksNamed('rule').forEach((rule, index) => {
    const built = build(() => readRule(rule));
    if (typeof built === 'string') unsure.push(`rule ${index + 1}: ${built}`);
    else rules.push(built);
  });
  return { rules, unsure };
}

/** The time the stages run at (`stage.drop`'s `older_than` reads it), on a clock that counts Unix time. */
const clock = new VirtualClock(0);
clock.now = Date.parse(ARRIVAL_TIME);

function readStages(body: ConfigBody): { stages: Stage[]; unsure: string[] } {
  const stages: Stage[] = [];
  const unsure: string[] = [];
  for (const block of body.blocks) {
    if (!block.name.startsWith('stage.')) continue;
    const built = build(() => buildStages([block], { clock }));
    if (typeof built !== 'string') stages.push(...built);
    else unsure.push(built.startsWith(block.name) ? built : `\`${block.name}\`: ${built}`);
  }
  return { stages, unsure };
}

/** `loki.source.api` adds its `labels`; its `relabel_rules` come from another component and are not followed. */
function sourceApiEffect(body: ConfigBody, entry: LogEntry): Effect<LogEntry> {
  const unsure = body.has('relabel_rules') ? ['its `relabel_rules` are not followed by the checks'] : [];
  const labels = build(() => body.stringMap('labels'));
  if (typeof labels === 'string') return { sample: entry, unsure: [...unsure, labels] };
  return { sample: { ...entry, labels: { ...entry.labels, ...Object.fromEntries(labels) } }, unsure };
}

/** Runs what the simulator builds from a config; a message instead when it cannot. */
function build<T>(make: () => T): T | string {
  try {
    return make();
  } catch (error) {
    if (error instanceof ConfigError || error instanceof NotSimulatedError) return error.message;
    throw error;
  }
}
