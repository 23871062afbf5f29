/**
 * `histogram_quantile` over classic buckets, as Prometheus computes it:
 * buckets sorted by their `le` bound, counts forced monotonic, the rank
 * φ × total located in a bucket and interpolated linearly inside it; the
 * first bucket starts at 0 (unless its bound is not positive); a rank in
 * the +Inf bucket yields the largest finite bound.
 */

export type Bucket = { upperBound: number; count: number };

export function bucketQuantile(phi: number, unsorted: readonly Bucket[]): number {
  if (Number.isNaN(phi)) return NaN;
  if (phi < 0) return -Infinity;
  if (phi > 1) return Infinity;
  const buckets = coalesce([...unsorted].sort((a, b) => a.upperBound - b.upperBound));
  const last = buckets.length - 1;
  if (buckets.length < 2 || (buckets[last] as Bucket).upperBound !== Infinity) return NaN;
  makeMonotonic(buckets);

  const observations = (buckets[last] as Bucket).count;
  if (observations === 0) return NaN;
  let rank = phi * observations;
  let index = buckets.findIndex((bucket) => bucket.count >= rank);
  if (index === -1) index = last;
  if (index === last) return (buckets[last - 1] as Bucket).upperBound;
  const bucket = buckets[index] as Bucket;
  if (index === 0 && bucket.upperBound <= 0) return bucket.upperBound;

  let start = 0;
  let count = bucket.count;
  if (index > 0) {
    const previous = buckets[index - 1] as Bucket;
    start = previous.upperBound;
    count -= previous.count;
    rank -= previous.count;
  }
  return start + (bucket.upperBound - start) * (rank / count);
}

/** Buckets with the same bound (e.g. `le="1"` and `le="1.0"`) add up. */
function coalesce(sorted: Bucket[]): Bucket[] {
  const result: Bucket[] = [];
  for (const bucket of sorted) {
    const previous = result[result.length - 1];
    if (previous && previous.upperBound === bucket.upperBound) previous.count += bucket.count;
    else result.push({ ...bucket });
  }
  return result;
}

/** Counts must not decrease with the bound; a dip is raised to the maximum so far. */
function makeMonotonic(buckets: Bucket[]): void {
  let max = -Infinity;
  for (const bucket of buckets) {
    if (bucket.count < max) bucket.count = max;
    else max = bucket.count;
  }
}

/** Parses an `le` label as Go's ParseFloat would; null when malformed. */
export function parseBound(text: string | undefined): number | null {
  if (text === undefined) return null;
  const trimmed = text.trim();
  if (/^[+]?inf(inity)?$/i.test(trimmed)) return Infinity;
  if (/^-inf(inity)?$/i.test(trimmed)) return -Infinity;
  if (trimmed === '' || !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return null;
  return Number(trimmed);
}
