/**
 * Hand-written corrections to the data's component signals.
 *
 * The data derives an otelcol receiver's signals from its docs page; when the
 * page uses the generic three-signal `output` block and its intro only says
 * "data", all three are listed. These receivers produce fewer, as their
 * upstream OpenTelemetry receivers register only these signal types. Applied
 * when the schema is built, so everything downstream (export types, wires)
 * sees the corrected lists.
 */
import type { Telemetry } from './schema';

export const SIGNAL_CORRECTIONS: Readonly<
  Record<string, { accepts: readonly Telemetry[]; emits: readonly Telemetry[] }>
> = {
  // The Jaeger protocols carry spans only.
  'otelcol.receiver.jaeger': { accepts: [], emits: ['traces'] },
  // The Faro Web SDK payload becomes logs (events, logs, exceptions, measurements) and traces.
  'otelcol.receiver.faro': { accepts: [], emits: ['logs', 'traces'] },
};
