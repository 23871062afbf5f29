/**
 * `loki.process`: runs each entry through its `stage.*` blocks in order
 * (the extracted map starts with the entry's labels, as in Alloy) and
 * forwards what the stages keep.
 */
import type { LogEntry } from '../model';
import { buildStages, type Extracted, type WorkingEntry } from '../stages';
import type { ComponentFactory } from './component';

export const lokiProcess: ComponentFactory = (context) => {
  const stages = buildStages(context.body.blocks, { clock: context.clock });
  const forward = context.output('forward_to', context.body.refs('forward_to'));
  return {
    receive(batch) {
      if (batch.signal !== 'logs') return;
      const kept: LogEntry[] = [];
      const drops = new Map<string, number>();
      entries: for (const entry of batch.entries) {
        const working: WorkingEntry = {
          labels: { ...entry.labels },
          line: entry.line,
          timestamp: entry.timestamp,
          structuredMetadata: entry.structuredMetadata,
          extracted: new Map<string, Extracted>(Object.entries(entry.labels)),
        };
        for (const stage of stages) {
          const reason = stage(working);
          if (reason !== null) {
            drops.set(reason, (drops.get(reason) ?? 0) + 1);
            continue entries;
          }
        }
        const processed: LogEntry = {
          timestamp: working.timestamp,
          line: working.line,
          labels: working.labels,
        };
        kept.push(
          working.structuredMetadata
            ? { ...processed, structuredMetadata: working.structuredMetadata }
            : processed,
        );
      }
      for (const [reason, count] of drops) context.dropped(count, reason);
      forward.emit({ signal: 'logs', entries: kept });
    },
  };
};
