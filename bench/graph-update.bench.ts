/**
 * The graph's cost per edit on a 2,000-line config: what runs on every
 * keystroke (merge, view, structure key, layout reuse), and the full ELK
 * layout that runs only when the structure changes.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import { analyze } from '../src/analysis';
import { toGraphView } from '../src/graph-model/graph-view';
import { mergeWithLastGood } from '../src/graph-model/merge-last-good';
import { layoutGraph } from '../src/graph-model/stable-layout';
import { structureKey } from '../src/graph-model/structure-key';
import { generateConfig } from './generate-config';
import { formatMs, measure, printTable, summarise } from './measure';

export async function run(): Promise<void> {
  const config = generateConfig(2000);
  const before = analyze(config.alloy);
  // A keystroke inside a comment at the top: every range moves, the structure does not.
  const after = analyze(`// x\n${config.alloy}`);
  const broken = analyze(config.alloy.replace('loki.write "', 'loki.write {"'));
  const engine = new ELK();

  const view = toGraphView(mergeWithLastGood(null, before.pipeline, before.diagnostics).merged);
  const layout = await layoutGraph(view, null, engine);

  const perKeystroke = measure(() => {
    const merged = mergeWithLastGood(before.pipeline, after.pipeline, after.diagnostics).merged;
    return structureKey(toGraphView(merged));
  });
  const withSyntaxError = measure(() => {
    const merged = mergeWithLastGood(before.pipeline, broken.pipeline, broken.diagnostics).merged;
    return structureKey(toGraphView(merged));
  });

  const relayouts: number[] = [];
  for (let i = 0; i < 10; i++) {
    const start = performance.now();
    await layoutGraph(view, null, engine);
    relayouts.push(performance.now() - start);
  }
  const relayout = summarise(relayouts);

  const reuseStart = performance.now();
  const reused = await layoutGraph(
    toGraphView(mergeWithLastGood(null, after.pipeline, []).merged),
    layout,
    engine,
  );
  const reuse = performance.now() - reuseStart;

  printTable(
    `Graph update, ${config.lines} lines, ${view.nodes.length} nodes, ${view.edges.length} edges`,
    ['step', 'median', 'p95', 'runs'],
    [
      [
        'merge + view + key (typing)',
        formatMs(perKeystroke.median),
        formatMs(perKeystroke.p95),
        String(perKeystroke.runs),
      ],
      [
        'same, with a syntax error',
        formatMs(withSyntaxError.median),
        formatMs(withSyntaxError.p95),
        String(withSyntaxError.runs),
      ],
      [
        'layout reuse (structure unchanged)',
        formatMs(reuse),
        '',
        reused === layout ? '1 (reused)' : '1 (RELAYOUT)',
      ],
      [
        'full ELK layout (structure changed)',
        formatMs(relayout.median),
        formatMs(relayout.p95),
        String(relayout.runs),
      ],
    ],
  );
}
