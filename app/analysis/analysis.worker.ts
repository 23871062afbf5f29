/**
 * Analyses the learner's source off the main thread, so that typing never
 * waits for validation or the pipeline model.
 */
import { analyze } from '../../src/analysis';
import type { AnalysisRequest, AnalysisResponse } from './protocol';

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { revision, source } = event.data;
  const { diagnostics, pipeline } = analyze(source);
  const response: AnalysisResponse = { revision, diagnostics, pipeline };
  self.postMessage(response);
};
