import { describe, expect, it } from 'vitest';
import { Backends } from './backends';
import { Network } from './network';
import { Sinks, parseGrpcEndpoint } from './sinks';

function sinks(): { sinks: Sinks; backends: Backends } {
  const network = new Network();
  network.route('loki', 3100, '/loki/api/v1/push', { kind: 'loki-push' });
  network.route('mimir', 9009, '/api/v1/push', { kind: 'mimir-push' });
  network.route('tempo', 4317, '', { kind: 'otlp-traces' });
  const backends = new Backends();
  return { sinks: new Sinks(network, backends), backends };
}

const entry = { labels: { service: 'alloy' }, line: 'x', timestamp: 0 };

describe('endpoints as Alloy reaches them', () => {
  it('delivers to the backend behind the right URL', () => {
    const { sinks: all, backends } = sinks();
    expect(all.pushLogs('http://loki:3100/loki/api/v1/push', [entry], 0)).toEqual({ ok: true });
    expect(backends.loki.streamCount).toBe(1);
  });

  it('words failures as Go and the clients do', () => {
    const { sinks: all } = sinks();
    const error = (result: ReturnType<Sinks['pushLogs']>) =>
      result.ok ? null : [result.status, result.retryable, result.error];
    expect(error(all.pushLogs('http://loki:3101/loki/api/v1/push', [entry], 0))).toEqual([
      -1,
      true,
      'Post "http://loki:3101/loki/api/v1/push": dial tcp 172.18.0.5:3101: connect: connection refused',
    ]);
    expect(error(all.pushLogs('http://lokii:3100/loki/api/v1/push', [entry], 0))).toEqual([
      -1,
      true,
      'Post "http://lokii:3100/loki/api/v1/push": dial tcp: lookup lokii on 127.0.0.11:53: no such host',
    ]);
    expect(error(all.pushLogs('http://loki:3100/loki/api/v1/pushh', [entry], 0))).toEqual([
      404,
      false,
      'server returned HTTP status 404 Not Found (404): 404 page not found',
    ]);
    expect(error(all.pushLogs('loki:3100/loki/api/v1/push', [entry], 0))).toEqual([
      -1,
      false,
      'Post "loki:3100/loki/api/v1/push": unsupported protocol scheme "loki"',
    ]);
    const remote = all.remoteWrite('http://localhost:9009/api/v1/push', []);
    expect(remote.ok ? '' : remote.error).toBe(
      'Post "http://localhost:9009/api/v1/push": dial tcp 127.0.0.1:9009: connect: connection refused',
    );
  });

  it('exports OTLP over gRPC: insecure needed, http:// prefix tolerated, the HTTP port refused', () => {
    const { sinks: all, backends } = sinks();
    const error = (result: ReturnType<Sinks['exportTracesGrpc']>) => (result.ok ? 'ok' : result.error);
    expect(error(all.exportTracesGrpc('http://tempo:4317', false, []))).toContain(
      'tls: first record does not look like a TLS handshake',
    );
    expect(error(all.exportTracesGrpc('tempo:4318', true, []))).toContain(
      'error reading server preface: http2: frame too large',
    );
    expect(error(all.exportTracesGrpc('loki:3100', true, []))).toContain('error reading server preface');
    expect(error(all.exportTracesGrpc('tempoo:4317', true, []))).toBe(
      'rpc error: code = Unavailable desc = name resolver error: produced zero addresses',
    );
    expect(error(all.exportTracesGrpc('http://tempo:4317', true, []))).toBe('ok');
    expect(backends.counters.tempoSpans).toBe(0);
    expect(parseGrpcEndpoint('https://tempo:4317/')).toEqual({ host: 'tempo', port: 4317 });
  });
});
