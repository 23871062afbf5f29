/**
 * `prometheus.exporter.postgres`: the postgres_exporter run inside Alloy, one
 * target per connection string, `instance` being the DSN without
 * credentials and query (`postgresql://mythical-database:5432/postgres`).
 * A DSN that does not reach the database yields `pg_up 0` and an error log
 * on every scrape, as the exporter reports it.
 */
import { ConfigError } from '../config/body';
import type { Labels } from '../model';
import { NO_LABELS, type ExposedSample } from '../network';
import type { ComponentFactory } from './component';
import { exporterTarget } from './exporter-target';

export const prometheusExporterPostgres: ComponentFactory = (context) => {
  const dsns = context.body.stringList('data_source_names');
  if (dsns.length === 0) throw new ConfigError('data_source_names is required');
  const targets: Labels[] = [];
  // One exporter serves every DSN; its target is named after the first.
  const instance = dsnInstance(dsns[0] as string);
  const connections = dsns.map((dsn) => ({ dsn, connection: context.environment.connectPostgres(dsn) }));
  targets.push(
    ...exporterTarget(context, 'postgres', instance, (now) => {
      const samples: ExposedSample[] = [];
      for (const { dsn, connection } of connections) {
        if (connection.ok) {
          const exposed = connection.expose(now);
          samples.push(...exposed);
          // postgres_exporter reports every collector it ran at debug level.
          for (const sample of exposed) {
            if (sample.name !== 'pg_scrape_collector_duration_seconds') continue;
            context.log(now, 'debug', 'collector succeeded', [
              ['name', sample.labels.collector ?? ''],
              ['duration_seconds', sample.value],
            ]);
          }
          continue;
        }
        context.log(now, 'error', 'Error opening connection to database', [
          ['dsn', redact(dsn)],
          ['err', connection.error],
        ]);
        samples.push({ name: 'pg_up', labels: NO_LABELS, value: 0 });
      }
      samples.push({
        name: 'pg_exporter_last_scrape_error',
        labels: NO_LABELS,
        value: connections.every((c) => c.connection.ok) ? 0 : 1,
      });
      return samples;
    }),
  );
  return { targets };
};

/** `postgresql://user:secret@host:5432/db?x=y` → `postgresql://host:5432/db`. */
function dsnInstance(dsn: string): string {
  const match = /^([a-z]+):\/\/(?:[^@/]*@)?([^/?]*)(\/[^?]*)?/i.exec(dsn);
  if (!match) return dsn;
  return `${match[1]}://${match[2]}${match[3] ?? ''}`;
}

/** The DSN with its password hidden, as the exporter logs it. */
function redact(dsn: string): string {
  return dsn.replace(/(:\/\/[^:@/]*:)[^@/]*@/, '$1******@');
}
