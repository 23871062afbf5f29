/**
 * The shared ELK instance. It runs in a Web Worker (elkjs's own worker build,
 * bundled as a local asset) so that layout never blocks typing.
 */
import ELK from 'elkjs/lib/elk-api.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import type { LayoutEngine } from '../../src/graph-model/elk-graph';

let engine: LayoutEngine | null = null;

export function layoutEngine(): LayoutEngine {
  engine ??= new ELK({ workerUrl: elkWorkerUrl });
  return engine;
}
