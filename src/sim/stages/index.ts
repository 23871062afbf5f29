/**
 * `loki.process` stages built from the component's nested blocks, in order.
 * A stage the simulator does not model makes the whole component not
 * simulated (NotSimulatedError): an entry is never passed on half processed.
 */
import { NotSimulatedError, type ConfigBody, type NestedBlock } from '../config/body';
import type { LabelSets } from '../label-sets';
import type { LogEntry } from '../model';
import { jsonStage, logfmtStage, regexStage } from './extract';
import { dropStage, matchStage } from './filter';
import {
  labelDropStage,
  labelKeepStage,
  labelsStage,
  staticLabelsStage,
  structuredMetadataStage,
} from './labels';
import { decolorizeStage, outputStage, replaceStage, templateStage } from './line';
import type { Extracted, Stage, StageContext, WorkingEntry } from './stage';
import { timestampStage } from './timestamp';

export type { Stage, StageContext, WorkingEntry, Extracted } from './stage';

type StageBuilder = (body: ConfigBody, context: StageContext) => Stage;

const BUILDERS: Readonly<Record<string, StageBuilder>> = {
  'stage.json': jsonStage,
  'stage.logfmt': logfmtStage,
  'stage.regex': regexStage,
  'stage.labels': labelsStage,
  'stage.structured_metadata': structuredMetadataStage,
  'stage.static_labels': staticLabelsStage,
  'stage.label_drop': labelDropStage,
  'stage.label_keep': labelKeepStage,
  'stage.output': outputStage,
  'stage.replace': replaceStage,
  'stage.template': templateStage,
  'stage.decolorize': decolorizeStage,
  'stage.timestamp': timestampStage,
  'stage.drop': dropStage,
  // The workshop's Loki runs with authentication off: every push lands in the one tenant.
  'stage.tenant': () => () => null,
};

export function buildStages(blocks: readonly NestedBlock[], context: StageContext): Stage[] {
  const stages: Stage[] = [];
  for (const block of blocks) {
    if (!block.name.startsWith('stage.')) continue;
    if (block.name === 'stage.match') {
      stages.push(matchStage(block.body, buildStages(block.body.blocks, context)));
      continue;
    }
    const builder = BUILDERS[block.name];
    if (!builder) throw new NotSimulatedError(`${block.name} is not simulated`);
    stages.push(builder(block.body, context));
  }
  return stages;
}

/**
 * Runs an entry through the stages: the entry they make of it, or the
 * reason a stage dropped it. The extracted map starts with the entry's
 * labels, as in Alloy; the resulting labels come from `labelSets`.
 */
export function runStages(
  stages: readonly Stage[],
  entry: LogEntry,
  labelSets: LabelSets,
): LogEntry | string {
  const labels = new Map<string, string>();
  for (const name in entry.labels) labels.set(name, entry.labels[name] as string);
  const working: WorkingEntry = {
    labels,
    line: entry.line,
    timestamp: entry.timestamp,
    structuredMetadata: entry.structuredMetadata,
    extracted: new Map<string, Extracted>(labels),
  };
  for (const stage of stages) {
    const dropped = stage(working);
    if (dropped !== null) return dropped;
  }
  const processed: LogEntry = {
    timestamp: working.timestamp,
    line: working.line,
    labels: labelSets.intern(working.labels),
  };
  return working.structuredMetadata
    ? { ...processed, structuredMetadata: working.structuredMetadata }
    : processed;
}
