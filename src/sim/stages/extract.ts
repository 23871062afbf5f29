/**
 * The stages that read values out of the line into the extracted map:
 * `stage.json` (JMESPath expressions), `stage.logfmt` and `stage.regex`.
 */
import { goRegexp } from '../formats/go-regexp';
import { decodeLogfmt } from '../formats/logfmt';
import { ConfigError, type ConfigBody } from '../config/body';
import { sourceText, type Extracted, type Stage } from './stage';
import { compileJmesPath } from './jmespath';

export function jsonStage(body: ConfigBody): Stage {
  const expressions = [...body.stringMap('expressions')].map(([name, expression]) => {
    const path = compileJmesPath(expression === '' ? name : expression);
    return { name, path };
  });
  const source = body.string('source');
  const dropMalformed = body.bool('drop_malformed', false);
  return (entry) => {
    const input = sourceText(entry, source);
    if (input === undefined) return null;
    let data: unknown;
    try {
      data = JSON.parse(input);
    } catch {
      return dropMalformed ? 'malformed_json' : null;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      return dropMalformed ? 'malformed_json' : null;
    }
    for (const { name, path } of expressions) {
      const found = path(data);
      if (found === undefined) continue;
      entry.extracted.set(name, toExtracted(found));
    }
    return null;
  };
}

/** Numbers, strings, booleans and null as they are; objects and arrays as JSON text. */
function toExtracted(value: unknown): Extracted {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  return JSON.stringify(value);
}

export function logfmtStage(body: ConfigBody): Stage {
  const mapping = body.stringMap('mapping');
  if (mapping.size === 0) throw new ConfigError('logfmt mapping is required');
  // The logfmt key each extracted name reads; an empty key means the same name.
  const names = new Map<string, string>();
  for (const [name, key] of mapping) names.set(key === '' ? name : key, name);
  const source = body.string('source');
  return (entry) => {
    const input = sourceText(entry, source);
    if (input === undefined) return null;
    // go-logfmt stops at the first malformed pair, as Loki's strict mode does.
    for (const { key, value } of decodeLogfmt(input, true).pairs) {
      const name = names.get(key);
      if (name !== undefined) entry.extracted.set(name, value);
    }
    return null;
  };
}

export function regexStage(body: ConfigBody): Stage {
  const expression = body.string('expression');
  if (expression === undefined || expression === '') throw new ConfigError('expression is required');
  const regex = goRegexp(expression);
  if (!regex) throw new ConfigError(`could not compile regular expression: ${expression}`);
  const source = body.string('source');
  return (entry) => {
    const input = sourceText(entry, source);
    if (input === undefined) return null;
    const match = regex.exec(input);
    if (!match?.groups) return null;
    // Go reports a group that took no part in the match as empty.
    for (const [name, value] of Object.entries(match.groups)) entry.extracted.set(name, value ?? '');
    return null;
  };
}
