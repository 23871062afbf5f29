/**
 * The Postgres server `mythical-database`: the rows the Mythical server
 * reads and writes, the statistics it keeps about them, and what
 * postgres_exporter reads from it (`pg_*` series). A connection string is
 * checked against the real server: host and port through the network, then
 * user, password and database.
 */
import type { PostgresConnection } from '../environment';
import { NO_LABELS, type ExposedSample, type Network } from '../network';
import type { Random } from '../random';
import { BEASTS } from './mythical-data';

const DATABASES = ['postgres', 'template0', 'template1'] as const;
const USER = 'postgres';
const PASSWORD = 'mythical';
const LOCK_MODES = [
  'accessexclusivelock',
  'accesssharelock',
  'exclusivelock',
  'rowexclusivelock',
  'rowsharelock',
  'sharelock',
  'sharerowexclusivelock',
  'shareupdateexclusivelock',
  'sireadlock',
];
const SERVER_LABELS = Object.freeze({ server: 'mythical-database:5432' });
const STATIC_LABELS = Object.freeze({
  server: 'mythical-database:5432',
  short_version: '14.5.0',
  version:
    'PostgreSQL 14.5 (Debian 14.5-2.pgdg110+2) on x86_64-pc-linux-gnu, compiled by gcc (Debian 10.2.1-6) 10.2.1 20210110, 64-bit',
});
const COLLECTORS = [
  'database',
  'locks',
  'replication',
  'replication_slot',
  'stat_bgwriter',
  'stat_database',
  'stat_user_tables',
  'statio_user_tables',
  'wal',
];

/** Statistics of one database, as pg_stat_database counts them. */
type DatabaseStats = {
  xact_commit: number;
  xact_rollback: number;
  blks_read: number;
  blks_hit: number;
  tup_returned: number;
  tup_fetched: number;
  tup_inserted: number;
  tup_updated: number;
  tup_deleted: number;
  conflicts: number;
  temp_files: number;
  temp_bytes: number;
  deadlocks: number;
};

function emptyStats(): DatabaseStats {
  return {
    xact_commit: 0,
    xact_rollback: 0,
    blks_read: 0,
    blks_hit: 0,
    tup_returned: 0,
    tup_fetched: 0,
    tup_inserted: 0,
    tup_updated: 0,
    tup_deleted: 0,
    conflicts: 0,
    temp_files: 0,
    temp_bytes: 0,
    deadlocks: 0,
  };
}

export type Query = 'select' | 'insert' | 'delete' | 'failed-insert';

export class PostgresServer {
  /** Rows per beast table. */
  readonly rows = new Map<string, number>(BEASTS.map((beast) => [beast, 0]));
  private readonly stats = new Map<string, DatabaseStats>(DATABASES.map((name) => [name, emptyStats()]));
  private bgwriter = {
    checkpoints_timed: 0,
    buffers_alloc: 0,
    buffers_checkpoint: 0,
    buffers_clean: 0,
    buffers_backend: 0,
  };
  private activeQueries = 0;
  private readonly labelSets = new Map<string, Readonly<Record<string, string>>>();
  private scrapes = 0;

  constructor(
    private readonly network: Network,
    private readonly random: Random,
    /** Unix seconds the server started. */
    private readonly startedAt: number,
  ) {}

  /** Runs a query of the Mythical server against a beast table. */
  query(kind: Query, table: string): void {
    const stats = this.stats.get('postgres') as DatabaseStats;
    const rows = this.rows.get(table) ?? 0;
    stats.blks_hit += 2 + this.random.int(0, 3);
    this.activeQueries++;
    switch (kind) {
      case 'select':
        stats.tup_returned += rows;
        stats.tup_fetched += rows;
        stats.xact_commit++;
        break;
      case 'insert':
        this.rows.set(table, rows + 1);
        stats.tup_inserted++;
        stats.xact_commit++;
        break;
      case 'delete':
        // The requester sends no name, so `DELETE … WHERE name = NULL` removes nothing.
        stats.tup_fetched += rows;
        stats.xact_commit++;
        break;
      case 'failed-insert':
        stats.xact_rollback++;
        break;
    }
  }

  /** Checks a DSN the way the exporter's connection would fail. */
  connect(dsn: string): PostgresConnection {
    const match =
      /^(postgres(?:ql)?):\/\/(?:([^:@/]*)(?::([^@/]*))?@)?([^:/?]*)(?::(\d+))?(?:\/([^?]*))?/.exec(dsn);
    if (!match) return { ok: false, error: `missing "=" after "${dsn}" in connection info string"` };
    const [, , user = '', password = '', host = 'localhost', port = '5432', database = user] = match;
    const connection = this.network.connect(host === '' ? 'localhost' : host, Number(port));
    if (!connection.ok) return { ok: false, error: connection.error };
    if (connection.host !== 'mythical-database' || Number(port) !== 5432) {
      return { ok: false, error: 'read tcp: connection reset by peer' };
    }
    if (user !== USER || decodeURIComponent(password) !== PASSWORD) {
      return {
        ok: false,
        error: `pq: password authentication failed for user "${decodeURIComponent(user)}"`,
      };
    }
    if (!(DATABASES as readonly string[]).includes(database || USER) || database === 'template0') {
      return { ok: false, error: `pq: database "${database}" does not exist` };
    }
    return { ok: true, expose: () => this.expose() };
  }

  /** Background work between scrapes: checkpoints and buffer writes. */
  private advanceBackground(): void {
    this.bgwriter.buffers_alloc += this.random.int(0, 3);
    this.bgwriter.buffers_clean += this.random.int(0, 1);
    this.bgwriter.buffers_backend += this.random.int(0, 2);
    if (this.random.chance(0.01)) {
      this.bgwriter.checkpoints_timed++;
      this.bgwriter.buffers_checkpoint += this.random.int(5, 40);
    }
    for (const name of ['template1', 'template0'])
      (this.stats.get(name) as DatabaseStats).blks_hit += this.random.int(0, 1);
  }

  private expose(): ExposedSample[] {
    this.scrapes++;
    this.advanceBackground();
    const samples: ExposedSample[] = [];
    const add = (name: string, value: number, labels: Readonly<Record<string, string>> = NO_LABELS) =>
      samples.push({ name, labels, value });
    // Each series keeps one label object, so that scrapers recognise it.
    const set = (key: string, make: () => Record<string, string>) => this.labelSet(key, make);
    add('pg_up', 1);
    add('pg_static', 1, STATIC_LABELS);
    add('pg_postmaster_start_time_seconds', this.startedAt, SERVER_LABELS);
    DATABASES.forEach((datname, index) => {
      const stats = this.stats.get(datname) as DatabaseStats;
      const labels = set(`db/${datname}`, () => ({ datid: String([13757, 1, 4][index]), datname }));
      for (const [key, value] of Object.entries(stats)) add(`pg_stat_database_${key}`, value, labels);
      add('pg_stat_database_numbackends', datname === 'postgres' ? 2 + this.random.int(0, 2) : 0, labels);
      add('pg_stat_database_blk_read_time', 0, labels);
      add('pg_stat_database_blk_write_time', 0, labels);
      add(
        'pg_database_size_bytes',
        datname === 'postgres' ? 8_700_000 + this.rowsTotal() * 120 : 7_500_000,
        set(datname, () => ({ datname })),
      );
      for (const mode of LOCK_MODES) {
        const count = datname === 'postgres' && mode === 'accesssharelock' ? 1 + this.random.int(0, 1) : 0;
        add(
          'pg_locks_count',
          count,
          set(`${datname}/${mode}`, () => ({ datname, mode })),
        );
      }
      const active = datname === 'postgres' ? Math.min(3, this.activeQueries > 0 ? 1 : 0) : 0;
      const state = (name: string) => set(`${datname}/${name}`, () => ({ datname, state: name }));
      add('pg_stat_activity_count', active, state('active'));
      add('pg_stat_activity_count', datname === 'postgres' ? 2 : 0, state('idle'));
      add('pg_stat_activity_count', 0, state('idle in transaction'));
      add('pg_stat_activity_max_tx_duration', 0, state('active'));
    });
    this.activeQueries = 0;
    add('pg_settings_max_connections', 100);
    add('pg_settings_shared_buffers_bytes', 134_217_728);
    add('pg_settings_effective_cache_size_bytes', 4_294_967_296);
    add('pg_settings_work_mem_bytes', 4_194_304);
    add('pg_settings_maintenance_work_mem_bytes', 67_108_864);
    for (const [key, value] of Object.entries(this.bgwriter)) add(`pg_stat_bgwriter_${key}_total`, value);
    add('pg_stat_bgwriter_checkpoints_req_total', 0);
    for (const collector of COLLECTORS) {
      const duration = 0.0005 + this.random.next() * 0.004;
      const labels = set(`collector/${collector}`, () => ({ collector }));
      add('pg_scrape_collector_success', 1, labels);
      add('pg_scrape_collector_duration_seconds', duration, labels);
    }
    add('pg_exporter_last_scrape_duration_seconds', 0.01 + this.random.next() * 0.02);
    add('pg_exporter_scrapes_total', this.scrapes);
    return samples;
  }

  private labelSet(key: string, make: () => Record<string, string>): Readonly<Record<string, string>> {
    let labels = this.labelSets.get(key);
    if (!labels) {
      labels = Object.freeze(make());
      this.labelSets.set(key, labels);
    }
    return labels;
  }

  private rowsTotal(): number {
    let total = 0;
    for (const count of this.rows.values()) total += count;
    return total;
  }
}
