/**
 * What the free playground can start from: an empty editor, the complete
 * workshop configuration, or one of a few small real pipelines.
 */
import { bundledLessons, referenceConfig } from '../../src/lessons';
import logs from './examples/logs.alloy?raw';
import metrics from './examples/metrics.alloy?raw';
import traces from './examples/traces.alloy?raw';

export type Starter = { id: string; title: string; description: string; source(): string };

export const STARTERS: readonly Starter[] = [
  { id: 'blank', title: 'Blank', description: 'An empty configuration', source: () => '' },
  {
    id: 'workshop',
    title: 'Complete workshop',
    description: 'The reference configuration after the last section',
    source: workshopConfig,
  },
  {
    id: 'logs',
    title: 'Logs example',
    description: 'Log files, filtered and labelled, into Loki',
    source: () => logs,
  },
  {
    id: 'metrics',
    title: 'Metrics example',
    description: 'Host metrics, relabelled, into Mimir',
    source: () => metrics,
  },
  {
    id: 'traces',
    title: 'Traces example',
    description: 'OTLP traces, batched, into Tempo',
    source: () => traces,
  },
];

/** The reference configuration of the course's last section: every section's solution, laid over one another. */
export function workshopConfig(): string {
  const course = bundledLessons();
  const sections = course.lessons.filter((lesson) => lesson.kind === 'section');
  const last = sections.at(-1);
  return last ? referenceConfig(course, last) : '';
}
