import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import { diagnosticsOf, errorsOf, locate } from './test-support';

describe('component and configuration block names', () => {
  it('reports an unknown component over its name, with the closest catalog name', () => {
    const source = 'loki.relable "x" {\n  forward_to = []\n}\n';
    const [error] = diagnosticsOf(source, 'unknown-component');
    expect(error).toEqual({
      severity: 'error',
      code: 'unknown-component',
      message: 'cannot find the definition of component name "loki.relable"; did you mean "loki.relabel"?',
      ...locate(source, 'loki.relable'),
    });
    const raw = analyze(source).diagnostics.find((d) => d.code === 'unknown-component');
    expect(raw).toMatchObject({ suggestion: { text: 'loki.relabel' } });
  });

  it('reports a name nothing is close to without a suggestion', () => {
    expect(diagnosticsOf('local.missing "applogs" { }', 'unknown-component').map((d) => d.message)).toEqual([
      'cannot find the definition of component name "local.missing"',
    ]);
  });

  it('says what replaced a component the workshop era used', () => {
    const [error] = diagnosticsOf('prometheus.write.queue "q" { }', 'unknown-component');
    expect(error?.message).toContain('Use prometheus.remote_write instead');
  });

  it('knows every catalog component and configuration block', () => {
    const source = 'prometheus.exporter.self "a" { }\nlivedebugging {\n  enabled = true\n}\n';
    expect(diagnosticsOf(source, 'unknown-component')).toEqual([]);
  });

  it('rejects a top-level attribute', () => {
    const source = 'level = "debug"\n';
    expect(diagnosticsOf(source, 'top-level-attribute')).toEqual([
      {
        severity: 'error',
        code: 'top-level-attribute',
        message: 'unrecognized attribute level',
        ...locate(source, 'level'),
      },
    ]);
  });

  it('rejects configuring a service that takes no configuration', () => {
    const source = 'cluster { }';
    expect(diagnosticsOf(source, 'unconfigurable-service')).toEqual([
      expect.objectContaining({
        message: 'service "cluster" does not support being configured',
        ...locate(source, 'cluster'),
      }),
    ]);
  });
});

describe('labels', () => {
  it('requires a label on a component', () => {
    const source = 'local.file {\n  filename = "/tmp/x"\n}\n';
    expect(diagnosticsOf(source, 'missing-label')).toEqual([
      {
        severity: 'error',
        code: 'missing-label',
        message: 'component "local.file" must have a label',
        ...locate(source, 'local.file'),
      },
    ]);
  });

  it('requires a label on declare, argument, export, import and foreach blocks', () => {
    const source = 'import.http {\n  url = "http://x"\n}\ndeclare {\n}\n';
    expect(diagnosticsOf(source, 'missing-label').map((d) => d.message)).toEqual([
      'import.http block must have a label',
      'declare block must have a label',
    ]);
  });

  it('rejects a label on a configuration block that takes none', () => {
    const source = 'logging "main" {\n  level = "info"\n}\n';
    expect(diagnosticsOf(source, 'unexpected-label')).toEqual([
      {
        severity: 'error',
        code: 'unexpected-label',
        message: 'block "logging" does not support specifying labels',
        ...locate(source, 'logging "main"'),
      },
    ]);
  });

  it('accepts labelled components and unlabelled configuration blocks', () => {
    const source = 'logging {\n  level = "info"\n}\nlocal.file "token" {\n  filename = "/tmp/token"\n}\n';
    expect(diagnosticsOf(source, 'missing-label', 'unexpected-label')).toEqual([]);
  });
});

describe('ids', () => {
  it('reports a second block with the same name and label where it is declared again', () => {
    const source = [
      'local.file "token" {',
      '  filename = "/a"',
      '}',
      '',
      'local.file "token" {',
      '  filename = "/b"',
      '}',
    ].join('\n');
    expect(diagnosticsOf(source, 'duplicate-id')).toEqual([
      {
        severity: 'error',
        code: 'duplicate-id',
        message: 'block local.file.token already declared at line 1',
        ...locate(source, 'local.file "token"', 1),
      },
    ]);
  });

  it('reports repeated configuration blocks by their id', () => {
    expect(diagnosticsOf('logging {}\nlogging {}\n', 'duplicate-id').map((d) => [d.message, d.line])).toEqual(
      [['block logging already declared at line 1', 2]],
    );
  });

  it('allows the same label on different components', () => {
    const source = 'local.file "x" {\n  filename = "/a"\n}\nremote.http "x" {\n  url = "http://a"\n}\n';
    expect(diagnosticsOf(source, 'duplicate-id')).toEqual([]);
  });
});

describe('placement', () => {
  it('allows argument and export blocks only inside a module', () => {
    const source = 'argument "x" { }\n';
    expect(diagnosticsOf(source, 'misplaced-block')).toEqual([
      expect.objectContaining({
        message: 'argument blocks only allowed inside a module',
        ...locate(source, 'argument "x" { }'),
      }),
    ]);
  });

  it('rejects process-wide configuration inside a module or a foreach template', () => {
    const source = [
      'declare "m" {',
      '  logging { }',
      '}',
      'foreach "f" {',
      '  collection = []',
      '  var        = "each"',
      '  template {',
      '    tracing { }',
      '  }',
      '}',
    ].join('\n');
    expect(diagnosticsOf(source, 'misplaced-block').map((d) => [d.message, d.line, d.column])).toEqual([
      ['logging not allowed in module', 2, 3],
      ['tracing not allowed in foreach', 8, 5],
    ]);
  });
});

describe('custom components', () => {
  it('checks instances of a declared component against its arguments', () => {
    const source = [
      'declare "pipeline" {',
      '  argument "input" { }',
      '  argument "level" {',
      '    optional = true',
      '  }',
      '  export "out" {',
      '    value = argument.input.value',
      '  }',
      '}',
      'pipeline "a" {',
      '  inputs = 1',
      '}',
      'local.file "b" {',
      '  filename = pipeline.a.out',
      '}',
    ].join('\n');
    expect(errorsOf(source).map((d) => [d.code, d.message])).toEqual([
      ['missing-attribute', 'missing required attribute "input"'],
      ['unknown-attribute', 'unrecognized attribute name "inputs"; did you mean "input"?'],
    ]);
  });

  it('accepts a component declared after its use and components of an imported namespace', () => {
    const source = [
      'user "a" { }',
      'declare "user" { }',
      'import.file "math" {',
      '  filename = "math.alloy"',
      '}',
      'math.add "sum" {',
      '  a = 1',
      '}',
    ].join('\n');
    expect(errorsOf(source)).toEqual([]);
  });

  it('keeps module bodies apart from the file, and lets foreach templates see it', () => {
    const source = [
      'prometheus.remote_write "out" {',
      '  endpoint {',
      '    url = "http://mimir:9009/api/v1/push"',
      '  }',
      '}',
      'declare "inner" {',
      '  prometheus.relabel "r" {',
      '    forward_to = [prometheus.remote_write.out.receiver]',
      '  }',
      '}',
      'foreach "each_target" {',
      '  collection = []',
      '  var        = "item"',
      '  template {',
      '    prometheus.relabel "r" {',
      '      forward_to = [prometheus.remote_write.out.receiver]',
      '      rule {',
      '        target_label = "x"',
      '        replacement  = item',
      '      }',
      '    }',
      '  }',
      '}',
    ].join('\n');
    expect(errorsOf(source).map((d) => [d.message, d.line])).toEqual([
      ['component "prometheus.remote_write.out.receiver" does not exist or is out of scope', 8],
    ]);
  });
});
