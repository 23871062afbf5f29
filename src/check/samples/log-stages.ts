/**
 * The stages of `loki.process`, run on one sample entry. Each stage reads and
 * changes the entry's labels, line and timestamp, and a map of extracted
 * values shared with the stages after it. Stages whose effect cannot be
 * worked out from the configuration alone let the entry through unchanged and
 * say so in `unsure`.
 */
import { plainText, plainTextList, plainTextMap, UNKNOWN, type PlainObject } from '../plain';
import { goRegexp, quoteMeta } from './go-regexp';
import { parseGoTime } from './go-time';
import { parseLogfmt } from './logfmt';
import { parseSelector, selectorMatches } from './logql-selector';

export type LogEntry = {
  labels: Map<string, string>;
  line: string;
  /** Milliseconds since the epoch. */
  timestamp: number;
  /** Extracted values; null for values that are not text (JSON null). */
  extracted: Map<string, string | null>;
};

/** A stage block: its name (`stage.json`), its attributes, and for `stage.match` its own stages. */
export type StageBlock = { name: string; args: PlainObject; blocks: readonly StageBlock[] };

export type StagesOutcome = { entry: LogEntry | null; unsure: string[] };

/** Stages that never touch labels, line or timestamp. */
const WITHOUT_EFFECT = new Set([
  'stage.structured_metadata',
  'stage.structured_metadata_drop',
  'stage.metrics',
  'stage.tenant',
]);

export function runStages(stages: readonly StageBlock[], input: LogEntry): StagesOutcome {
  let entry: LogEntry = input;
  const unsure: string[] = [];
  for (const stage of stages) {
    const result = runStage(stage, entry);
    if (result === null) return { entry: null, unsure };
    if ('unsure' in result) {
      unsure.push(`\`${stage.name}\`: ${result.unsure}`);
      if (result.entry === null) return { entry: null, unsure };
      entry = result.entry;
    } else {
      entry = result;
    }
  }
  return { entry, unsure };
}

type StageResult = LogEntry | null | { entry: LogEntry | null; unsure: string };

function runStage(stage: StageBlock, entry: LogEntry): StageResult {
  const args = stage.args;
  switch (stage.name) {
    case 'stage.json':
      return jsonStage(args, entry);
    case 'stage.logfmt':
      return logfmtStage(args, entry);
    case 'stage.regex':
      return regexStage(args, entry);
    case 'stage.labels':
      return labelsStage(args, entry);
    case 'stage.static_labels':
      return staticLabelsStage(args, entry);
    case 'stage.output':
      return outputStage(args, entry);
    case 'stage.timestamp':
      return timestampStage(args, entry);
    case 'stage.drop':
      return dropStage(args, entry);
    case 'stage.match':
      return matchStage(args, stage.blocks, entry);
    case 'stage.replace':
      return replaceStage(args, entry);
    case 'stage.label_drop':
    case 'stage.label_keep':
      return labelListStage(stage.name, args, entry);
    default:
      return WITHOUT_EFFECT.has(stage.name)
        ? entry
        : { entry, unsure: 'this stage is not followed by the checks' };
  }
}

const unknownSettings = (entry: LogEntry) => ({
  entry,
  unsure: 'its settings depend on values only known at run time',
});

/** String attributes with their defaults; null when one of them cannot be known. */
function texts<K extends string>(args: PlainObject, defaults: Record<K, string>): Record<K, string> | null {
  const result = { ...defaults };
  for (const key of Object.keys(defaults) as K[]) {
    const value = plainText(args[key]);
    if (value === UNKNOWN) return null;
    if (value !== undefined) result[key] = value;
  }
  return result;
}

/** The text a stage reads: the line, or an extracted value when `source` is set; null when that value is missing. */
function input(args: PlainObject, entry: LogEntry): string | null | typeof UNKNOWN {
  const source = plainText(args.source) ?? '';
  if (source === UNKNOWN) return UNKNOWN;
  if (source === '') return entry.line;
  return entry.extracted.get(source) ?? null;
}

function withExtracted(entry: LogEntry, values: Iterable<[string, string | null]>): LogEntry {
  const extracted = new Map(entry.extracted);
  for (const [key, value] of values) extracted.set(key, value);
  return { ...entry, extracted };
}

function jsonStage(args: PlainObject, entry: LogEntry): StageResult {
  const expressions = plainTextMap(args.expressions);
  const text = input(args, entry);
  if (expressions === UNKNOWN || text === UNKNOWN) return unknownSettings(entry);
  if (text === null || expressions === undefined) return entry;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return args.drop_malformed === true ? null : entry;
  }
  const values: [string, string | null][] = [];
  for (const [name, expression] of expressions) {
    const found = jmesPath(data, expression === '' ? name : expression);
    if (found === UNKNOWN)
      return { entry, unsure: `the expression \`${expression}\` is not followed by the checks` };
    if (found === undefined) continue;
    values.push([name, typeof found === 'string' ? found : found === null ? null : JSON.stringify(found)]);
  }
  return withExtracted(entry, values);
}

/** The JMESPath subset the workshop needs: field names, quoted field names, dots and array indexes. */
function jmesPath(data: unknown, expression: string): unknown {
  const step = /^\s*(?:([A-Za-z_][\w]*)|"((?:[^"\\]|\\.)*)"|\[(\d+)\])\s*(\.|(?=\[)|$)/;
  let current: unknown = data;
  let rest = expression;
  while (rest !== '') {
    const match = step.exec(rest);
    if (!match) return UNKNOWN;
    if (match[3] !== undefined) current = Array.isArray(current) ? current[Number(match[3])] : undefined;
    else {
      const key = match[1] ?? (JSON.parse(`"${match[2] ?? ''}"`) as string);
      current =
        typeof current === 'object' && current !== null && !Array.isArray(current)
          ? (current as Record<string, unknown>)[key]
          : undefined;
    }
    rest = rest.slice(match[0].length);
  }
  return current;
}

function logfmtStage(args: PlainObject, entry: LogEntry): StageResult {
  const mapping = plainTextMap(args.mapping);
  const text = input(args, entry);
  if (mapping === UNKNOWN || text === UNKNOWN) return unknownSettings(entry);
  if (text === null || mapping === undefined) return entry;
  const targets = new Map<string, string>();
  for (const [name, key] of mapping) targets.set(key === '' ? name : key, name);
  const values: [string, string][] = [];
  for (const [key, value] of parseLogfmt(text).pairs) {
    const name = targets.get(key);
    if (name !== undefined) values.push([name, value]);
  }
  return withExtracted(entry, values);
}

function regexStage(args: PlainObject, entry: LogEntry): StageResult {
  const pattern = plainText(args.expression);
  const text = input(args, entry);
  if (pattern === UNKNOWN || text === UNKNOWN) return unknownSettings(entry);
  if (pattern === undefined || text === null) return entry;
  const regexp = goRegexp(pattern);
  if (!regexp) return { entry, unsure: `the regular expression \`${pattern}\` cannot be followed here` };
  const match = regexp.exec(text);
  if (!match) return entry;
  return withExtracted(
    entry,
    Object.entries(match.groups ?? {}).map(([name, value]) => [name, value ?? '']),
  );
}

function labelsStage(args: PlainObject, entry: LogEntry): StageResult {
  const values = plainTextMap(args.values);
  if (values === UNKNOWN) return unknownSettings(entry);
  const labels = new Map(entry.labels);
  for (const [label, source] of values ?? []) {
    const value = entry.extracted.get(source === '' ? label : source);
    if (typeof value === 'string') setLabel(labels, label, value);
  }
  return { ...entry, labels };
}

function staticLabelsStage(args: PlainObject, entry: LogEntry): StageResult {
  const values = plainTextMap(args.values);
  if (values === UNKNOWN) return unknownSettings(entry);
  const labels = new Map(entry.labels);
  for (const [label, value] of values ?? []) setLabel(labels, label, value);
  return { ...entry, labels };
}

/** Loki treats an empty label value as no label. */
function setLabel(labels: Map<string, string>, name: string, value: string): void {
  if (value === '') labels.delete(name);
  else labels.set(name, value);
}

function outputStage(args: PlainObject, entry: LogEntry): StageResult {
  const source = plainText(args.source);
  if (source === UNKNOWN) return unknownSettings(entry);
  const value = source === undefined ? undefined : entry.extracted.get(source);
  return typeof value === 'string' ? { ...entry, line: value } : entry;
}

function timestampStage(args: PlainObject, entry: LogEntry): StageResult {
  const source = plainText(args.source);
  const format = plainText(args.format);
  const fallbacks = plainTextList(args.fallback_formats) ?? [];
  if (source === UNKNOWN || format === UNKNOWN || fallbacks === UNKNOWN) return unknownSettings(entry);
  if (source === undefined || format === undefined) return entry;
  const value = entry.extracted.get(source);
  if (typeof value !== 'string') return entry;
  for (const candidate of [format, ...fallbacks]) {
    const parsed = parseGoTime(value, candidate);
    if (parsed !== null) return { ...entry, timestamp: parsed };
  }
  return entry;
}

function dropStage(args: PlainObject, entry: LogEntry): StageResult {
  const settings = texts(args, {
    source: '',
    value: '',
    expression: '',
    separator: ';',
    older_than: '',
    longer_than: '',
  });
  if (!settings) return unknownSettings(entry);
  if (settings.older_than !== '' || settings.longer_than !== '') {
    return { entry, unsure: '`older_than` and `longer_than` are not followed by the checks' };
  }
  const pattern = settings.value !== '' ? `^${quoteMeta(settings.value)}$` : settings.expression;
  const regexp = pattern === '' ? null : goRegexp(pattern);
  if (pattern !== '' && !regexp)
    return { entry, unsure: `the regular expression \`${pattern}\` cannot be followed here` };
  const sources = settings.source === '' ? [] : settings.source.split(',');

  // Every condition given must hold for the entry to be dropped.
  if (sources.length > 0 && !regexp) return sources.every((name) => entry.extracted.has(name)) ? null : entry;
  if (sources.length === 0 && regexp) return regexp.test(entry.line) ? null : entry;
  if (sources.length > 0 && regexp) {
    const parts = sources.flatMap((name) => {
      const part = entry.extracted.get(name);
      return typeof part === 'string' ? [part] : [];
    });
    return regexp.test(parts.join(settings.separator)) ? null : entry;
  }
  return entry;
}

function matchStage(args: PlainObject, stages: readonly StageBlock[], entry: LogEntry): StageResult {
  const selectorText = plainText(args.selector);
  const action = plainText(args.action) ?? 'keep';
  if (selectorText === UNKNOWN || action === UNKNOWN) return unknownSettings(entry);
  const selector = selectorText === undefined ? null : parseSelector(selectorText);
  if (!selector)
    return { entry, unsure: `the selector \`${selectorText ?? ''}\` is not followed by the checks` };
  const matches = selectorMatches(selector, entry.labels, entry.line);
  if (matches === null) return { entry, unsure: `the selector \`${selectorText}\` cannot be followed here` };
  if (!matches) return entry;
  if (action === 'drop') return null;
  const inner = runStages(stages, entry);
  return inner.unsure.length > 0 ? { entry: inner.entry, unsure: inner.unsure.join('; ') } : inner.entry;
}

function replaceStage(args: PlainObject, entry: LogEntry): StageResult {
  const settings = texts(args, { expression: '', replace: '', source: '' });
  const text = input(args, entry);
  if (!settings || text === UNKNOWN) return unknownSettings(entry);
  if (settings.expression === '' || text === null) return entry;
  const regexp = goRegexp(settings.expression, { all: true });
  if (!regexp)
    return { entry, unsure: `the regular expression \`${settings.expression}\` cannot be followed here` };
  if (/\{\{(?!\s*\.\w+\s*\}\})/.test(settings.replace)) {
    return { entry, unsure: 'template functions in `replace` are not followed by the checks' };
  }
  const render = (value: string) =>
    settings.replace.replace(/\{\{\s*\.(\w+)\s*\}\}/g, (_, name: string) =>
      name === 'Value' ? value : (entry.extracted.get(name) ?? ''),
    );

  // Each capture group's text is replaced by the rendered template; the rest of the text stays.
  let result = '';
  let copiedUpTo = 0;
  const matches = [...text.matchAll(regexp)];
  for (const match of matches) {
    for (const span of match.indices?.slice(1) ?? []) {
      if (!span) continue;
      const [start, end] = span;
      if (start >= copiedUpTo) {
        result += text.slice(copiedUpTo, start) + render(text.slice(start, end));
        copiedUpTo = end;
      }
    }
  }
  if (matches.length === 0) return entry;
  result += text.slice(copiedUpTo);

  // Named groups of the first match are extracted, as replaced.
  const named: [string, string][] = Object.entries(matches[0]?.groups ?? {}).flatMap(([name, value]) =>
    value === undefined ? [] : [[name, render(value)] as [string, string]],
  );
  const replaced =
    settings.source === '' ? { ...entry, line: result } : withExtracted(entry, [[settings.source, result]]);
  return withExtracted(replaced, named);
}

function labelListStage(name: string, args: PlainObject, entry: LogEntry): StageResult {
  const values = plainTextList(args.values);
  if (values === UNKNOWN) return unknownSettings(entry);
  const listed = new Set(values ?? []);
  const keep = name === 'stage.label_keep';
  const labels = new Map([...entry.labels].filter(([label]) => listed.has(label) === keep));
  return { ...entry, labels };
}
