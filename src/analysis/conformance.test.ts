/**
 * The analysis against Alloy's own test data and the workshop:
 * - the golden files of `alloy validate` (validator/*.txtar + .diags): every
 *   diagnostic Alloy prints we print too — same position, same message —
 *   except for the deliberate differences listed in DIFFERENCES, each with
 *   its reason;
 * - the parser's valid fixtures, and every reference solution, give no error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledLessons, referenceConfig } from '../lessons';
import { analyze } from './index';

const FIXTURES = new URL('../../test/fixtures/', import.meta.url);
const VALIDATOR = new URL('conformance/alloy-syntax/validator/', FIXTURES);

/** `severity file:line:col: message`, the comparable form of one diagnostic. */
type Line = string;

/** The files of a txtar archive: `-- name --` lines introduce each file. */
function readTxtar(text: string): Map<string, string> {
  const files = new Map<string, string>();
  const parts = text.split(/^-- (.+) --$\n?/m);
  for (let i = 1; i < parts.length; i += 2) files.set(parts[i]!.trim(), parts[i + 1] ?? '');
  return files;
}

/** The header lines of a rendered .diags file: `Error: main.alloy:2:1: message`. */
function readDiags(text: string): Line[] {
  const lines: Line[] = [];
  for (const match of text.matchAll(/^(Error|Warning): ([^:\n]+):(\d+):(\d+): (.*)$/gm)) {
    lines.push(`${match[1]!.toLowerCase()} ${match[2]}:${match[3]}:${match[4]}: ${match[5]}`);
  }
  return lines;
}

/** Our diagnostics in the same form, without the "did you mean" we add. */
function ours(file: string, source: string): Line[] {
  return analyze(source).diagnostics.map((d) => {
    const message = d.message.replace(/; did you mean .*\?$/, '');
    return `${d.severity} ${file}:${d.range.start.line}:${d.range.start.column}: ${message}`;
  });
}

type Difference = { reason: string; alloyOnly?: Line[]; oursOnly?: Line[] };

/** Where we deliberately say something else than `alloy validate`, and why. */
const DIFFERENCES: Record<string, Difference[]> = {
  'default/cycle': [
    {
      reason: 'Alloy marks the block of each component on a cycle; we mark every reference along the cycle',
      alloyOnly: [
        'error main.alloy:2:1: cycle detected: prometheus.relabel.label1, prometheus.relabel.label2',
        'error main.alloy:6:1: cycle detected: prometheus.relabel.label1, prometheus.relabel.label2',
        'error main.alloy:10:1: cycle detected: prometheus.relabel.label3, prometheus.relabel.label4, prometheus.relabel.label5',
        'error main.alloy:14:1: cycle detected: prometheus.relabel.label3, prometheus.relabel.label4, prometheus.relabel.label5',
        'error main.alloy:18:1: cycle detected: prometheus.relabel.label3, prometheus.relabel.label4, prometheus.relabel.label5',
        'error main.alloy:22:1: cannot reference self',
      ],
      oursOnly: [
        'error main.alloy:3:17: cycle detected: prometheus.relabel.label1, prometheus.relabel.label2',
        'error main.alloy:7:17: cycle detected: prometheus.relabel.label1, prometheus.relabel.label2',
        'error main.alloy:11:17: cycle detected: prometheus.relabel.label3, prometheus.relabel.label4, prometheus.relabel.label5',
        'error main.alloy:15:17: cycle detected: prometheus.relabel.label3, prometheus.relabel.label4, prometheus.relabel.label5',
        'error main.alloy:19:17: cycle detected: prometheus.relabel.label3, prometheus.relabel.label4, prometheus.relabel.label5',
        'error main.alloy:23:17: cannot reference self',
      ],
    },
  ],
  'default/duplicates': [
    {
      reason: 'we say "at line N" (the playground has one file) instead of "at main.alloy:N:1"',
      alloyOnly: [
        'error main.alloy:9:1: block declare.self_collect already declared at main.alloy:8:1',
        'error main.alloy:15:1: block import.file.math already declared at main.alloy:11:1',
        'error main.alloy:20:1: block logging already declared at main.alloy:19:1',
        'error main.alloy:4:1: block local.file_match.applogs already declared at main.alloy:1:1',
        'error main.alloy:23:1: block http already declared at main.alloy:22:1',
      ],
      oursOnly: [
        'error main.alloy:9:1: block declare.self_collect already declared at line 8',
        'error main.alloy:15:1: block import.file.math already declared at line 11',
        'error main.alloy:20:1: block logging already declared at line 19',
        'error main.alloy:4:1: block local.file_match.applogs already declared at line 1',
        'error main.alloy:23:1: block http already declared at line 22',
      ],
    },
    {
      reason: 'we also warn about components left unconnected',
      oursOnly: [
        'warning main.alloy:1:1: the targets of local.file_match.applogs are not used: nothing reads local.file_match.applogs.targets',
      ],
    },
  ],
  'default/invalid_declare': [
    {
      reason: 'we say "at line N" instead of "at main.alloy:N:COL"',
      alloyOnly: [
        'error main.alloy:23:2: block argument.duplicate already declared at main.alloy:22:2',
        'error main.alloy:26:2: block export.duplicate already declared at main.alloy:25:2',
        'error main.alloy:55:2: block local.file_match.applogs already declared at main.alloy:51:2',
      ],
      oursOnly: [
        'error main.alloy:23:2: block argument.duplicate already declared at line 22',
        'error main.alloy:26:2: block export.duplicate already declared at line 25',
        'error main.alloy:55:2: block local.file_match.applogs already declared at line 51',
      ],
    },
  ],
  'default/invalid_foreach': [
    {
      reason: 'we say "at line N" instead of "at main.alloy:N:COL"',
      alloyOnly: [
        'error main.alloy:37:3: block local.file_match.applogs already declared at main.alloy:33:3',
        'error main.alloy:62:1: block foreach.invalid_nested already declared at main.alloy:43:1',
        'error main.alloy:93:5: block local.file_match.applogs already declared at main.alloy:89:5',
      ],
      oursOnly: [
        'error main.alloy:37:3: block local.file_match.applogs already declared at line 33',
        'error main.alloy:62:1: block foreach.invalid_nested already declared at line 43',
        'error main.alloy:93:5: block local.file_match.applogs already declared at line 89',
      ],
    },
  ],
  'default/invalid_types': [
    {
      reason:
        'a number where a target (a map of labels) goes: Alloy reports its Go conversion error, we the plain type mismatch',
      alloyOnly: ["error main.alloy:3:13: target::ConvertFrom: conversion from 'int64' is not supported"],
      oursOnly: ['error main.alloy:3:13: expected object, got number'],
    },
    {
      reason: 'the catalog does not list the values of otelcol.auth.headers `action`, so we cannot check it',
      alloyOnly: ['error main.alloy:10:12: unknown action random'],
    },
  ],
  'default/stdlib': [
    {
      reason: 'our deprecation warning names the replacement instead of pointing at the documentation',
      alloyOnly: [
        'warning main.alloy:15:13: this stdlib function is deprecated; please refer to the documentation for updated usage and alternatives',
      ],
      oursOnly: ['warning main.alloy:15:13: this stdlib function is deprecated; use sys.env instead'],
    },
  ],
  'default/valid': [
    {
      reason:
        '`alloy validate` evaluates nothing; we evaluate what can be known, and array.combine_maps with no merge conditions fails when Alloy runs',
      oursOnly: [
        'error main.alloy:229:43: [] combine_maps: merge conditions must not be empty',
        'error main.alloy:230:43: [] combine_maps: merge conditions must not be empty',
      ],
    },
    {
      reason: 'we also warn about components left unconnected',
      oursOnly: [
        'warning main.alloy:223:1: prometheus.scrape.pan sends its metrics nowhere: forward_to is empty',
      ],
    },
  ],
  'ga/non_ga': [
    {
      reason:
        'the playground follows the workshop, whose Alloy runs with --stability.level=experimental: stability levels are not enforced',
      alloyOnly: [
        'error main.alloy:2:1: foreach block "foreach" is at stability level "experimental", which is below the minimum allowed stability level "generally-available". Use --stability.level command-line flag to enable "experimental" features',
        'error main.alloy:10:16: array.combine_maps is at stability level "experimental", which is below the minimum allowed stability level "generally-available". Use --stability.level command-line flag to enable "experimental" features',
        'error main.alloy:11:16: array.combine_maps is at stability level "experimental", which is below the minimum allowed stability level "generally-available". Use --stability.level command-line flag to enable "experimental" features',
      ],
    },
    {
      reason: 'as in default/valid: array.combine_maps with no merge conditions fails when Alloy runs',
      oursOnly: [
        'error main.alloy:10:43: [] combine_maps: merge conditions must not be empty',
        'error main.alloy:11:43: [] combine_maps: merge conditions must not be empty',
      ],
    },
  ],
};

const validatorFixtures = ['default', 'ga'].flatMap((folder) =>
  readdirSync(new URL(`${folder}/`, VALIDATOR))
    .filter((name) => name.endsWith('.txtar'))
    .map((name) => `${folder}/${name.slice(0, -'.txtar'.length)}`),
);

describe('alloy validate golden files', () => {
  it('covers every fixture', () => {
    expect(validatorFixtures).toHaveLength(13);
  });

  it.each(validatorFixtures)('%s', (fixture) => {
    const files = readTxtar(readFileSync(new URL(`${fixture}.txtar`, VALIDATOR), 'utf8'));
    const expected = readDiags(readFileSync(new URL(`${fixture}.diags`, VALIDATOR), 'utf8'));
    const actual = [...files].flatMap(([file, source]) => ours(file, source));

    const differences = DIFFERENCES[fixture] ?? [];
    const alloyOnly = differences.flatMap((d) => d.alloyOnly ?? []);
    const oursOnly = differences.flatMap((d) => d.oursOnly ?? []);
    for (const line of alloyOnly) expect(expected).toContain(line);
    const adjusted = [...expected.filter((line) => !alloyOnly.includes(line)), ...oursOnly];
    expect([...actual].sort()).toEqual(adjusted.sort());
  });
});

describe('valid Alloy', () => {
  const parserValid = new URL('conformance/alloy-syntax/parser/valid/', FIXTURES);

  /**
   * The parser's valid fixtures are syntax tests, not configurations: they
   * use names no component has (`one_ident`, `chain.of.idents`) and
   * top-level attributes, which Alloy itself rejects when loading. For them
   * "no error" means: no syntax error, and no error but those loader errors
   * about exactly those names — no type, value, reference or body error
   * (top-level attribute values are not evaluated, as in Alloy).
   */
  it.each(readdirSync(parserValid).filter((name) => name.endsWith('.alloy')))('parser fixture %s', (name) => {
    const source = readFileSync(new URL(name, parserValid), 'utf8');
    const errors = analyze(source).diagnostics.filter((d) => d.severity === 'error');
    const loaderCodes = new Set(['top-level-attribute', 'unknown-component', 'duplicate-id']);
    expect(errors.filter((d) => !loaderCodes.has(d.code ?? ''))).toEqual([]);
    for (const error of errors) {
      const line = source.split('\n')[error.range.start.line - 1] ?? '';
      // Each one is about a test-only name at the start of a top-level statement.
      expect(error.range.start.column).toBe(1);
      expect(line).toMatch(/^(one_ident|multiple\.idents|chain\.of\.idents|nested_block|[a-z_]+ +=)/);
    }
  });

  it('the workshop reference config', () => {
    const source = readFileSync(new URL('workshop/workshop.alloy', FIXTURES), 'utf8');
    expect(analyze(source).diagnostics).toEqual([]);
  });

  // Each lesson's reference configuration: its solution laid over those of the lessons it builds on.
  const course = bundledLessons();
  const lessons = [...course.byId.values()];

  it('has lessons to check', () => {
    expect(lessons.length).toBeGreaterThan(0);
  });

  it.each(lessons.map((lesson) => [lesson.id, lesson] as const))(
    'lesson reference config %s',
    (_id, lesson) => {
      const source = referenceConfig(course, lesson);
      expect(analyze(source).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    },
  );
});
