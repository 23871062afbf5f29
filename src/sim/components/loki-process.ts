/**
 * `loki.process`: runs each entry through its `stage.*` blocks in order
 * and forwards what the stages keep.
 */
import { LabelSets } from '../label-sets';
import type { LogEntry } from '../model';
import { buildStages, runStages } from '../stages';
import type { ComponentFactory } from './component';

export const lokiProcess: ComponentFactory = (context) => {
  const stages = buildStages(context.body.blocks, { clock: context.clock });
  const labelSets = new LabelSets();
  const forward = context.output('forward_to', context.body.refs('forward_to'));
  return {
    receive(batch) {
      if (batch.signal !== 'logs') return;
      const kept: LogEntry[] = [];
      const drops = new Map<string, number>();
      for (const entry of batch.entries) {
        const result = runStages(stages, entry, labelSets);
        if (typeof result === 'string') drops.set(result, (drops.get(result) ?? 0) + 1);
        else kept.push(result);
      }
      for (const [reason, count] of drops) context.dropped(count, reason);
      forward.emit({ signal: 'logs', entries: kept });
    },
  };
};
