/**
 * Sends requests to a worker one at a time: while one is being handled,
 * newer requests take each other's place and only the latest is sent next.
 * However fast requests come, the worker never falls behind.
 */

/** The part of a Worker the client uses. */
export type RequestPort = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>;

export type LatestRequestClient<Request> = {
  send(request: Request): void;
  /** Stops the worker, with whatever it was handling. */
  dispose(): void;
};

/** How a newer request takes the place of the one still waiting; by default it simply replaces it. */
export type Supersede<Request> = (waiting: Request, newer: Request) => Request;

export function createLatestRequestClient<Request extends object, Response>(
  worker: RequestPort,
  onResponse: (response: Response) => void,
  supersede: Supersede<Request> = (_waiting, newer) => newer,
): LatestRequestClient<Request> {
  let busy = false;
  let waiting: Request | null = null;

  const post = (request: Request) => {
    busy = true;
    worker.postMessage(request);
  };

  const sendWaiting = () => {
    busy = false;
    if (waiting === null) return;
    post(waiting);
    waiting = null;
  };

  worker.onmessage = (event: MessageEvent<Response>) => {
    sendWaiting();
    onResponse(event.data);
  };
  // The browser reports a failed request on the console; go on with the next one.
  worker.onerror = sendWaiting;

  return {
    send(request) {
      if (!busy) post(request);
      else waiting = waiting === null ? request : supersede(waiting, request);
    },
    dispose() {
      worker.terminate();
    },
  };
}
