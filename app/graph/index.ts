export { PipelineGraph } from './PipelineGraph';
export type { PipelineGraphProps, GraphTheme } from './props';
