/**
 * Parse, format and evaluate on a workshop-sized config and on generated
 * configs of growing size, with JSON.parse of an equivalent document as the
 * reference. Targets: ~300 lines parse in under 1 ms (median), growth linear,
 * parse throughput within 8x of JSON.parse.
 */
import { evaluateExpression, format, parse, values, type Scope, type Statement } from '../src/syntax';
import { generateConfig } from './generate-config';
import {
  formatCollecting,
  formatMs,
  formatPerLine,
  measure,
  measurePair,
  printTable,
  throughput,
} from './measure';

const SIZES = [300, 1_000, 10_000, 100_000];

/** Component references are unknown while editing, as in the playground. */
const EDITING_SCOPE: Scope = {
  variables: { loki: values.unknown(), prometheus: values.unknown(), otelcol: values.unknown() },
};

/** Evaluates every attribute value of a body, the way analysis does on each keystroke. */
function evaluateBody(body: Statement[]): void {
  for (const statement of body) {
    if (statement.kind === 'Attribute') evaluateExpression(statement.value, EDITING_SCOPE);
    else evaluateBody(statement.body);
  }
}

export async function run(): Promise<void> {
  const parseRows: string[][] = [];
  const formatRows: string[][] = [];
  for (const size of SIZES) {
    const config = generateConfig(size);
    const lines = config.lines;
    const budget = size >= 100_000 ? 3000 : 600;
    const [parsed, json] = measurePair(
      () => parse(config.alloy),
      () => JSON.parse(config.json),
      budget,
    );
    const formatted = measure(() => format(config.alloy), budget);
    const { ast } = parse(config.alloy);
    const evaluated = measure(() => evaluateBody(ast.body), budget);
    parseRows.push([
      `${lines}`,
      `${(Buffer.byteLength(config.alloy) / 1024).toFixed(0)} KiB`,
      formatMs(parsed.median),
      `${throughput(config.alloy, parsed.median).toFixed(1)}`,
      formatMs(json.median),
      `${throughput(config.json, json.median).toFixed(1)}`,
      `${(parsed.median / json.median).toFixed(2)}x`,
      formatPerLine(parsed.mean, lines),
      await formatCollecting(parsed),
      formatPerLine(json.mean, lines),
      await formatCollecting(json),
    ]);
    formatRows.push([
      `${lines}`,
      formatMs(formatted.median),
      `${throughput(config.alloy, formatted.median).toFixed(1)}`,
      formatPerLine(formatted.mean, lines),
      await formatCollecting(formatted),
      formatMs(evaluated.median),
      formatPerLine(evaluated.mean, lines),
      await formatCollecting(evaluated),
    ]);
  }
  printTable(
    'Syntax: parse, with JSON.parse of an equivalent document as reference (per run)',
    [
      'lines',
      'size',
      'parse median',
      'MB/s',
      'JSON.parse median',
      'MB/s',
      'parse/JSON',
      'parse mean per line',
      'in GC',
      'JSON mean per line',
      'in GC',
    ],
    parseRows,
  );
  printTable(
    'Syntax: format, and evaluate every attribute (per run)',
    ['lines', 'format median', 'MB/s', 'mean per line', 'in GC', 'evaluate median', 'mean per line', 'in GC'],
    formatRows,
  );
}
