/**
 * `prometheus.remote_write`: adds `external_labels` to samples that lack
 * those labels and sends them to each `endpoint` in batches (at most 2000
 * samples, or whatever is queued after 5 s). Recoverable failures
 * (connection errors, 5xx, 429) are retried with backoff indefinitely while
 * newer samples queue up; a 4xx answer drops the batch. Logged as Alloy's
 * remote write queue logs them.
 */
import { ConfigError } from '../config/body';
import type { LogFields } from '../alloy-log';
import type { MetricSample } from '../model';
import type { ComponentFactory } from './component';
import { RetryingClient, type AttemptOutcome } from './retrying-client';
import { QUEUE_FULL, SendQueue } from './send-queue';

const MAX_SAMPLES_PER_SEND = 2000;
const BATCH_SEND_DEADLINE_MS = 5000;
const SHARD_UPDATE_MS = 10_000;
/** Samples waiting behind a batch being retried; beyond this they are lost. */
const QUEUE_CAPACITY = 50_000;

type Endpoint = {
  url: string;
  context: LogFields;
  queue: SendQueue<MetricSample>;
  nextShardUpdate: number;
  client: RetryingClient<MetricSample>;
};

export const prometheusRemoteWrite: ComponentFactory = (context) => {
  const external = [...context.body.stringMap('external_labels')];
  const endpoints: Endpoint[] = context.body.blocksNamed('endpoint').map((block, index) => {
    const url = block.string('url');
    if (url === undefined || url === '') throw new ConfigError('endpoint > url is required');
    const remoteName = block.string('name') || shortHash(`${context.id}/${index}/${url}`);
    return {
      url,
      context: [
        ['subcomponent', 'rw'],
        ['remote_name', remoteName],
        ['url', url],
      ],
      queue: new SendQueue<MetricSample>(QUEUE_CAPACITY),
      nextShardUpdate: SHARD_UPDATE_MS,
      client: new RetryingClient<MetricSample>(
        { minBackoffMs: 30, maxBackoffMs: 5000, maxRetries: Number.POSITIVE_INFINITY },
        (samples) => context.sinks.remoteWrite(url, samples),
      ),
    };
  });

  for (const endpoint of endpoints) {
    context.log(0, 'info', 'Starting WAL watcher', endpoint.context);
    context.log(0, 'info', 'Done replaying WAL', [
      ...endpoint.context,
      ['duration', `${(1 + context.random.next() * 9).toFixed(3)}ms`],
    ]);
  }

  const report = (endpoint: Endpoint, outcome: AttemptOutcome, time: number) => {
    if (outcome.kind === 'delivered') context.sent(endpoint.url, outcome.items, null);
    else if (outcome.kind === 'retrying') {
      context.sent(endpoint.url, 0, outcome.error);
      context.log(time, 'warn', 'Failed to send batch, retrying', [
        ...endpoint.context,
        ['err', outcome.error],
      ]);
    } else {
      context.log(time, 'error', 'non-recoverable error', [
        ...endpoint.context,
        ['count', outcome.items],
        ['exemplarCount', 0],
        ['err', outcome.error],
      ]);
      context.sent(endpoint.url, outcome.items, outcome.error);
    }
  };

  return {
    receive(batch, now) {
      if (batch.signal !== 'metrics' || batch.samples.length === 0) return;
      const samples =
        external.length === 0 ? batch.samples : batch.samples.map((sample) => withExternal(sample, external));
      for (const endpoint of endpoints) {
        const lost = endpoint.queue.add(samples, now);
        if (lost > 0) context.sent(endpoint.url, lost, QUEUE_FULL);
      }
    },
    tick(now) {
      for (const endpoint of endpoints) {
        for (const outcome of endpoint.client.retryDue(now)) report(endpoint, outcome, now);
        while (!endpoint.client.busy && endpoint.queue.length > 0) {
          const full = endpoint.queue.length >= MAX_SAMPLES_PER_SEND;
          if (!full && now < endpoint.queue.waitingSince + BATCH_SEND_DEADLINE_MS) break;
          const items = endpoint.queue.take(now, MAX_SAMPLES_PER_SEND);
          if (!full) {
            context.log(now, 'debug', 'runShard timer ticked, sending buffered data', [
              ...endpoint.context,
              ['samples', items.length],
              ['exemplars', 0],
              ['shard', 0],
              ['histograms', 0],
            ]);
          }
          report(endpoint, endpoint.client.start(items, now), now);
        }
        // The queue manager reconsiders its number of shards every ten seconds.
        while (endpoint.nextShardUpdate <= now) {
          context.log(endpoint.nextShardUpdate, 'debug', 'QueueManager.updateShardsLoop', [
            ...endpoint.context,
            ['lowerBound', 0.7],
            ['desiredShards', Math.round(context.random.next() * 1e4) / 1e4],
            ['upperBound', 1.3],
          ]);
          endpoint.nextShardUpdate += SHARD_UPDATE_MS;
        }
      }
    },
  };
};

/** External labels never override a label the sample already has. */
function withExternal(sample: MetricSample, external: readonly [string, string][]): MetricSample {
  const labels: Record<string, string> = { ...sample.labels };
  for (const [name, value] of external)
    if (labels[name] === undefined || labels[name] === '') labels[name] = value;
  return { ...sample, labels };
}

/** Six hex digits naming a queue, as Alloy derives `remote_name` from the endpoint's config. */
function shortHash(text: string): string {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193);
  return (value >>> 0).toString(16).padStart(8, '0').slice(0, 6);
}
