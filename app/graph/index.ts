export { PipelineGraph } from './PipelineGraph';
export type { EdgeFlow, PipelineGraphProps, GraphTheme } from './props';
