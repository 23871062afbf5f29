import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../syntax/diagnostic';
import { LokiStore, MimirStore, TempoStore } from '../store';
import { queryLoki, queryMimir, queryTempo } from '.';

const loki = new LokiStore();
loki.push([{ labels: { service: 'alloy' }, timestamp: 1000, line: 'level=info msg="ready" {"a":1}' }]);
const mimir = new MimirStore();
mimir.append([{ labels: { __name__: 'up', job: 'x', le: '1' }, timestamp: 1000, value: 1 }]);
const tempo = new TempoStore();

const range = { start: 0, end: 60_000, step: 1000 };

const queries: [string, (query: string) => { diagnostics: Diagnostic[] }][] = [
  [
    'sum by (level) (rate({service="alloy"} |= "a" | logfmt | json x="a.b" | __error__="" | level!="" and x > 1 | line_format "{{.msg}}" [$__auto])) / 2',
    (query) => queryLoki(loki, query, range),
  ],
  [
    'histogram_quantile(0.9, sum by (le) (rate(up{job=~"x|y"}[$__rate_interval] offset 1m))) * on(job) group_left(le) -up > bool 1',
    (query) => queryMimir(mimir, query, range),
  ],
  [
    '{ span.beast = "owlbear" && (resource.service.name =~ "m.*" || duration > 1.5ms) } >> { status = error } | count() > 1 | select(.a)',
    (query) => queryTempo(tempo, query, range),
  ],
];

/** Every prefix of the query and the query with each character removed. */
function mutations(query: string): string[] {
  const result: string[] = [];
  for (let i = 0; i <= query.length; i++) result.push(query.slice(0, i));
  for (let i = 0; i < query.length; i++) result.push(query.slice(0, i) + query.slice(i + 1));
  return result;
}

describe('broken queries', () => {
  it.each(queries)(
    'answer %s and its mutations with diagnostics inside the text, never an internal error',
    (query, run) => {
      expect(run(query).diagnostics).toEqual([]);
      for (const mutated of mutations(query)) {
        const { diagnostics } = run(mutated);
        for (const diagnostic of diagnostics) {
          expect(diagnostic.message, mutated).not.toMatch(/^internal error/);
          expect(diagnostic.range.start.offset).toBeGreaterThanOrEqual(0);
          expect(diagnostic.range.end.offset, mutated).toBeLessThanOrEqual(mutated.length);
          expect(diagnostic.range.start.offset).toBeLessThanOrEqual(diagnostic.range.end.offset);
        }
      }
    },
  );
});
