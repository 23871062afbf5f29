/**
 * Alloy's own log, as the simulated Alloy process writes it: every line any
 * component or the controller logs, filtered by the `logging` block's level
 * and formatted as logfmt or JSON. The lines are kept (the last few hundred,
 * for display) and handed to `logging.write_to` when the config asks for it.
 */
import type { VirtualClock } from './clock';
import { formatLogfmt, type LogfmtValue } from './formats/logfmt';
import type { Random } from './random';
import { rfc3339Nano } from './formats/time-format';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export type LogFields = readonly (readonly [string, LogfmtValue])[];

export type AlloyLogLine = { time: number; level: LogLevel; line: string };

const SEVERITY: Readonly<Record<LogLevel, number>> = { debug: 0, info: 1, warn: 2, error: 3 };

/** How many written lines are kept for display. */
const KEPT_LINES = 500;

export class AlloyLog {
  private level: LogLevel = 'info';
  private format: 'logfmt' | 'json' = 'logfmt';
  private readonly kept: AlloyLogLine[] = [];
  private pending: AlloyLogLine[] = [];
  /** Whether lines are kept for `takePending`: from the start, until it is clear that nothing tees them. */
  private collecting = true;
  private lastMillisecond = -1;
  private lastNanos = 0;

  constructor(
    private readonly clock: VirtualClock,
    private readonly random: Random,
  ) {}

  configure(level: LogLevel, format: 'logfmt' | 'json'): void {
    this.level = level;
    this.format = format;
  }

  /** Writes a line at `time` if the configured level lets it through. */
  write(time: number, level: LogLevel, msg: string, fields: LogFields = []): void {
    if (SEVERITY[level] < SEVERITY[this.level]) return;
    const ts = rfc3339Nano(this.clock.toUnix(time), this.nanosWithin(time));
    const pairs: (readonly [string, LogfmtValue])[] = [['ts', ts], ['level', level], ['msg', msg], ...fields];
    const line = this.format === 'json' ? formatJson(pairs) : formatLogfmt(pairs);
    const written = { time, level, line };
    this.kept.push(written);
    if (this.kept.length > KEPT_LINES * 2) this.kept.splice(0, this.kept.length - KEPT_LINES);
    if (this.collecting) this.pending.push(written);
  }

  /** Nanoseconds within the millisecond, increasing for lines written in the same millisecond. */
  private nanosWithin(time: number): number {
    const millisecond = Math.floor(time);
    if (millisecond !== this.lastMillisecond) {
      this.lastMillisecond = millisecond;
      this.lastNanos = Math.floor((time - millisecond) * 1e6);
    }
    this.lastNanos = Math.min(999_999, this.lastNanos + this.random.int(1, 2000));
    return this.lastNanos;
  }

  /** A logger that adds a component's context keys, as Alloy's component loggers do. */
  forComponent(id: string, extra: LogFields = []): ComponentLogger {
    const context: LogFields = [['component_path', '/'], ['component_id', id], ...extra];
    return (time, level, msg, fields = []) => this.write(time, level, msg, [...context, ...fields]);
  }

  /** Stops keeping written lines: the config has no `logging.write_to`. */
  stopCollecting(): void {
    this.collecting = false;
    this.pending = [];
  }

  /** The lines written since the last call, in time order, for `logging.write_to`. */
  takePending(): AlloyLogLine[] {
    const lines = this.pending.sort((a, b) => a.time - b.time);
    this.pending = [];
    return lines;
  }

  /** The most recent lines, oldest first. */
  lines(limit = KEPT_LINES): AlloyLogLine[] {
    return this.kept.slice(-limit);
  }
}

export type ComponentLogger = (time: number, level: LogLevel, msg: string, fields?: LogFields) => void;

function formatJson(pairs: readonly (readonly [string, LogfmtValue])[]): string {
  const record: Record<string, LogfmtValue> = {};
  for (const [key, value] of pairs) record[key] = value;
  return JSON.stringify(record);
}
