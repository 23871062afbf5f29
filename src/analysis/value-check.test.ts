import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import { diagnosticsOf, errorsOf, locate } from './test-support';

/** A component body with one attribute set, and the error it gives. */
function typeErrors(component: string, attribute: string, extra = '') {
  const source = `${component} {\n  ${attribute}\n${extra}}\n`;
  return { source, errors: diagnosticsOf(source, 'type-mismatch', 'invalid-value') };
}

const SCRAPE = 'prometheus.scrape "s"';
const SCRAPE_REST = '  targets    = []\n  forward_to = []\n';

describe('values of the wrong type', () => {
  it('rejects a bool where a string goes, at the literal', () => {
    const { source, errors } = typeErrors('local.file "f"', 'filename = true');
    expect(errors).toEqual([
      {
        severity: 'error',
        code: 'type-mismatch',
        message: 'expected string, got bool',
        ...locate(source, 'true'),
      },
    ]);
  });

  it('rejects text that is not a number where a number goes', () => {
    const { errors } = typeErrors('loki.relabel "r"', 'max_cache_size = "many"', '  forward_to = []\n');
    expect(errors.map((e) => e.message)).toEqual(['expected number, got string']);
  });

  it('rejects a string where a bool goes', () => {
    const { errors } = typeErrors(SCRAPE, 'honor_labels = "yes"', SCRAPE_REST);
    expect(errors.map((e) => e.message)).toEqual(['expected bool, got string']);
  });

  it('rejects a single string where a list goes', () => {
    const { source, errors } = typeErrors(
      'otelcol.connector.spanlogs "s"',
      'span_attributes = "http.method"',
      '  output { }\n',
    );
    expect(errors).toEqual([
      {
        severity: 'error',
        code: 'type-mismatch',
        message: 'expected array, got string',
        ...locate(source, '"http.method"'),
      },
    ]);
  });

  it('rejects a list where a map goes', () => {
    const { errors } = typeErrors(
      'loki.write "w"',
      'external_labels = ["env"]',
      '  endpoint {\n    url = "http://loki"\n  }\n',
    );
    expect(errors.map((e) => e.message)).toEqual(['expected object, got array']);
  });

  it('blames the list element or object field that does not fit', () => {
    const list = typeErrors(
      'otelcol.connector.spanlogs "s"',
      'span_attributes = ["http.method", false]',
      '  output { }\n',
    );
    expect(list.errors).toEqual([
      {
        severity: 'error',
        code: 'type-mismatch',
        message: 'expected string, got bool',
        ...locate(list.source, 'false'),
      },
    ]);
    const map = typeErrors(
      'loki.write "w"',
      'external_labels = { env = ["prod"] }',
      '  endpoint {\n    url = "http://loki"\n  }\n',
    );
    expect(map.errors).toEqual([
      {
        severity: 'error',
        code: 'type-mismatch',
        message: 'expected string, got array',
        ...locate(map.source, '["prod"]'),
      },
    ]);
  });

  it('rejects malformed durations', () => {
    const { source, errors } = typeErrors(
      SCRAPE,
      'scrape_interval = "2x"',
      `  scrape_timeout = "10"\n${SCRAPE_REST}`,
    );
    expect(errors).toEqual([
      {
        severity: 'error',
        code: 'type-mismatch',
        message: 'time: unknown unit "x" in duration "2x"',
        ...locate(source, '"2x"'),
      },
      {
        severity: 'error',
        code: 'type-mismatch',
        message: 'time: missing unit in duration "10"',
        ...locate(source, '"10"'),
      },
    ]);
  });

  it('rejects a string where receivers go', () => {
    const { source, errors } = typeErrors(SCRAPE, 'forward_to = ["mimir"]', '  targets = []\n');
    expect(errors).toEqual([
      {
        severity: 'error',
        code: 'type-mismatch',
        message: 'expected capsule, got string',
        ...locate(source, '"mimir"'),
      },
    ]);
  });

  it('offers to unquote a reference written as a string', () => {
    const source = `${SCRAPE} {\n  targets    = []\n  forward_to = ["prometheus.remote_write.mimir.receiver"]\n}\n`;
    const [error] = analyze(source).diagnostics.filter((d) => d.code === 'type-mismatch');
    expect(error).toMatchObject({
      message:
        'expected capsule, got string: write the reference without quotes; did you mean "prometheus.remote_write.mimir.receiver"?',
      suggestion: { text: 'prometheus.remote_write.mimir.receiver' },
    });
  });

  it('converts what Alloy converts: numbers and text both ways, null to anything', () => {
    const source = [
      'loki.source.api "api" {',
      '  http {',
      '    listen_address = 0',
      '    listen_port    = "3100"',
      '  }',
      '  labels     = null',
      '  forward_to = []',
      '}',
    ].join('\n');
    expect(diagnosticsOf(source, 'type-mismatch', 'invalid-value')).toEqual([]);
  });

  it('never fails on what cannot be known while editing', () => {
    const source = [
      'local.file "config" {',
      '  filename = sys.env("CONFIG_PATH")',
      '}',
      'remote.http "api" {',
      '  url = json_path(local.file.config.content, ".url")[0]',
      '}',
      'discovery.http "sd" {',
      '  url              = remote.http.api.content',
      '  refresh_interval = local.file.config.content',
      '}',
      'prometheus.scrape "s" {',
      '  targets         = discovery.http.sd.targets',
      '  scrape_interval = string.format("%ds", 2)',
      '  forward_to      = []',
      '}',
    ].join('\n');
    expect(errorsOf(source)).toEqual([]);
  });
});

describe('values outside a known set', () => {
  it('rejects a logging level Alloy does not know', () => {
    const source = 'logging {\n  level = "verbose"\n}\n';
    expect(diagnosticsOf(source, 'invalid-value')).toEqual([
      {
        severity: 'error',
        code: 'invalid-value',
        message: '"verbose" is not a valid level: use one of "debug", "info", "warn", "error"',
        ...locate(source, '"verbose"'),
      },
    ]);
  });

  it('suggests the closest relabel action', () => {
    const source = 'prometheus.relabel "r" {\n  rule {\n    action = "replce"\n  }\n  forward_to = []\n}\n';
    const [error] = analyze(source).diagnostics.filter((d) => d.code === 'invalid-value');
    expect(error).toMatchObject({ suggestion: { text: '"replace"' } });
    expect(error?.message).toMatch(
      /^"replce" is not a valid action: use one of "replace", "keep", .*; did you mean "replace"\?$/,
    );
  });
});

describe('evaluation', () => {
  it("reports what evaluating a value fails on, in Alloy's words", () => {
    const source = 'otelcol.processor.batch "b" {\n  send_batch_size = 1000 + "a"\n  output { }\n}\n';
    expect(diagnosticsOf(source, 'invalid-value')).toEqual([
      {
        severity: 'error',
        code: 'invalid-value',
        message: '"a" should be number, got string',
        ...locate(source, '"a"'),
      },
    ]);
  });

  it('warns about deprecated standard-library names', () => {
    const source = 'local.file "f" {\n  filename = env("HOME")\n}\n';
    expect(diagnosticsOf(source, 'deprecated-stdlib')).toEqual([
      {
        severity: 'warning',
        code: 'deprecated-stdlib',
        message: 'this stdlib function is deprecated; use sys.env instead',
        ...locate(source, 'env'),
      },
    ]);
  });
});
