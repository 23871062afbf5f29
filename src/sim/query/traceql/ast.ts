/**
 * The TraceQL queries the simulator evaluates, built from the official
 * Lezer tree: spanset filters over span fields, spanset operators, and
 * pipelines with scalar filters and `select`.
 */

export type StatusValue = 'error' | 'ok' | 'unset';
export type KindValue = 'unspecified' | 'internal' | 'server' | 'client' | 'producer' | 'consumer';

/** A typed TraceQL value; durations in nanoseconds. */
export type Value =
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'duration'; value: number }
  | { type: 'status'; value: StatusValue }
  | { type: 'kind'; value: KindValue }
  | { type: 'nil' };

export type Intrinsic =
  | 'name'
  | 'status'
  | 'statusMessage'
  | 'duration'
  | 'kind'
  | 'rootName'
  | 'rootServiceName'
  | 'traceDuration'
  | 'spanId'
  | 'traceId';

export type Scope = 'span' | 'resource' | 'any';

export type FieldOp =
  '=' | '!=' | '>' | '>=' | '<' | '<=' | '=~' | '!~' | '+' | '-' | '*' | '/' | '%' | '^' | '&&' | '||';

export type FieldExpr =
  | { type: 'static'; value: Value }
  | { type: 'attribute'; scope: Scope; name: string; text: string }
  | { type: 'intrinsic'; name: Intrinsic; text: string }
  | { type: 'not' | 'negate'; expr: FieldExpr }
  | { type: 'binary'; op: FieldOp; left: FieldExpr; right: FieldExpr; regex: RegExp | null };

export type SpansetOp = '&&' | '||' | '>' | '>>' | '<' | '<<' | '~';

export type Aggregate = 'count' | 'avg' | 'max' | 'min' | 'sum';

export type ComparisonOp = '=' | '!=' | '>' | '>=' | '<' | '<=';

export type Stage =
  | { type: 'filter'; expr: FieldExpr }
  | { type: 'combine'; op: SpansetOp; left: Pipeline; right: Pipeline }
  | { type: 'scalar-filter'; aggregate: Aggregate; field: FieldExpr | null; op: ComparisonOp; value: Value }
  | { type: 'select'; fields: FieldExpr[] };

/** Stages applied in order to the spans of each trace. */
export type Pipeline = Stage[];
