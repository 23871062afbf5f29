import { describe, expect, it } from 'vitest';
import { loadVectors, rangeOfAlloyPositions } from '../../test/conformance/vectors';
import { printDiagnostics, type FileDiagnostic } from './diagnostic-printer';
import { parse } from './parser';

describe('diagnostic printer conformance vectors', () => {
  for (const vector of loadVectors().diagPrinter) {
    it(vector.id, () => {
      const diagnostics: FileDiagnostic[] = vector.diagnostics.map((d) => ({
        severity: d.severity,
        message: d.message,
        file: d.file,
        range: rangeOfAlloyPositions(vector.files[d.file] ?? '', d.start, d.end),
      }));
      expect(printDiagnostics(diagnostics, vector.files)).toBe(vector.expect);
    });
  }
});

describe('printDiagnostics', () => {
  it('prints byte columns and one marker per character', () => {
    const source = 'é = 1 +\n';
    const { diagnostics } = parse(source);
    expect(printDiagnostics(diagnostics, { '': source })).toBe(
      'Error: 2:1: expected expression, got EOF\n\n1 | é = 1 +\n2 | \n  | \n',
    );
    const label = 'a "é-b" {}';
    expect(printDiagnostics(parse(label).diagnostics, { '': label })).toBe(
      'Error: 1:3: expected block label to be a valid identifier, but got "é-b"\n\n1 | a "é-b" {}\n  |   ^^^^^\n',
    );
  });

  it('prints only the header when the text is unknown', () => {
    const [diagnostic] = parse('x = ').diagnostics;
    expect(diagnostic && printDiagnostics([{ ...diagnostic, file: 'main.alloy' }])).toBe(
      'Error: main.alloy:1:5: expected expression, got EOF\n',
    );
  });

  it('renders nothing for no diagnostics', () => {
    expect(printDiagnostics([])).toBe('');
  });
});
