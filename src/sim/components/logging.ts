/**
 * The `logging` block: sets the level and format of Alloy's own log and,
 * with `write_to`, tees every line written into Loki receivers as an entry
 * labelled `component="alloy"`, stamped with the time it was written.
 */
import type { LogLevel } from '../alloy-log';
import { ConfigError } from '../config/body';
import type { LogEntry } from '../model';
import type { ComponentFactory } from './component';

const LEVELS = new Set<string>(['debug', 'info', 'warn', 'error']);
const FORMATS = new Set<string>(['logfmt', 'json']);
const LABELS = Object.freeze({ component: 'alloy' });

export const logging: ComponentFactory = (context) => {
  const level = context.body.string('level', 'info');
  const format = context.body.string('format', 'logfmt');
  if (!LEVELS.has(level)) throw new ConfigError(`unrecognized log level "${level}"`);
  if (!FORMATS.has(format)) throw new ConfigError(`unrecognized log format "${format}"`);
  context.alloyLog.configure(level as LogLevel, format as 'logfmt' | 'json');
  const writeTo = context.output('write_to', context.body.refs('write_to'));
  if (!writeTo.connected) context.alloyLog.stopCollecting();
  return {
    tick() {
      const lines = context.alloyLog.takePending();
      if (lines.length === 0) return;
      const entries: LogEntry[] = lines.map((line) => ({
        timestamp: line.time,
        line: line.line,
        labels: LABELS,
      }));
      writeTo.emit({ signal: 'logs', entries });
    },
  };
};
