import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  alloyEnd,
  alloyPosition,
  CONFORMANCE_DIR,
  loadVectors,
  readFixture,
  type ParseVector,
} from '../../test/conformance/vectors';
import type { Diagnostic } from './diagnostic';
import { printDiagnostics } from './diagnostic-printer';
import { parse, parseExpression } from './parser';
import { scan } from './scanner';

function diagnosticsOf(vector: ParseVector): Diagnostic[] {
  return vector.kind === 'expression'
    ? parseExpression(vector.input).diagnostics
    : parse(vector.input).diagnostics;
}

describe('parse conformance vectors', () => {
  for (const vector of loadVectors().parse) {
    it(`${vector.id}: ${JSON.stringify(vector.input.slice(0, 60))}`, () => {
      const expected = vector.errors ?? [];
      const diagnostics = diagnosticsOf(vector);
      const actual = diagnostics.map((d, i) => ({
        message: d.message,
        pos: alloyPosition(vector.input, d.range.start),
        ...(expected[i]?.end !== undefined ? { end: alloyEnd(vector.input, d.range) } : {}),
      }));
      expect(actual).toEqual(expected);
    });
  }
});

describe('parse conformance vectors, rendered for people', () => {
  for (const vector of loadVectors().parse) {
    if (vector.pretty === undefined || vector.errors === undefined) continue;
    const errors = vector.errors;
    it(vector.id, () => {
      const file = vector.filename ?? '';
      // Alloy reports most errors at a point; ours cover the offending token.
      const pointed = diagnosticsOf(vector).map((d, i) => ({
        ...d,
        file,
        range: errors[i]?.end === undefined ? { start: d.range.start, end: d.range.start } : d.range,
      }));
      expect(printDiagnostics(pointed, { [file]: vector.input })).toBe(vector.pretty);
    });
  }
});

/**
 * The annotation harness of Alloy's parser tests: a comment `/* ERROR "rx" *\/`
 * expects a diagnostic matching `rx` at the last real token before it (`HERE`:
 * just after that token). Every diagnostic must be claimed by one annotation.
 */
function expectedErrors(source: string): Map<number, string> {
  const expected = new Map<number, string>();
  let previous = 0;
  let here = 0;
  for (const token of scan(source).tokens) {
    if (token.kind === 'COMMENT') {
      const match = /^\/\* *ERROR *(HERE)? *"([^"]*)" *\*\/$/.exec(token.literal);
      if (match) expected.set(match[1] ? here : previous, match[2] ?? '');
    } else if (token.kind !== 'TERMINATOR') {
      previous = token.range.start;
      const literalKinds = ['IDENT', 'NUMBER', 'FLOAT', 'STRING'];
      here = previous + (literalKinds.includes(token.kind) ? token.literal.length : token.kind.length);
    }
  }
  return expected;
}

describe('parser test files with ERROR annotations', () => {
  const files = readdirSync(CONFORMANCE_DIR + 'parser').filter((name) => name.endsWith('.alloy'));
  it('finds the annotated files', () => expect(files.length).toBeGreaterThanOrEqual(5));

  for (const name of files) {
    it(name, () => {
      const source = readFixture('parser/' + name);
      const expected = expectedErrors(source);
      expect(expected.size).toBeGreaterThan(0);
      for (const diagnostic of parse(source).diagnostics) {
        const where = `${alloyPosition(source, diagnostic.range.start)}: ${diagnostic.message}`;
        const pattern = expected.get(diagnostic.range.start.offset);
        expect(pattern, `unexpected error ${where}`).toBeDefined();
        expect(diagnostic.message, where).toMatch(new RegExp(pattern ?? ''));
        expected.delete(diagnostic.range.start.offset);
      }
      expect([...expected.values()], 'errors not reported').toEqual([]);
    });
  }
});

describe('valid parser test files', () => {
  const files = readdirSync(CONFORMANCE_DIR + 'parser/valid');
  for (const name of files) {
    it(name, () => expect(parse(readFixture('parser/valid/' + name)).diagnostics).toEqual([]));
  }
});

describe('fuzz seeds', () => {
  const dir = 'parser/fuzz/FuzzParser/';
  const inputs = readdirSync(CONFORMANCE_DIR + dir).map((name) => {
    // Second line: []byte("...") with a Go string literal (these are plain JSON-compatible ones).
    const literal = /^\[\]byte\((".*")\)$/.exec(readFixture(dir + name).split('\n')[1] ?? '')?.[1] ?? '""';
    return JSON.parse(literal) as string;
  });

  it('decodes the seeds the README lists', () => {
    expect(inputs.sort()).toEqual(['A"', 'A0000000000000000', 'A={A!0A"'].sort());
  });

  for (const input of inputs) {
    it(`parses ${JSON.stringify(input)} into diagnostics without throwing`, () => {
      expect(parse(input).diagnostics.length).toBeGreaterThan(0);
      expect(() => parseExpression(input)).not.toThrow();
    });
  }
});
