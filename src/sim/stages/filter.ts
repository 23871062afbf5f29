/**
 * The stages that decide whether an entry goes on: `stage.drop` (every
 * configured condition must hold to drop) and `stage.match` (a LogQL stream
 * selector with optional line filters, either running nested stages on the
 * entries it matches or dropping them).
 */
import { goRegexp } from '../formats/go-regexp';
import { ConfigError, type ConfigBody } from '../config/body';
import { QueryError } from '../query/common/source';
import { matchesSelector, parseMatchSelector, type MatchSelector } from '../query/logql/match-selector';
import { extractedText, type Stage, type StageContext, type WorkingEntry } from './stage';

export function dropStage(body: ConfigBody, context: StageContext): Stage {
  const source = body.string('source', '');
  const value = body.has('value') ? body.string('value', '') : undefined;
  const expressionText = body.string('expression', '');
  const separator = body.string('separator', ';');
  const olderThan = body.has('older_than') ? body.duration('older_than', '0s') : 0;
  const longerThan = body.has('longer_than') ? parseBytes(body.string('longer_than', '0')) : 0;
  const reason = body.string('drop_counter_reason', 'drop_stage');
  if (source === '' && expressionText === '' && olderThan === 0 && longerThan === 0) {
    throw new ConfigError(
      'drop stage config must contain at least one of `source`, `expression`, `older_than` or `longer_than`',
    );
  }
  if (value !== undefined && expressionText !== '') {
    throw new ConfigError('`value` and `expression` cannot both be defined at the same time');
  }
  if (source === '' && value !== undefined) throw new ConfigError('`source` is required if `value` is set');
  const expression = expressionText === '' ? null : goRegexp(expressionText);
  if (expressionText !== '' && !expression)
    throw new ConfigError(`could not compile regular expression: ${expressionText}`);
  const sources = source === '' ? [] : source.split(',').map((name) => name.trim());

  const sourceValue = (entry: WorkingEntry): string | undefined => {
    const parts: string[] = [];
    for (const name of sources) {
      const found = entry.extracted.get(name);
      if (found === undefined) return undefined;
      parts.push(extractedText(found));
    }
    return parts.join(separator);
  };

  return (entry) => {
    if (longerThan > 0 && new TextEncoder().encode(entry.line).length <= longerThan) return null;
    if (olderThan > 0 && entry.timestamp >= context.clock.now - olderThan) return null;
    if (sources.length > 0) {
      const found = sourceValue(entry);
      if (found === undefined) return null;
      if (expression) return expression.test(found) ? reason : null;
      if (value !== undefined) return found === value ? reason : null;
      return reason;
    }
    if (expression) return expression.test(entry.line) ? reason : null;
    return reason;
  };
}

/** Sizes as Go's units.Base2Bytes reads them: `1KB` and `1KiB` are both 1024 bytes. */
function parseBytes(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([KMGTPE]?)i?B?$/i.exec(text.trim());
  if (!match) throw new ConfigError(`invalid size "${text}"`);
  const power = ' KMGTPE'.indexOf((match[2] ?? '').toUpperCase() || ' ');
  return Number(match[1]) * 1024 ** power;
}

export function matchStage(body: ConfigBody, nested: Stage[]): Stage {
  const selectorText = body.string('selector', '');
  if (selectorText === '') throw new ConfigError('selector statement required for match stage');
  const action = body.string('action', 'keep');
  if (action !== 'keep' && action !== 'drop') {
    throw new ConfigError(`match stage action should be 'keep' or 'drop'`);
  }
  if (action === 'drop' && nested.length > 0) {
    throw new ConfigError('match stage configured to drop entries cannot contains stages');
  }
  if (action === 'keep' && nested.length === 0) {
    throw new ConfigError("match stage requires at least one additional stage to be defined in '- stages'");
  }
  let selector: MatchSelector;
  try {
    selector = parseMatchSelector(selectorText);
  } catch (error) {
    if (!(error instanceof QueryError)) throw error;
    throw new ConfigError(`invalid selector syntax for match stage: ${error.message}`);
  }
  const reason = body.string('drop_counter_reason', 'match_stage');
  return (entry) => {
    if (!matchesSelector(selector, entry.labels, entry.line)) return null;
    if (action === 'drop') return reason;
    for (const stage of nested) {
      const dropped = stage(entry);
      if (dropped !== null) return dropped;
    }
    return null;
  };
}
