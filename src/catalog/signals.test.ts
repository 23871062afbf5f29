import { describe, expect, it } from 'vitest';
import { findExport, listComponentNames } from './catalog';
import { argumentWires, componentSignals, exportWires, findArgumentWire, findExportWire } from './signals';
import { isAssignable } from './types';

const wireSummary = (component: string) =>
  argumentWires(component).map((wire) => `${wire.path} ${wire.direction} ${wire.signal}`);

describe('argument wires', () => {
  it('sends logs from the forward_to of Loki components', () => {
    expect(findArgumentWire('loki.relabel', 'forward_to')).toMatchObject({
      path: 'forward_to',
      blockPath: [],
      argument: 'forward_to',
      signal: 'logs',
      direction: 'out',
      expects: { kind: 'receiver', receiver: 'LogsReceiver' },
    });
    expect(wireSummary('loki.source.api')).toEqual(['forward_to out logs']);
  });

  it('takes targets in and sends metrics out of prometheus.scrape', () => {
    expect(wireSummary('prometheus.scrape').sort()).toEqual(['forward_to out metrics', 'targets in targets']);
    expect(findArgumentWire('prometheus.scrape', 'targets')?.expects).toEqual({
      kind: 'map',
      value: { kind: 'string' },
    });
  });

  it('sends each signal of an otelcol output block by its own argument', () => {
    expect(wireSummary('otelcol.receiver.otlp')).toEqual([
      'output.logs out logs',
      'output.metrics out metrics',
      'output.traces out traces',
    ]);
    expect(findArgumentWire('otelcol.receiver.otlp', 'output.traces')).toMatchObject({
      blockPath: ['output'],
      argument: 'traces',
    });
    expect(wireSummary('otelcol.connector.spanlogs')).toEqual(['output.logs out logs']);
  });

  it('wires the write_to of the logging and tracing blocks', () => {
    expect(wireSummary('logging')).toEqual(['write_to out logs']);
    expect(wireSummary('tracing')).toEqual(['write_to out traces']);
  });

  it('resolves the generic receiver spelling from the component', () => {
    // Both spell the argument type `list(receiver)`.
    expect(wireSummary('otelcol.exporter.loki')).toEqual(['forward_to out logs']);
    expect(findArgumentWire('otelcol.exporter.loki', 'forward_to')?.expects).toMatchObject({
      receiver: 'LogsReceiver',
    });
    expect(wireSummary('pyroscope.relabel')).toEqual(['forward_to out profiles']);
  });

  it('has no wires for unknown components or plain arguments', () => {
    expect(argumentWires('nope.nope')).toEqual([]);
    expect(findArgumentWire('prometheus.scrape', 'scrape_interval')).toBeUndefined();
    expect(argumentWires('loki.write')).toEqual([]);
  });
});

describe('export wires', () => {
  it('takes logs in through Loki receivers', () => {
    expect(findExportWire('loki.relabel', 'receiver')).toEqual({
      name: 'receiver',
      signals: ['logs'],
      role: 'sink',
    });
    expect(findExportWire('loki.write', 'receiver')?.signals).toEqual(['logs']);
    // `rules` is a value, not a wire.
    expect(findExportWire('loki.relabel', 'rules')).toBeUndefined();
  });

  it('takes the accepted signals in through otelcol inputs', () => {
    expect(findExportWire('otelcol.processor.batch', 'input')?.signals).toEqual([
      'logs',
      'metrics',
      'traces',
    ]);
    expect(findExportWire('otelcol.exporter.loki', 'input')?.signals).toEqual(['logs']);
    expect(findExportWire('otelcol.connector.spanmetrics', 'input')?.signals).toEqual(['traces']);
  });

  it('provides targets from discovery and exporter components', () => {
    expect(findExportWire('prometheus.exporter.self', 'targets')).toEqual({
      name: 'targets',
      signals: ['targets'],
      role: 'source',
    });
    expect(findExportWire('discovery.relabel', 'output')?.role).toBe('source');
    for (const name of listComponentNames().filter(
      (n) => n.startsWith('discovery.') && n !== 'discovery.relabel',
    )) {
      expect(findExportWire(name, 'targets')?.role, name).toBe('source');
    }
  });

  it('wires nothing out of a receiver that exports an input it never uses', () => {
    expect(findExport('otelcol.receiver.googlecloudpubsub', 'input')).toBeDefined();
    expect(exportWires('otelcol.receiver.googlecloudpubsub')).toEqual([]);
  });
});

describe('wire types', () => {
  const expects = (component: string, path: string) => findArgumentWire(component, path)!.expects;
  const exported = (component: string, name: string) => findExport(component, name)!.type;

  it('accepts the exports a workshop pipeline references', () => {
    expect(isAssignable(expects('logging', 'write_to'), exported('loki.relabel', 'receiver'))).toBe(true);
    expect(isAssignable(expects('loki.relabel', 'forward_to'), exported('loki.write', 'receiver'))).toBe(
      true,
    );
    expect(
      isAssignable(expects('prometheus.scrape', 'targets'), { kind: 'map', value: { kind: 'string' } }),
    ).toBe(true);
    expect(
      isAssignable(
        expects('prometheus.scrape', 'forward_to'),
        exported('prometheus.remote_write', 'receiver'),
      ),
    ).toBe(true);
    expect(
      isAssignable(
        expects('otelcol.receiver.otlp', 'output.traces'),
        exported('otelcol.processor.batch', 'input'),
      ),
    ).toBe(true);
    expect(
      isAssignable(
        expects('otelcol.connector.spanlogs', 'output.logs'),
        exported('otelcol.exporter.loki', 'input'),
      ),
    ).toBe(true);
  });

  it('rejects exports of the wrong ecosystem or signal', () => {
    expect(
      isAssignable(expects('loki.relabel', 'forward_to'), exported('prometheus.remote_write', 'receiver')),
    ).toBe(false);
    expect(
      isAssignable(expects('otelcol.receiver.otlp', 'output.logs'), exported('loki.write', 'receiver')),
    ).toBe(false);
    expect(
      isAssignable(
        expects('otelcol.receiver.otlp', 'output.traces'),
        exported('otelcol.exporter.loki', 'input'),
      ),
    ).toBe(false);
  });
});

describe('component signals', () => {
  it('reports telemetry and targets for the graph', () => {
    expect(componentSignals('otelcol.exporter.loki')).toEqual({ accepts: ['logs'], emits: ['logs'] });
    expect(componentSignals('prometheus.scrape')).toEqual({ accepts: ['targets'], emits: ['metrics'] });
    expect(componentSignals('discovery.relabel')).toEqual({ accepts: ['targets'], emits: ['targets'] });
    expect(componentSignals('prometheus.exporter.postgres')).toEqual({ accepts: [], emits: ['targets'] });
    expect(componentSignals('loki.write')).toEqual({ accepts: ['logs'], emits: [] });
    expect(componentSignals('logging')).toEqual({ accepts: [], emits: ['logs'] });
    expect(componentSignals('nope.nope')).toEqual({ accepts: [], emits: [] });
  });

  it('applies the hand-written corrections', () => {
    expect(componentSignals('otelcol.receiver.jaeger').emits).toEqual(['traces']);
    expect(componentSignals('otelcol.receiver.faro').emits).toEqual(['logs', 'traces']);
  });

  it('has a wire for every signal a component emits or accepts', () => {
    const missing: string[] = [];
    for (const name of listComponentNames()) {
      const { accepts, emits } = componentSignals(name);
      const outgoing = new Set(
        argumentWires(name)
          .filter((w) => w.direction === 'out')
          .map((w) => w.signal),
      );
      for (const wire of exportWires(name))
        if (wire.role === 'source') wire.signals.forEach((s) => outgoing.add(s));
      const incoming = new Set(
        argumentWires(name)
          .filter((w) => w.direction === 'in')
          .map((w) => w.signal),
      );
      for (const wire of exportWires(name))
        if (wire.role === 'sink') wire.signals.forEach((s) => incoming.add(s));
      for (const signal of emits) if (!outgoing.has(signal)) missing.push(`${name} emits ${signal}`);
      for (const signal of accepts) if (!incoming.has(signal)) missing.push(`${name} accepts ${signal}`);
    }
    expect(missing).toEqual([]);
  });
});
