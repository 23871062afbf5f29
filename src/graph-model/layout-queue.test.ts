import { describe, expect, it } from 'vitest';
import { createLayoutQueue } from './layout-queue';
import { SETTLED, type GraphLayout } from './stable-layout';

/** A layout task that finishes only when told to, with a layout named `key`. */
function manualTask(key: string) {
  let finish = () => {};
  let started = false;
  const task = () => {
    started = true;
    return new Promise<GraphLayout | null>((resolve) => {
      finish = () => resolve({ key, order: [], positions: new Map(), unsettled: SETTLED });
    });
  };
  return { task, finish: () => finish(), started: () => started };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createLayoutQueue', () => {
  it('runs one layout at a time and, of the requests made meanwhile, only the newest', async () => {
    const queue = createLayoutQueue();
    const delivered: (string | undefined)[] = [];
    const deliver = (layout: GraphLayout | null) => delivered.push(layout?.key);
    const [a, b, c] = [manualTask('a'), manualTask('b'), manualTask('c')];

    queue.request(a.task, deliver);
    queue.request(b.task, deliver);
    queue.request(c.task, deliver);
    await settle();
    expect([a.started(), b.started(), c.started()]).toEqual([true, false, false]);

    a.finish();
    await settle();
    expect([b.started(), c.started()]).toEqual([false, true]);

    c.finish();
    await settle();
    expect(delivered).toEqual(['a', 'c']);
  });

  it('delivers null for a task that fails, and keeps going', async () => {
    const queue = createLayoutQueue();
    const delivered: (string | null)[] = [];
    const deliver = (layout: GraphLayout | null) => delivered.push(layout?.key ?? null);
    const next = manualTask('next');
    queue.request(() => Promise.reject(new Error('engine down')), deliver);
    queue.request(next.task, deliver);
    await settle();
    next.finish();
    await settle();
    expect(delivered).toEqual([null, 'next']);
  });
});
