/**
 * What Alloy's built-in exporters have in common: their metrics page is
 * served by Alloy's own HTTP server under the component's path, and they
 * export one target pointing at it through Alloy's in-memory address, with
 * `job="integrations/<name>"` and the `instance` the exporter chooses.
 */
import type { Labels } from '../model';
import { ALLOY_MEMORY_ADDRESS, type ExposedSample } from '../network';
import type { ComponentContext } from './component';

export function exporterTarget(
  context: ComponentContext,
  integration: string,
  instance: string,
  expose: (now: number) => ExposedSample[],
): Labels[] {
  const path = `/api/v0/component/${context.id}/metrics`;
  context.network.route('alloy', 12345, path, { kind: 'metrics', expose });
  const componentName = context.id.split('.').slice(0, -1).join('.');
  return [
    {
      __address__: ALLOY_MEMORY_ADDRESS,
      __metrics_path__: path,
      __meta_component_name: componentName,
      __meta_component_id: context.id,
      instance,
      job: `integrations/${integration}`,
    },
  ];
}
