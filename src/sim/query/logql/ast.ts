/**
 * The LogQL expressions the simulator evaluates, built from the official
 * Lezer tree: log queries (a stream selector and a pipeline) and metric
 * queries over them. Nodes keep their span in the parsed text.
 */
import type { LabelMatcher } from '../../store/labels';
import type { AggregationOp, Grouping } from '../common/aggregation';
import type { BinaryOp, ComparisonOp, VectorMatching } from '../common/binary';
import type { Template } from './template';

type Node = { from: number; to: number };

export type LineFilter = Node & {
  type: 'line-filter';
  /** `|=` and `|~` keep lines containing / matching any value; `!=` and `!~` drop them. */
  op: '|=' | '!=' | '|~' | '!~';
  values: string[];
  regexes: RegExp[];
};

export type JsonPathStep = string | number;

export type JsonParserStage = Node & {
  type: 'json';
  /** Null extracts every field; otherwise the listed label ← path pairs. */
  extractions: { label: string; path: JsonPathStep[] }[] | null;
};

export type LogfmtParserStage = Node & {
  type: 'logfmt';
  strict: boolean;
  keepEmpty: boolean;
  extractions: { label: string; key: string }[] | null;
};

export type RegexpParserStage = Node & { type: 'regexp'; regex: RegExp; names: string[] };

export type LabelFilter =
  | { type: 'and' | 'or'; left: LabelFilter; right: LabelFilter }
  | { type: 'matcher'; matcher: LabelMatcher }
  | { type: 'number' | 'duration' | 'bytes'; name: string; op: ComparisonOp; value: number };

export type LabelFilterStage = Node & { type: 'label-filter'; filter: LabelFilter };

export type LineFormatStage = Node & { type: 'line-format'; template: Template };

export type LabelFormatStage = Node & {
  type: 'label-format';
  operations: ({ target: string; source: string } | { target: string; template: Template })[];
};

/** `drop` and `keep`: by name, or by name and value matcher. */
export type LabelSelectionStage = Node & {
  type: 'drop' | 'keep';
  labels: { name: string; matcher: LabelMatcher | null }[];
};

export type DecolorizeStage = Node & { type: 'decolorize' };

export type Stage =
  | LineFilter
  | JsonParserStage
  | LogfmtParserStage
  | RegexpParserStage
  | LabelFilterStage
  | LineFormatStage
  | LabelFormatStage
  | LabelSelectionStage
  | DecolorizeStage;

export type LogQuery = Node & { type: 'log'; matchers: LabelMatcher[]; stages: Stage[] };

export type Unwrap = {
  label: string;
  conversion: 'none' | 'duration' | 'bytes';
  /** Label filters written after `unwrap`, applied to the samples. */
  filters: LabelFilter[];
};

export type RangeOp =
  | 'count_over_time'
  | 'rate'
  | 'bytes_over_time'
  | 'bytes_rate'
  | 'sum_over_time'
  | 'avg_over_time'
  | 'min_over_time'
  | 'max_over_time'
  | 'first_over_time'
  | 'last_over_time';

export type RangeAggregation = Node & {
  type: 'range';
  op: RangeOp;
  log: LogQuery;
  rangeMs: number;
  offsetMs: number;
  unwrap: Unwrap | null;
  grouping: Grouping | null;
};

export type VectorAggregation = Node & {
  type: 'aggregate';
  op: AggregationOp;
  grouping: Grouping | null;
  parameter: number;
  expr: MetricQuery;
};

export type BinaryMetric = Node & {
  type: 'binary';
  op: BinaryOp;
  left: MetricQuery;
  right: MetricQuery;
  matching: VectorMatching;
  returnBool: boolean;
};

export type Literal = Node & { type: 'literal'; value: number };

/** `vector(0)`: a single sample without labels. */
export type VectorLiteral = Node & { type: 'vector'; value: number };

export type MetricQuery = RangeAggregation | VectorAggregation | BinaryMetric | Literal | VectorLiteral;

export type Query = LogQuery | MetricQuery;
