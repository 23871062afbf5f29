/**
 * What the simulated components can ask of the world around Alloy beyond
 * the network: Alloy's own metrics registry (for `prometheus.exporter.self`
 * and Alloy's `/metrics`), and the Postgres server a connection string
 * reaches (for `prometheus.exporter.postgres`).
 */
import type { ExposedSample } from './network';

export type PostgresConnection =
  { ok: true; expose: (now: number) => ExposedSample[] } | { ok: false; error: string };

export interface Environment {
  /** The Alloy container's host name (`constants.hostname`). */
  readonly hostname: string;
  alloyMetrics(now: number): ExposedSample[];
  connectPostgres(dsn: string): PostgresConnection;
}
