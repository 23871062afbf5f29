/**
 * The components the simulator models, by name. Anything else in a config
 * is reported as not simulated and passes nothing on.
 */
import type { ComponentFactory } from './component';
import { discoveryHttp } from './discovery-http';
import { discoveryRelabel } from './discovery-relabel';
import { logging } from './logging';
import { lokiProcess } from './loki-process';
import { lokiRelabel, prometheusRelabel } from './relabelling';
import { lokiSecretfilter } from './loki-secretfilter';
import { lokiSourceApi } from './loki-source-api';
import { lokiWrite } from './loki-write';
import { otelcolConnectorServicegraph } from './otelcol-connector-servicegraph';
import { otelcolConnectorSpanlogs } from './otelcol-connector-spanlogs';
import { otelcolConnectorSpanmetrics } from './otelcol-connector-spanmetrics';
import { otelcolExporterPrometheus } from './otelcol-exporter-prometheus';
import { otelcolProcessorAttributes } from './otelcol-processor-attributes';
import { otelcolProcessorFilter } from './otelcol-processor-filter';
import { otelcolExporterLoki } from './otelcol-exporter-loki';
import { otelcolExporterOtlp } from './otelcol-exporter-otlp';
import { otelcolExporterOtlphttp } from './otelcol-exporter-otlphttp';
import { otelcolProcessorBatch } from './otelcol-processor-batch';
import { otelcolReceiverOtlp } from './otelcol-receiver-otlp';
import { prometheusExporterPostgres } from './prometheus-exporter-postgres';
import { prometheusExporterSelf } from './prometheus-exporter-self';
import { prometheusRemoteWrite } from './prometheus-remote-write';
import { prometheusScrape } from './prometheus-scrape';

export type { ComponentContext, ComponentFactory, Output, SimComponent } from './component';
export { batchSize } from './component';

export const COMPONENTS: ReadonlyMap<string, ComponentFactory> = new Map([
  ['logging', logging],
  ['loki.relabel', lokiRelabel],
  ['loki.process', lokiProcess],
  ['loki.write', lokiWrite],
  ['loki.source.api', lokiSourceApi],
  ['loki.secretfilter', lokiSecretfilter],
  ['prometheus.scrape', prometheusScrape],
  ['prometheus.relabel', prometheusRelabel],
  ['prometheus.remote_write', prometheusRemoteWrite],
  ['prometheus.exporter.self', prometheusExporterSelf],
  ['prometheus.exporter.postgres', prometheusExporterPostgres],
  ['discovery.relabel', discoveryRelabel],
  ['discovery.http', discoveryHttp],
  ['otelcol.receiver.otlp', otelcolReceiverOtlp],
  ['otelcol.processor.batch', otelcolProcessorBatch],
  ['otelcol.exporter.otlp', otelcolExporterOtlp],
  ['otelcol.exporter.otlphttp', otelcolExporterOtlphttp],
  ['otelcol.connector.spanlogs', otelcolConnectorSpanlogs],
  ['otelcol.exporter.loki', otelcolExporterLoki],
  ['otelcol.connector.spanmetrics', otelcolConnectorSpanmetrics],
  ['otelcol.exporter.prometheus', otelcolExporterPrometheus],
  ['otelcol.processor.attributes', otelcolProcessorAttributes],
  ['otelcol.processor.filter', otelcolProcessorFilter],
  ['otelcol.connector.servicegraph', otelcolConnectorServicegraph],
]);

/** Blocks that configure Alloy without taking part in the data flow. */
export const INERT_BLOCKS: ReadonlySet<string> = new Set([
  'livedebugging',
  'http',
  'remotecfg',
  'argument',
  'export',
]);

/** Which export of a component holds the targets it provides. */
export function targetsExportName(type: string): string {
  return type === 'discovery.relabel' ? 'output' : 'targets';
}
