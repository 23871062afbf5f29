/**
 * `otelcol.receiver.otlp`: listens for OTLP over gRPC (`grpc` block, default
 * `0.0.0.0:4317`) and HTTP (`http` block, default `0.0.0.0:4318`); a protocol
 * is enabled only when its block is present. What arrives goes to the
 * consumers of its `output` block.
 */
import { ConfigError } from '../config/body';
import type { Span } from '../model';
import type { ComponentFactory } from './component';
import { otelOutputs } from './otel-output';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export const otelcolReceiverOtlp: ComponentFactory = (context) => {
  const outputs = otelOutputs(context);

  const open = (block: 'grpc' | 'http', fallback: string) => {
    const settings = context.body.block(block);
    if (!settings) return;
    const endpoint = settings.string('endpoint', fallback);
    const match = /^(.*):(\d+)$/.exec(endpoint);
    if (!match) throw new ConfigError(`${block} > endpoint: address ${endpoint}: missing port in address`);
    const [, host = '', portText = ''] = match;
    const port = Number(portText);
    const protocol = block === 'grpc' ? 'grpc' : 'http';
    context.log(0, 'info', block === 'grpc' ? 'Starting GRPC server' : 'Starting HTTP server', [
      ['endpoint', endpoint],
    ]);
    // A receiver bound to the loopback address cannot be reached from the other containers.
    if (LOOPBACK.has(host)) return;
    if (!context.network.listen('alloy', port, protocol)) {
      throw new ConfigError(`listen tcp ${endpoint}: bind: address already in use`);
    }
    const path = block === 'grpc' ? '' : settings.string('traces_url_path', '/v1/traces');
    const accept = (spans: Span[]) => {
      context.receivedFrom(endpoint, spans.length);
      outputs.traces.emit({ signal: 'traces', spans });
    };
    context.network.route('alloy', port, path, { kind: 'receive-traces', accept });
  };
  open('grpc', '0.0.0.0:4317');
  open('http', '0.0.0.0:4318');
  return {};
};
