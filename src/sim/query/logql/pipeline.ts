/**
 * Runs a log pipeline over one entry, stage by stage, as Loki does: line
 * filters keep or drop the line, parsers add labels (setting `__error__`
 * on malformed input and keeping the entry), label filters keep or drop,
 * formatters rewrite the line or labels. Returns the final line, or null
 * when a stage dropped the entry.
 */
import type { JsonParserStage, LineFilter, LogfmtParserStage, Stage } from './ast';
import { flattenJson, parseJsonLine, valueAtPath } from './json';
import { passes } from './label-filter';
import { extractedName, sanitizeLabelName } from './label-names';
import type { LabelsBuilder } from './labels-builder';
import { decodeLogfmt } from '../../formats/logfmt';
import { renderTemplate } from './template';

const ANSI_ESCAPE = new RegExp(`${String.fromCharCode(0x1b)}\\[[0-9;]*[A-Za-z]`, 'g');

export function runPipeline(stages: readonly Stage[], line: string, labels: LabelsBuilder): string | null {
  let current = line;
  for (const stage of stages) {
    switch (stage.type) {
      case 'line-filter':
        if (!lineFilterKeeps(stage, current)) return null;
        break;
      case 'json':
        parseJson(stage, current, labels);
        break;
      case 'logfmt':
        parseLogfmt(stage, current, labels);
        break;
      case 'regexp': {
        const groups = stage.regex.exec(current)?.groups;
        if (groups)
          for (const name of stage.names) {
            const value = groups[name];
            if (value !== undefined) labels.set(extractedName(sanitizeLabelName(name), labels.stream), value);
          }
        break;
      }
      case 'label-filter':
        if (!passes(stage.filter, labels)) return null;
        break;
      case 'line-format':
        current = renderTemplate(stage.template, (name) => labels.get(name), current);
        break;
      case 'label-format': {
        const values = stage.operations.map((operation) =>
          'source' in operation
            ? labels.get(operation.source)
            : renderTemplate(operation.template, (name) => labels.get(name), current),
        );
        stage.operations.forEach((operation, index) => {
          if ('source' in operation) labels.delete(operation.source);
          labels.set(operation.target, values[index] ?? '');
        });
        break;
      }
      case 'drop':
      case 'keep':
        selectLabels(stage.type, stage.labels, labels);
        break;
      case 'decolorize':
        current = current.replace(ANSI_ESCAPE, '');
        break;
    }
  }
  return current;
}

/** Whether a line filter lets the line through: `|=` and `|~` keep what they find, `!=` and `!~` drop it. */
export function lineFilterKeeps(filter: LineFilter, line: string): boolean {
  const found =
    filter.op === '|=' || filter.op === '!='
      ? filter.values.some((value) => line.includes(value))
      : filter.regexes.some((regex) => regex.test(line));
  return found === (filter.op === '|=' || filter.op === '|~');
}

function parseJson(stage: JsonParserStage, line: string, labels: LabelsBuilder): void {
  const parsed = parseJsonLine(line);
  if (
    !parsed.ok ||
    typeof parsed.value !== 'object' ||
    parsed.value === null ||
    Array.isArray(parsed.value)
  ) {
    labels.setError('JSONParserErr', parsed.ok ? 'not a JSON object' : parsed.error);
    return;
  }
  if (!stage.extractions) {
    flattenJson(parsed.value, (name, value) => labels.set(extractedName(name, labels.stream), value));
    return;
  }
  for (const { label, path } of stage.extractions)
    labels.set(extractedName(label, labels.stream), valueAtPath(parsed.value, path));
}

function parseLogfmt(stage: LogfmtParserStage, line: string, labels: LabelsBuilder): void {
  const { pairs, error } = decodeLogfmt(line, stage.strict);
  if (stage.extractions) {
    for (const { label, key } of stage.extractions) {
      const pair = pairs.find((candidate) => candidate.key === key);
      if (pair) labels.set(extractedName(label, labels.stream), pair.value);
    }
  } else {
    for (const { key, value } of pairs) {
      const name = sanitizeLabelName(key);
      if (name === '' || (value === '' && !stage.keepEmpty)) continue;
      labels.set(extractedName(name, labels.stream), value);
    }
  }
  if (error && stage.strict) labels.setError('LogfmtParserErr', error);
}

function selectLabels(
  mode: 'drop' | 'keep',
  selection: readonly { name: string; matcher: { matches(value: string): boolean } | null }[],
  labels: LabelsBuilder,
): void {
  const selected = (name: string) =>
    selection.some((item) => item.name === name && (!item.matcher || item.matcher.matches(labels.get(name))));
  for (const name of labels.names()) if (selected(name) === (mode === 'drop')) labels.delete(name);
}
