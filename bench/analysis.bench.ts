/**
 * analyze() — parse, validation and the pipeline model — on the workshop
 * reference config and on generated configs of growing size, also with a
 * syntax error near the top (the block-by-block recovery path). Targets: the
 * workshop config under 2 ms median, 10k lines under 100 ms, growth linear
 * (the mean time per line, garbage collection included, stays flat as the
 * file grows).
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../src/analysis';
import { generateConfig } from './generate-config';
import { formatCollecting, formatMs, formatPerLine, measure, printTable } from './measure';

const SIZES = [300, 1_000, 10_000];

/** An unclosed list in the first component: everything after it needs recovery. */
function withSyntaxError(source: string): string {
  return source.replace(/forward_to = \[([^\]\n]*)\]/, 'forward_to = [$1.');
}

export async function run(): Promise<void> {
  const workshop = readFileSync(new URL('../test/fixtures/workshop/workshop.alloy', import.meta.url), 'utf8');
  const inputs = [
    { name: 'workshop.alloy', source: workshop },
    ...SIZES.map((size) => ({ name: `generated ${size}`, source: generateConfig(size).alloy })),
  ];
  const rows: string[][] = [];
  for (const { name, source } of inputs) {
    const lines = source.split('\n').length - 1;
    const budget = lines >= 10_000 ? 3000 : 800;
    const brokenSource = withSyntaxError(source);
    const clean = measure(() => analyze(source), budget);
    const broken = measure(() => analyze(brokenSource), budget);
    const { nodes, edges } = analyze(source).pipeline;
    rows.push([
      name,
      `${lines}`,
      `${nodes.length}/${edges.length}`,
      formatMs(clean.median),
      formatMs(clean.p95),
      formatMs(clean.mean),
      formatPerLine(clean.mean, lines),
      await formatCollecting(clean),
      formatMs(broken.median),
      formatMs(broken.mean),
      formatPerLine(broken.mean, lines),
      await formatCollecting(broken),
    ]);
  }
  printTable(
    'Analysis: analyze() (per run; with a syntax error, the file is read block by block)',
    [
      'config',
      'lines',
      'nodes/edges',
      'median',
      'p95',
      'mean',
      'mean per line',
      'in GC',
      'with syntax error: median',
      'mean',
      'mean per line',
      'in GC',
    ],
    rows,
  );
}
