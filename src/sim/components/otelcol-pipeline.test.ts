import { describe, expect, it } from 'vitest';
import type { Span } from '../model';
import { buildComponent } from '../testing';
import { discoveryRelabel } from './discovery-relabel';
import { otelcolExporterOtlp } from './otelcol-exporter-otlp';
import { otelcolExporterOtlphttp } from './otelcol-exporter-otlphttp';
import { otelcolProcessorBatch } from './otelcol-processor-batch';
import { otelcolReceiverOtlp } from './otelcol-receiver-otlp';

const span: Span = {
  traceId: '0123456789abcdef0123456789abcdef',
  spanId: '0123456789abcdef',
  name: 'requester',
  kind: 'SPAN_KIND_CLIENT',
  status: 'STATUS_CODE_OK',
  startTime: 0,
  durationNanos: 1e6,
  attributes: {},
  resource: { 'service.name': 'mythical-requester' },
};

describe('otelcol.receiver.otlp', () => {
  it('listens only on the protocols it has a block for, and never for other containers on loopback', () => {
    const both = buildComponent(
      otelcolReceiverOtlp,
      'otelcol.receiver.otlp "r" {\n grpc { }\n http { }\n output { traces = [] }\n}',
    );
    expect(both.network.connect('alloy', 4317).ok).toBe(true);
    expect(both.network.connect('alloy', 4318).ok).toBe(true);
    const httpOnly = buildComponent(
      otelcolReceiverOtlp,
      'otelcol.receiver.otlp "r" {\n http { }\n output { traces = [] }\n}',
    );
    expect(httpOnly.network.connect('alloy', 4317).ok).toBe(false);
    const loopback = buildComponent(
      otelcolReceiverOtlp,
      'otelcol.receiver.otlp "r" {\n grpc { endpoint = "127.0.0.1:4317" }\n output { traces = [] }\n}',
    );
    expect(loopback.network.connect('alloy', 4317).ok).toBe(false);
  });
});

describe('otelcol.processor.batch', () => {
  const source = (settings: string) =>
    `otelcol.processor.batch "b" {\n${settings}\n output { traces = [] }\n}`;
  const sent = (built: ReturnType<typeof buildComponent>) =>
    (built.emitted.get('output.traces') ?? []).map((batch) =>
      batch.signal === 'traces' ? batch.spans.length : 0,
    );

  it('sends what it holds once the timeout has passed (200ms by default)', () => {
    const built = buildComponent(otelcolProcessorBatch, source(''));
    built.instance.receive?.({ signal: 'traces', spans: [span, span] }, 1000);
    built.instance.tick?.(1100);
    expect(sent(built)).toEqual([]);
    built.instance.tick?.(1200);
    expect(sent(built)).toEqual([2]);
  });

  it('sends as soon as send_batch_size is reached, in pieces of send_batch_max_size', () => {
    const built = buildComponent(
      otelcolProcessorBatch,
      source('send_batch_size = 3\nsend_batch_max_size = 4\ntimeout = "2s"'),
    );
    built.instance.receive?.({ signal: 'traces', spans: [span, span] }, 0);
    expect(sent(built)).toEqual([]);
    built.instance.receive?.({ signal: 'traces', spans: [span, span, span, span, span] }, 10);
    expect(sent(built)).toEqual([4, 3]);
  });

  it('rejects a maximum below the batch size', () => {
    expect(() =>
      buildComponent(otelcolProcessorBatch, source('send_batch_size = 10\nsend_batch_max_size = 5')),
    ).toThrow('send_batch_max_size must be greater or equal to send_batch_size');
  });
});

describe('otelcol.exporter.otlp', () => {
  const tempo = (network: Parameters<NonNullable<Parameters<typeof buildComponent>[2]>>[0]) =>
    network.route('tempo', 4317, '', { kind: 'otlp-traces' });

  it('delivers to Tempo over plain-text gRPC when TLS is off', () => {
    const built = buildComponent(
      otelcolExporterOtlp,
      'otelcol.exporter.otlp "t" {\n client {\n endpoint = "http://tempo:4317"\n tls { insecure = true }\n }\n}',
      tempo,
    );
    built.instance.receive?.({ signal: 'traces', spans: [span] }, 0);
    expect(built.backends.tempo.spanCount).toBe(1);
  });

  it('logs the failed TLS handshake and retries when TLS is left on', () => {
    const built = buildComponent(
      otelcolExporterOtlp,
      'otelcol.exporter.otlp "t" {\n client { endpoint = "tempo:4317" }\n}',
      tempo,
    );
    built.instance.receive?.({ signal: 'traces', spans: [span] }, 0);
    for (let time = 500; time <= 20_000; time += 500) built.instance.tick?.(time);
    expect(built.backends.tempo.spanCount).toBe(0);
    const retries = built.log
      .lines()
      .filter((line) => line.line.includes('msg="Exporting failed. Will retry the request after interval."'));
    expect(retries.length).toBeGreaterThan(1);
    expect(retries[0]?.line).toContain('tls: first record does not look like a TLS handshake');
  });
});

describe('otelcol.exporter.otlphttp', () => {
  it('posts to the endpoint plus /v1/traces; Tempo serves it on 4318', () => {
    const route = (network: Parameters<NonNullable<Parameters<typeof buildComponent>[2]>>[0]) =>
      network.route('tempo', 4318, '/v1/traces', { kind: 'otlp-traces' });
    const built = buildComponent(
      otelcolExporterOtlphttp,
      'otelcol.exporter.otlphttp "t" {\n client { endpoint = "http://tempo:4318" }\n}',
      route,
    );
    built.instance.receive?.({ signal: 'traces', spans: [span] }, 0);
    expect(built.backends.tempo.spanCount).toBe(1);
    const wrong = buildComponent(
      otelcolExporterOtlphttp,
      'otelcol.exporter.otlphttp "t" {\n client { endpoint = "http://tempo:4317" }\n}',
      route,
    );
    wrong.instance.receive?.({ signal: 'traces', spans: [span] }, 0);
    expect(wrong.log.lines()[0]?.line).toContain('malformed HTTP response');
  });
});

describe('discovery.relabel', () => {
  it('exports its relabelled targets as output', () => {
    const built = buildComponent(
      discoveryRelabel,
      `discovery.relabel "d" {
        targets = [{"__address__" = "mimir:9009", "__meta_decryption_key__" = "GhostProtocol$"}, {"__address__" = "loki:3100"}]
        rule {
          source_labels = ["__address__"]
          regex = "loki:.*"
          action = "drop"
        }
        rule {
          action = "labelmap"
          regex = "__meta_(.+)__"
          replacement = "secret_$1"
        }
      }`,
    );
    expect(built.instance.targets).toEqual([
      {
        __address__: 'mimir:9009',
        __meta_decryption_key__: 'GhostProtocol$',
        secret_decryption_key: 'GhostProtocol$',
      },
    ]);
  });
});
