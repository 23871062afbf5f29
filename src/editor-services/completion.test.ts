import { describe, expect, it } from 'vitest';
import { blockSnippet, completionsAt, type CompletionCandidate } from './completion';
import { getComponent } from '../catalog';
import { withCursor } from './testing';

function complete(text: string): CompletionCandidate[] {
  const { source, offset } = withCursor(text);
  return completionsAt(source, offset);
}

const labels = (candidates: readonly CompletionCandidate[]) => candidates.map((c) => c.label);
const find = (candidates: readonly CompletionCandidate[], label: string) => {
  const found = candidates.find((c) => c.label === label);
  expect(found, label).toBeDefined();
  return found!;
};

const PIPELINE = `loki.write "out" {
	endpoint {
		url = "http://loki:3100/loki/api/v1/push"
	}
}

prometheus.remote_write "mimir" {
	endpoint {
		url = "http://mimir:9009/api/v1/push"
	}
}

prometheus.exporter.self "alloy" { }
`;

describe('completionsAt: components', () => {
  it('offers every component and config block at the top level, replacing the dotted name typed', () => {
    const candidates = complete('loki.wr|');
    expect(candidates.length).toBeGreaterThan(150);
    const write = find(candidates, 'loki.write');
    expect(write.kind).toBe('component');
    expect(write.replace).toEqual({ start: 0, end: 7 });
    expect(write.detail).toBe('component, generally available');
    expect(write.documentation).toContain(
      '[Documentation](https://grafana.com/docs/alloy/latest/reference/components/loki/loki.write/)',
    );
    expect(find(candidates, 'logging').kind).toBe('config-block');
    expect(labels(candidates)).not.toContain('argument');
    expect(labels(candidates)).not.toContain('otelcol.receiver.opencensus');
  });

  it('inserts a snippet with the label and the required arguments and blocks', () => {
    expect(find(complete('|'), 'loki.relabel').insertText).toBe(
      'loki.relabel "${1:default}" {\n\tforward_to = [$2]\n}',
    );
    expect(find(complete('|'), 'logging').insertText).toBe('logging {\n\t$0\n}');
    expect(find(complete('|'), 'prometheus.scrape').insertText).toBe(
      'prometheus.scrape "${1:default}" {\n\tforward_to = [$2]\n\ttargets = [$3]\n}',
    );
  });

  it('writes required blocks as nested blocks', () => {
    const body = { arguments: [], blocks: [{ ...getComponent('loki.write')!.blocks[0]!, required: true }] };
    expect(blockSnippet('x', false, body)).toBe(`x {\n\t${body.blocks[0]!.name} {\n\t\t$1\n\t}\n}`);
  });

  it('offers components inside a declare body, and the file’s own declared components', () => {
    const candidates = complete('declare "pipeline" {\n\t|\n}');
    expect(labels(candidates)).toContain('loki.write');
    expect(labels(candidates)).toContain('argument');
    expect(find(candidates, 'pipeline').insertText).toBe('pipeline "${1:default}" {\n\t$0\n}');
  });
});

describe('completionsAt: arguments and blocks', () => {
  it('offers the arguments and blocks of the body, with type, default and required flag', () => {
    const candidates = complete('loki.relabel "x" {\n\t|\n}');
    const forward = find(candidates, 'forward_to');
    expect(forward.kind).toBe('argument');
    expect(forward.detail).toBe('list(LogsReceiver) · required');
    expect(forward.insertText).toBe('forward_to = [$1]');
    expect(find(candidates, 'max_cache_size').detail).toBe('int · optional · default 10000');
    const rule = find(candidates, 'rule');
    expect(rule.kind).toBe('block');
    expect(rule.detail).toBe('block · optional · repeatable');
    // Required first.
    expect(forward.sortText < find(candidates, 'max_cache_size').sortText).toBe(true);
  });

  it('offers the arguments of a nested block', () => {
    const candidates = complete('loki.write "x" {\n\tendpoint {\n\t\tur|\n\t}\n}');
    expect(find(candidates, 'url').insertText).toBe('url = "$1"');
    expect(labels(candidates)).not.toContain('forward_to');
  });

  it('leaves out attributes already set and single blocks already present, not repeatable ones', () => {
    const candidates = complete(
      'loki.relabel "x" {\n\tforward_to = []\n\trule {\n\t}\n\t|\n\tmax_cache_size = 5\n}',
    );
    expect(labels(candidates)).not.toContain('forward_to');
    expect(labels(candidates)).not.toContain('max_cache_size');
    expect(labels(candidates)).toContain('rule');
  });

  it('offers nothing in the body of an unknown component', () => {
    expect(complete('nothing.like.this "x" {\n\t|\n}')).toEqual([]);
  });
});

describe('completionsAt: values', () => {
  it('offers the exports of declared components that fit the argument', () => {
    const candidates = complete(`${PIPELINE}\nloki.relabel "x" {\n\tforward_to = [|]\n}`);
    expect(labels(candidates)).toEqual(['loki.write.out.receiver']);
    expect(candidates[0]!.kind).toBe('reference');
    expect(candidates[0]!.detail).toBe('LogsReceiver');
  });

  it('filters by the expected kind: metrics receivers, targets', () => {
    expect(labels(complete(`${PIPELINE}\nprometheus.scrape "x" {\n\tforward_to = [|]\n}`))).toEqual([
      'prometheus.remote_write.mimir.receiver',
    ]);
    expect(labels(complete(`${PIPELINE}\nprometheus.scrape "x" {\n\ttargets = |\n}`))).toEqual([
      'prometheus.exporter.self.alloy.targets',
    ]);
  });

  it('wraps a receiver in a list when the list has not been opened', () => {
    const candidates = complete(`${PIPELINE}\nloki.relabel "x" {\n\tforward_to = |\n}`);
    expect(candidates.map((c) => c.insertText)).toEqual(['[loki.write.out.receiver]']);
  });

  it('replaces the part of the reference already typed', () => {
    const { source, offset } = withCursor(`${PIPELINE}\nloki.relabel "x" {\n\tforward_to = [loki.wr|]\n}`);
    const [candidate] = completionsAt(source, offset);
    expect(source.slice(candidate!.replace.start, candidate!.replace.end)).toBe('loki.wr');
  });

  it('never offers a component to itself', () => {
    expect(labels(complete('loki.write "out" {\n\texternal_labels = |\n}'))).not.toContain(
      'loki.write.out.receiver',
    );
  });

  it('offers allowed values, quoted in a value and bare in a string', () => {
    expect(labels(complete('logging {\n\tlevel = |\n}'))).toEqual(['"debug"', '"info"', '"warn"', '"error"']);
    const { source, offset } = withCursor('logging {\n\tformat = "lo|g"\n}');
    const inString = completionsAt(source, offset);
    expect(labels(inString)).toEqual(['logfmt', 'json']);
    expect(source.slice(inString[0]!.replace.start, inString[0]!.replace.end)).toBe('log');
  });

  it('offers true and false for booleans', () => {
    expect(labels(complete('livedebugging {\n\tenabled = |\n}'))).toEqual(['true', 'false']);
  });

  it('offers nothing in comments or after a complete value', () => {
    expect(complete('// loki.|')).toEqual([]);
    expect(complete('logging {\n\tlevel = "debug"|\n}')).toEqual([]);
  });
});
