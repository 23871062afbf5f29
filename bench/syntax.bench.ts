/**
 * Parse, format and evaluate on a workshop-sized config and on generated
 * configs of growing size, with JSON.parse of an equivalent document as the
 * reference. Targets: ~300 lines parse in under 1 ms (median), growth linear,
 * parse throughput within 8x of JSON.parse.
 */
import { evaluateExpression, format, parse, values, type Scope, type Statement } from '../src/syntax';
import { generateConfig } from './generate-config';
import { formatMs, measure, measurePair, printTable, throughput } from './measure';

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

export function run(): void {
  const rows: string[][] = [];
  for (const size of SIZES) {
    const config = generateConfig(size);
    const budget = size >= 100_000 ? 3000 : 600;
    const [parsed, json] = measurePair(
      () => parse(config.alloy),
      () => JSON.parse(config.json),
      budget,
    );
    const formatted = measure(() => format(config.alloy), budget);
    const { ast } = parse(config.alloy);
    const evaluated = measure(() => evaluateBody(ast.body), budget);
    rows.push([
      `${config.lines}`,
      `${(Buffer.byteLength(config.alloy) / 1024).toFixed(0)} KiB`,
      formatMs(parsed.median),
      `${throughput(config.alloy, parsed.median).toFixed(1)}`,
      formatMs(formatted.median),
      `${throughput(config.alloy, formatted.median).toFixed(1)}`,
      formatMs(evaluated.median),
      formatMs(json.median),
      `${throughput(config.json, json.median).toFixed(1)}`,
      `${(parsed.median / json.median).toFixed(2)}x`,
      `${((parsed.median / config.lines) * 1e6).toFixed(0)} ns`,
    ]);
  }
  printTable(
    'Syntax: parse, format, and evaluate every attribute (median per run; JSON.parse of an equivalent document as reference)',
    [
      'lines',
      'size',
      'parse',
      'MB/s',
      'format',
      'MB/s',
      'evaluate',
      'JSON.parse',
      'MB/s',
      'parse/JSON',
      'parse per line',
    ],
    rows,
  );
}
