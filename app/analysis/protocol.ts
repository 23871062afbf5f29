/** Messages between the page and the analysis worker. */
import type { Pipeline } from '../../src/analysis/pipeline';
import type { Diagnostic } from '../../src/syntax/diagnostic';

export type AnalysisRequest = { revision: number; source: string };

export type AnalysisResponse = {
  revision: number;
  diagnostics: Diagnostic[];
  pipeline: Pipeline;
};
