/** `prometheus.exporter.self`: Alloy's own metrics, as a target for `prometheus.scrape`. */
import type { ComponentFactory } from './component';
import { exporterTarget } from './exporter-target';

export const prometheusExporterSelf: ComponentFactory = (context) => ({
  targets: exporterTarget(context, 'self', context.environment.hostname, (now) =>
    context.environment.alloyMetrics(now),
  ),
});
