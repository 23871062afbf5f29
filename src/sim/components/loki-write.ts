/**
 * `loki.write`: adds `external_labels` to every entry and pushes batches to
 * each `endpoint` (every endpoint gets everything). A batch goes out once
 * `batch_wait` has passed since its first entry. Failed pushes are retried
 * with backoff and logged as Alloy's Loki client logs them.
 */
import type { LogEntry } from '../model';
import { ConfigError } from '../config/body';
import type { ComponentFactory } from './component';
import { RetryingClient, type AttemptOutcome } from './retrying-client';
import { QUEUE_FULL, SendQueue } from './send-queue';

/** Entries an endpoint's queue holds (Alloy's default capacity is 10MiB of entries). */
const QUEUE_CAPACITY = 20_000;

/** The host part of a URL as Go's `url.URL.Host` has it: `loki:3100`. */
function urlHost(url: string): string {
  return /^[a-zA-Z][\w+.-]*:\/\/([^/?#]*)/.exec(url)?.[1] ?? '';
}

type Endpoint = {
  url: string;
  host: string;
  batchWaitMs: number;
  queue: SendQueue<LogEntry>;
  client: RetryingClient<LogEntry>;
};

export const lokiWrite: ComponentFactory = (context) => {
  const external = [...context.body.stringMap('external_labels')];
  const endpoints: Endpoint[] = context.body.blocksNamed('endpoint').map((block) => {
    const url = block.string('url');
    if (url === undefined || url === '') throw new ConfigError('endpoint > url is required');
    return {
      url,
      host: urlHost(url),
      batchWaitMs: block.duration('batch_wait', '1s'),
      queue: new SendQueue<LogEntry>(QUEUE_CAPACITY),
      client: new RetryingClient<LogEntry>(
        {
          minBackoffMs: block.duration('min_backoff_period', '500ms'),
          maxBackoffMs: block.duration('max_backoff_period', '5m'),
          maxRetries: block.number('max_backoff_retries', 10),
        },
        (entries) => context.sinks.pushLogs(url, entries, context.clock.now),
      ),
    };
  });

  const report = (endpoint: Endpoint, outcome: AttemptOutcome, time: number) => {
    const fields = [
      ['component', 'client'],
      ['host', endpoint.host],
    ] as const;
    if (outcome.kind === 'delivered') {
      context.sent(endpoint.url, outcome.items, null);
      return;
    }
    const details = [
      ['status', outcome.status],
      ['tenant', ''],
      ['error', outcome.error],
    ] as const;
    if (outcome.kind === 'retrying') {
      context.log(time, 'warn', 'error sending batch, will retry', [...fields, ...details]);
      context.sent(endpoint.url, 0, outcome.error);
    } else {
      context.log(time, 'error', 'final error sending batch', [...fields, ...details]);
      context.sent(endpoint.url, outcome.items, outcome.error);
    }
  };

  return {
    receive(batch, now) {
      if (batch.signal !== 'logs' || batch.entries.length === 0) return;
      const entries =
        external.length === 0
          ? batch.entries
          : batch.entries.map((entry) => {
              const labels: Record<string, string> = { ...entry.labels };
              for (const [name, value] of external) labels[name] = value;
              return { ...entry, labels };
            });
      for (const endpoint of endpoints) {
        const lost = endpoint.queue.add(entries, now);
        if (lost > 0) context.sent(endpoint.url, lost, QUEUE_FULL);
      }
    },
    tick(now) {
      for (const endpoint of endpoints) {
        for (const outcome of endpoint.client.retryDue(now)) report(endpoint, outcome, now);
        if (endpoint.client.busy || endpoint.queue.length === 0) continue;
        if (now < endpoint.queue.waitingSince + endpoint.batchWaitMs) continue;
        report(endpoint, endpoint.client.start(endpoint.queue.take(now), now), now);
      }
    },
  };
};
