/**
 * The retry loop Alloy's HTTP clients share in spirit: a batch that fails
 * with a retryable error is tried again after a backoff that doubles from
 * `minBackoff` up to `maxBackoff`, at most `maxRetries` times, and then
 * given up; a non-retryable error gives it up at once. While a batch is
 * being retried, newer data waits behind it.
 */
import type { Delivery } from '../sinks';

export type RetryPolicy = { minBackoffMs: number; maxBackoffMs: number; maxRetries: number };

export type AttemptOutcome =
  | { kind: 'delivered'; items: number }
  | { kind: 'retrying'; items: number; error: string; status: number; retries: number }
  | { kind: 'failed'; items: number; error: string; status: number };

export class RetryingClient<T> {
  private batch: T[] | null = null;
  private retries = 0;
  private nextAttempt = 0;

  constructor(
    private readonly policy: RetryPolicy,
    private readonly send: (items: readonly T[]) => Delivery,
  ) {}

  /** Whether a batch is waiting for its next attempt. */
  get busy(): boolean {
    return this.batch !== null;
  }

  /** Starts sending a new batch now; call only when not busy. */
  start(items: T[], now: number): AttemptOutcome {
    this.batch = items;
    this.retries = 0;
    this.nextAttempt = now;
    return this.attempt(now) as AttemptOutcome;
  }

  /** Makes the retry attempts that are due by `now`. */
  retryDue(now: number): AttemptOutcome[] {
    const outcomes: AttemptOutcome[] = [];
    while (this.batch !== null && this.nextAttempt <= now) {
      const outcome = this.attempt(this.nextAttempt);
      if (outcome) outcomes.push(outcome);
    }
    return outcomes;
  }

  private attempt(time: number): AttemptOutcome | null {
    const batch = this.batch;
    if (batch === null) return null;
    const delivery = this.send(batch);
    if (delivery.ok) {
      this.batch = null;
      return { kind: 'delivered', items: batch.length };
    }
    if (!delivery.retryable || this.retries >= this.policy.maxRetries) {
      this.batch = null;
      return { kind: 'failed', items: batch.length, error: delivery.error, status: delivery.status };
    }
    const backoff = Math.min(this.policy.maxBackoffMs, this.policy.minBackoffMs * 2 ** this.retries);
    this.retries++;
    this.nextAttempt = time + backoff;
    return {
      kind: 'retrying',
      items: batch.length,
      error: delivery.error,
      status: delivery.status,
      retries: this.retries,
    };
  }
}
