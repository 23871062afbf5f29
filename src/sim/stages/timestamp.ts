/**
 * `stage.timestamp`: sets the entry's time from an extracted value, parsed
 * with a Go layout or a named format (`RFC3339`, `UnixMs` …), trying
 * `fallback_formats` in turn. A missing value leaves the time alone; one
 * that does not parse is handled by `action_on_failure`: `fudge` (the
 * default) moves the entry just after the last time parsed for its stream,
 * `skip` leaves it.
 */
import { parseGoTime } from '../formats/go-time';
import { ConfigError, NotSimulatedError, type ConfigBody } from '../config/body';
import { extractedText, type Stage, type StageContext } from './stage';

/** One nanosecond in virtual milliseconds. */
const NANOSECOND = 1e-6;

export function timestampStage(body: ConfigBody, context: StageContext): Stage {
  const source = body.string('source');
  const format = body.string('format');
  if (source === undefined || source === '') throw new ConfigError('timestamp source value is required');
  if (format === undefined || format === '') throw new ConfigError('timestamp format is required');
  const formats = [format, ...body.stringList('fallback_formats')];
  const location = body.string('location', '');
  if (location !== '' && location !== 'UTC')
    throw new NotSimulatedError(`the location "${location}" is not simulated`);
  const action = body.string('action_on_failure', 'fudge');
  if (action !== 'fudge' && action !== 'skip')
    throw new ConfigError(`invalid action on failure (supported values are fudge, skip)`);
  const lastParsed = new Map<string, number>();
  return (entry) => {
    const value = entry.extracted.get(source);
    if (value === undefined) return null;
    const text = extractedText(value);
    let parsed: number | null = null;
    for (const candidate of formats) {
      parsed = parseGoTime(text, candidate);
      if (parsed !== null) break;
    }
    const stream = streamKey(entry.labels);
    if (parsed !== null) {
      entry.timestamp = context.clock.fromUnix(parsed);
      lastParsed.set(stream, entry.timestamp);
    } else if (action === 'fudge') {
      const last = lastParsed.get(stream);
      if (last !== undefined) {
        entry.timestamp = last + NANOSECOND;
        lastParsed.set(stream, entry.timestamp);
      }
    }
    return null;
  };
}

function streamKey(labels: ReadonlyMap<string, string>): string {
  return [...labels.keys()]
    .sort()
    .map((name) => `${name}=${labels.get(name)}`)
    .join(',');
}
