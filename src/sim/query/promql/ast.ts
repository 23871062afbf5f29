/**
 * The PromQL expressions the simulator evaluates, built from the official
 * Lezer tree. Every node keeps its span in the parsed text for diagnostics
 * and its static value type, checked as Prometheus's parser checks it.
 */
import type { LabelMatcher } from '../../store/labels';
import type { AggregationOp, Grouping } from '../common/aggregation';
import type { ArithmeticOp, BinaryOp, ComparisonOp, VectorMatching } from '../common/binary';

export type ValueType = 'scalar' | 'vector' | 'matrix' | 'string';

type Node = { from: number; to: number };

export type NumberLiteral = Node & { type: 'number'; value: number };
export type StringLiteral = Node & { type: 'string'; value: string };

export type VectorSelector = Node & {
  type: 'vector-selector';
  matchers: LabelMatcher[];
  offsetMs: number;
};

export type MatrixSelector = Node & {
  type: 'matrix-selector';
  selector: VectorSelector;
  rangeMs: number;
};

/** `expr[range:step]`: the inner expression evaluated at aligned steps. */
export type Subquery = Node & {
  type: 'subquery';
  expr: Expr;
  rangeMs: number;
  /** Null when not written: the default evaluation interval. */
  stepMs: number | null;
  offsetMs: number;
};

/** The expressions of type range vector. */
export type RangeExpr = MatrixSelector | Subquery;

export type Call = Node & { type: 'call'; name: string; args: Expr[] };

export type Aggregate = Node & {
  type: 'aggregate';
  op: AggregationOp;
  grouping: Grouping | null;
  parameter: Expr | null;
  expr: Expr;
};

export type Binary = Node & {
  type: 'binary';
  op: BinaryOp;
  left: Expr;
  right: Expr;
  matching: VectorMatching;
  returnBool: boolean;
};

export type Unary = Node & { type: 'unary'; op: '-' | '+'; expr: Expr };

export type Expr =
  | NumberLiteral
  | StringLiteral
  | VectorSelector
  | MatrixSelector
  | Subquery
  | Call
  | Aggregate
  | Binary
  | Unary;

export type { ArithmeticOp, ComparisonOp };
