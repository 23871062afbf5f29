import { canonicalBlockPath } from './catalog';

/**
 * The fixed set of strings some arguments accept, for value completion and
 * validation. The source data has no enumerations (the docs give them in
 * prose), so this is a hand-written table limited to the arguments a workshop
 * learner sets; each list is what Alloy accepts, in the order the docs give.
 */

type AllowedValues = {
  components: readonly string[];
  blockPath: readonly string[];
  argument: string;
  values: readonly string[];
};

const RELABEL_ACTIONS = [
  'replace',
  'keep',
  'drop',
  'hashmod',
  'labelmap',
  'labeldrop',
  'labelkeep',
  'lowercase',
  'uppercase',
  'keepequal',
  'dropequal',
];

/** Components whose `rule` blocks are Prometheus-style relabel rules. */
const RELABEL_RULE_COMPONENTS = [
  'discovery.relabel',
  'loki.relabel',
  'prometheus.relabel',
  'pyroscope.relabel',
  'prometheus.operator.podmonitors',
  'prometheus.operator.probes',
  'prometheus.operator.scrapeconfigs',
  'prometheus.operator.servicemonitors',
];

const OTTL_ERROR_MODES = ['ignore', 'silent', 'propagate'];

const TABLE: readonly AllowedValues[] = [
  { components: ['logging'], blockPath: [], argument: 'level', values: ['debug', 'info', 'warn', 'error'] },
  { components: ['logging'], blockPath: [], argument: 'format', values: ['logfmt', 'json'] },
  { components: RELABEL_RULE_COMPONENTS, blockPath: ['rule'], argument: 'action', values: RELABEL_ACTIONS },
  { components: ['loki.process'], blockPath: ['stage.match'], argument: 'action', values: ['keep', 'drop'] },
  {
    components: ['loki.process'],
    blockPath: ['stage.timestamp'],
    argument: 'action_on_failure',
    values: ['fudge', 'skip'],
  },
  {
    components: ['discovery.kubernetes'],
    blockPath: [],
    argument: 'role',
    values: ['node', 'service', 'pod', 'endpoints', 'endpointslice', 'ingress'],
  },
  { components: ['prometheus.scrape'], blockPath: [], argument: 'scheme', values: ['http', 'https'] },
  {
    components: ['otelcol.processor.attributes'],
    blockPath: ['action'],
    argument: 'action',
    values: ['insert', 'update', 'upsert', 'delete', 'hash', 'extract', 'convert'],
  },
  {
    components: ['otelcol.processor.attributes'],
    blockPath: ['include'],
    argument: 'match_type',
    values: ['strict', 'regexp'],
  },
  {
    components: ['otelcol.processor.attributes'],
    blockPath: ['exclude'],
    argument: 'match_type',
    values: ['strict', 'regexp'],
  },
  {
    components: ['otelcol.processor.filter'],
    blockPath: [],
    argument: 'error_mode',
    values: OTTL_ERROR_MODES,
  },
  {
    components: ['otelcol.processor.transform'],
    blockPath: [],
    argument: 'error_mode',
    values: OTTL_ERROR_MODES,
  },
  {
    components: ['otelcol.connector.spanmetrics'],
    blockPath: [],
    argument: 'aggregation_temporality',
    values: ['CUMULATIVE', 'DELTA'],
  },
];

/** The argument names the table lists: most arguments are not among them, and need no block path resolved. */
const LISTED_ARGUMENTS: ReadonlySet<string> = new Set(TABLE.map((entry) => entry.argument));

const samePath = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((name, i) => name === b[i]);

/**
 * The strings an argument accepts, or undefined when any string will do (or
 * when we have not listed them). `blockPath` is the path of block names as in
 * getBlockSchema (`['stage.match', 'stage.timestamp']` works too).
 */
export function getAllowedValues(
  component: string,
  blockPath: readonly string[],
  argument: string,
): readonly string[] | undefined {
  if (!LISTED_ARGUMENTS.has(argument)) return undefined;
  const path = canonicalBlockPath(component, blockPath);
  if (!path) return undefined;
  return TABLE.find(
    (entry) =>
      entry.argument === argument && entry.components.includes(component) && samePath(entry.blockPath, path),
  )?.values;
}
