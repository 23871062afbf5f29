import { describe, expect, it } from 'vitest';
import { addMissingBlocks, overlayBlocks } from './compose';

const base = `// Logs.
loki.write "mythical" {
	endpoint {
		url = "http://loki:3100/loki/api/v1/push"
	}
}

otelcol.receiver.otlp "in" {
	output {
		traces = [otelcol.processor.batch.default.input]
	}
}
`;

describe('overlayBlocks', () => {
  it('replaces blocks with the same id in place and appends new ones with their comments', () => {
    const addition = `otelcol.receiver.otlp "in" {
	output {
		traces = [otelcol.processor.batch.default.input, otelcol.connector.spanlogs.x.input]
	}
}

// New: spanlogs.
otelcol.connector.spanlogs "x" {}
`;
    const result = overlayBlocks(base, addition);
    expect(result).toContain('// Logs.\nloki.write "mythical"');
    expect(result).toContain('otelcol.connector.spanlogs.x.input]');
    expect(result.match(/otelcol\.receiver\.otlp "in"/g)).toHaveLength(1);
    expect(result.indexOf('otelcol.receiver.otlp "in"')).toBeLessThan(result.indexOf('// New: spanlogs.'));
    expect(result.endsWith('otelcol.connector.spanlogs "x" {}\n')).toBe(true);
  });

  it('starts from an empty base', () => {
    expect(overlayBlocks('', 'logging {}\n')).toBe('logging {}\n');
  });
});

describe('addMissingBlocks', () => {
  it('keeps blocks the base already has and appends the rest', () => {
    const skeleton = `loki.write "mythical" {
	// TODO
}

loki.process "new" {
	// TODO
}
`;
    const result = addMissingBlocks(base, skeleton);
    expect(result).toContain('url = "http://loki:3100/loki/api/v1/push"');
    expect(result).not.toContain('loki.write "mythical" {\n\t// TODO');
    expect(result.endsWith('loki.process "new" {\n\t// TODO\n}\n')).toBe(true);
  });

  it('gives the skeleton alone when the base is empty', () => {
    expect(addMissingBlocks('', 'logging {\n}\n')).toBe('logging {\n}\n');
  });
});
