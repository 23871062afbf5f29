/**
 * Assembles the results of metric queries: range queries gather the
 * samples of every step into one series per label set; both kinds list
 * series in label order so results are stable.
 */
import type { Labels } from '../../model';
import type { InstantSample } from './instant-vector';
import { signature } from './instant-vector';
import type { MatrixSeries } from './result';

export function collectMatrix(
  times: readonly number[],
  samplesAt: (time: number) => readonly InstantSample[],
): MatrixSeries[] {
  const series = new Map<string, MatrixSeries>();
  for (const time of times) {
    for (const { labels, value } of samplesAt(time)) {
      const key = signature(labels);
      let entry = series.get(key);
      if (!entry) series.set(key, (entry = { labels, points: [] }));
      entry.points.push({ timestamp: time, value });
    }
  }
  return sortByLabels([...series.values()]);
}

export function sortByLabels<T extends { labels: Labels }>(items: T[]): T[] {
  const keyed = items.map((item) => ({ item, key: signature(item.labels) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map(({ item }) => item);
}
