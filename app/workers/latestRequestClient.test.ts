import { describe, expect, it } from 'vitest';
import { createLatestRequestClient, type RequestPort } from './latestRequestClient';

type Request = { id: number; urgent?: boolean };
type Response = { id: number };

/** Stands in for a Worker: records what is posted and answers when told. */
class FakeWorker implements RequestPort {
  posted: Request[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<Response>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;

  postMessage(request: Request): void {
    this.posted.push(request);
  }

  terminate(): void {
    this.terminated = true;
  }

  answer(response: Response): void {
    this.onmessage?.(new MessageEvent('message', { data: response }));
  }

  fail(): void {
    this.onerror?.(new Event('error'));
  }
}

function setUp(supersede?: (waiting: Request, newer: Request) => Request) {
  const worker = new FakeWorker();
  const responses: Response[] = [];
  const client = createLatestRequestClient<Request, Response>(
    worker,
    (response) => responses.push(response),
    supersede,
  );
  return { worker, responses, client };
}

describe('createLatestRequestClient', () => {
  it('sends a request at once while the worker is idle', () => {
    const { worker, client } = setUp();
    client.send({ id: 1 });
    expect(worker.posted).toEqual([{ id: 1 }]);
  });

  it('holds back requests while the worker is busy and sends only the latest next', () => {
    const { worker, client } = setUp();
    client.send({ id: 1 });
    client.send({ id: 2 });
    client.send({ id: 3 });
    expect(worker.posted).toEqual([{ id: 1 }]);

    worker.answer({ id: 1 });
    expect(worker.posted).toEqual([{ id: 1 }, { id: 3 }]);
  });

  it('passes each answer on and, with nothing waiting, sends the next request at once', () => {
    const { worker, responses, client } = setUp();
    client.send({ id: 1 });
    worker.answer({ id: 1 });
    client.send({ id: 2 });
    expect(worker.posted).toEqual([{ id: 1 }, { id: 2 }]);

    worker.answer({ id: 2 });
    expect(responses).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('goes on with the waiting request when the worker fails', () => {
    const { worker, responses, client } = setUp();
    client.send({ id: 1 });
    client.send({ id: 2 });
    worker.fail();
    expect(worker.posted).toEqual([{ id: 1 }, { id: 2 }]);
    expect(responses).toEqual([]);
  });

  it('lets a newer request take what it needs from the one it replaces', () => {
    const { worker, client } = setUp((waiting, newer) => ({
      ...newer,
      urgent: newer.urgent || waiting.urgent,
    }));
    client.send({ id: 1 });
    client.send({ id: 2, urgent: true });
    client.send({ id: 3, urgent: false });
    worker.answer({ id: 1 });
    expect(worker.posted).toEqual([{ id: 1 }, { id: 3, urgent: true }]);
  });

  it('stops the worker when disposed', () => {
    const { worker, client } = setUp();
    client.dispose();
    expect(worker.terminated).toBe(true);
  });
});
