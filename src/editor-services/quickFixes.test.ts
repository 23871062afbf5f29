import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis';
import { quickFixes } from './quickFixes';

const SOURCE = `loki.write "out" {
	endpoint {
		urll = "http://loki:3100/loki/api/v1/push"
	}
}

loki.relabel "r" {
	forward_to = [loki.write.ot.receiver]
}
`;

describe('quickFixes', () => {
  const { diagnostics } = analyze(SOURCE);

  it('offers the suggested replacement for a misspelt attribute', () => {
    const at = SOURCE.indexOf('urll') + 2;
    const [fix, ...others] = quickFixes(diagnostics, { start: at, end: at });
    expect(others).toEqual([]);
    expect(fix!.title).toBe('Change to "url"');
    expect(fix!.edit).toEqual({ span: { start: at - 2, end: at + 2 }, text: 'url' });
    expect(fix!.diagnostic.message).toContain('did you mean "url"?');
  });

  it('offers the closest declared component for a misspelt reference', () => {
    const at = SOURCE.indexOf('loki.write.ot');
    const [fix] = quickFixes(diagnostics, { start: at, end: at + 3 });
    const fixed = SOURCE.slice(0, fix!.edit.span.start) + fix!.edit.text + SOURCE.slice(fix!.edit.span.end);
    expect(fixed).toContain('forward_to = [loki.write.out.receiver]');
  });

  it('offers nothing away from a diagnostic, or for one without a suggestion', () => {
    expect(quickFixes(diagnostics, { start: 0, end: 4 })).toEqual([]);
    const missing = { severity: 'error' as const, message: 'x', range: diagnostics[0]!.range };
    expect(quickFixes([missing], { start: 0, end: SOURCE.length })).toEqual([]);
  });
});
