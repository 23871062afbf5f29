/**
 * The workshop's demo environment around Alloy: the Mythical services and
 * their database, the backends' push and metrics endpoints, the service
 * discovery file, and Alloy's own HTTP server. It registers what each host
 * serves on the network and, step by step, lets the services do their work:
 * requests, spans exported when they end, log lines pushed when written.
 */
import type { Backends } from '../backends';
import type { VirtualClock } from '../clock';
import type { Environment, PostgresConnection } from '../environment';
import type { ExposedSample, Network } from '../network';
import type { Random } from '../random';
import { alloyMetrics, type AlloyState } from './alloy-metrics';
import { AlloyClient, App } from './app';
import { backendPages } from './backend-metrics';
import { MythicalRecorder } from './mythical-recorder';
import { MythicalRequester } from './mythical-requester';
import { MythicalServer } from './mythical-server';
import { PostgresServer } from './postgres';
import { Timeline } from './timeline';

/** The Alloy container's host name: its container id, as Docker sets it. */
export const ALLOY_HOSTNAME = '3c2f6a9d1b84';

/** When the server finishes starting (it waits for Postgres). */
const SERVER_START_MS = 2000;

const DISCOVERY_TARGETS = [
  {
    targets: ['mimir:9009'],
    labels: { group: 'infrastructure', service: 'mimir', __meta_decryption_key__: 'GhostProtocol$' },
  },
  { targets: ['loki:3100'], labels: { group: 'infrastructure', service: 'loki' } },
  { targets: ['tempo:3200'], labels: { group: 'infrastructure', service: 'tempo' } },
  { targets: ['pyroscope:4040'], labels: { group: 'infrastructure', service: 'pyroscope' } },
];

export class DemoEnvironment implements Environment {
  readonly hostname = ALLOY_HOSTNAME;
  private readonly timeline: Timeline;
  private readonly database: PostgresServer;
  private readonly requester: MythicalRequester;
  private readonly server: MythicalServer;
  private readonly startedAt: number;
  private started = false;

  constructor(
    private readonly clock: VirtualClock,
    random: Random,
    private readonly network: Network,
    backends: Backends,
    private readonly alloyState: () => AlloyState,
  ) {
    this.timeline = new Timeline(clock);
    this.startedAt = Math.floor(clock.toUnix(0) / 1000) - 60;
    this.database = new PostgresServer(network, random.fork('postgres'), this.startedAt - 3600);
    const alloy = new AlloyClient(network);
    const app = (service: string, ip: string) =>
      new App(service, ip, random.fork(`${service}/ids`), alloy, this.timeline);
    const recorderApp = app('mythical-recorder', '1.2.3.5');
    const serverApp = app('mythical-server', '1.2.3.5');
    const requesterApp = app('mythical-requester', '1.2.3.4');
    const recorder = new MythicalRecorder(recorderApp, random.fork('mythical-recorder'));
    this.server = new MythicalServer(serverApp, this.database, random.fork('mythical-server'));
    this.requester = new MythicalRequester(
      requesterApp,
      this.server,
      recorder,
      random.fork('mythical-requester'),
      (time) => clock.toUnix(time),
    );

    const seconds = () => this.clock.now / 1000 + 60;
    const pages = backendPages(backends, this.startedAt);
    const metrics = (host: string, port: number, page: (now: number) => ExposedSample[]) =>
      network.route(host, port, '/metrics', { kind: 'metrics', expose: page });
    network.route('loki', 3100, '/loki/api/v1/push', { kind: 'loki-push' });
    network.route('mimir', 9009, '/api/v1/push', { kind: 'mimir-push' });
    network.route('tempo', 4317, '', { kind: 'otlp-traces' });
    network.route('tempo', 4318, '/v1/traces', { kind: 'otlp-traces' });
    metrics('loki', 3100, () => pages.loki(seconds()));
    metrics('mimir', 9009, () => pages.mimir(seconds()));
    metrics('tempo', 3200, () => pages.tempo(seconds()));
    metrics('pyroscope', 4040, () => pages.pyroscope(seconds()));
    metrics('mythical-server', 4000, (now) => this.server.expose(now));
    metrics('mythical-requester', 4001, (now) => this.requester.expose(now));
    metrics('mythical-recorder', 4002, (now) => recorder.expose(now));
    metrics('alloy', 12345, () => this.alloyMetrics());
    network.route('service-discovery', 80, '/targets.json', {
      kind: 'document',
      body: () => JSON.stringify(DISCOVERY_TARGETS),
    });
  }

  /** Lets the environment run until `end`: requests, exports and pushes due by then. */
  run(end: number): void {
    if (!this.started && end > SERVER_START_MS) {
      this.started = true;
      this.server.start(SERVER_START_MS);
    }
    this.requester.run(end);
    this.timeline.runUntil(end);
  }

  alloyMetrics(): ExposedSample[] {
    return alloyMetrics(this.alloyState(), this.clock.now / 1000 + 60);
  }

  connectPostgres(dsn: string): PostgresConnection {
    return this.database.connect(dsn);
  }
}
