/**
 * The syntax tree of an Alloy file. Every node carries its source range as a
 * span of offsets (span.ts); names, labels and operators carry their own
 * ranges so that tools can point at exactly the part that matters.
 */
import type { Span } from './span';

export type AlloyFile = {
  kind: 'File';
  body: Statement[];
  /** Comment groups in source order (see the spec, 3.4). */
  comments: CommentGroup[];
  range: Span;
};

export type Comment = {
  /** The comment text including its delimiters (`// x` or `/* x *\/`), carriage returns removed. */
  text: string;
  range: Span;
};

/** A run of comments with no blank line or other token between them. */
export type CommentGroup = { comments: Comment[]; range: Span };

export type Statement = Attribute | Block;

export type Identifier = { name: string; range: Span };

export type Attribute = {
  kind: 'Attribute';
  name: Identifier;
  value: Expression;
  range: Span;
};

export type Block = {
  kind: 'Block';
  /** The dotted name as written, e.g. `prometheus.scrape`. */
  name: string;
  /** Range of the whole dotted name. */
  nameRange: Span;
  /** The label's raw text between the quotes; null when absent or empty. */
  label: { value: string; range: Span } | null;
  body: Statement[];
  /** Range of `{`. */
  openBrace: Span;
  /** Range of `}`; null when the file ended before the block was closed. */
  closeBrace: Span | null;
  range: Span;
};

export type Expression =
  | LiteralExpr
  | IdentifierExpr
  | ArrayExpr
  | ObjectExpr
  | AccessExpr
  | IndexExpr
  | CallExpr
  | UnaryExpr
  | BinaryExpr
  | ParenExpr
  | InvalidExpr;

export type LiteralToken = 'NUMBER' | 'FLOAT' | 'STRING' | 'BOOL' | 'NULL';

export type LiteralExpr = {
  kind: 'Literal';
  token: LiteralToken;
  /** The literal exactly as written: quotes and escapes of strings included. */
  raw: string;
  range: Span;
};

export type IdentifierExpr = { kind: 'Identifier'; name: string; range: Span };

export type ArrayExpr = { kind: 'Array'; elements: Expression[]; range: Span };

export type ObjectField = {
  /** The key: an identifier, or the raw text between the quotes of a quoted key. */
  name: string;
  nameRange: Span;
  quoted: boolean;
  value: Expression;
  range: Span;
};

export type ObjectExpr = { kind: 'Object'; fields: ObjectField[]; range: Span };

/** `value.name` */
export type AccessExpr = { kind: 'Access'; value: Expression; name: Identifier; range: Span };

/** `value[index]` */
export type IndexExpr = { kind: 'Index'; value: Expression; index: Expression; range: Span };

export type CallExpr = { kind: 'Call'; callee: Expression; args: Expression[]; range: Span };

export type UnaryOperator = '!' | '-';

export type UnaryExpr = {
  kind: 'Unary';
  operator: UnaryOperator;
  operatorRange: Span;
  operand: Expression;
  range: Span;
};

export type BinaryOperator =
  '||' | '&&' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/' | '%' | '^';

export type BinaryExpr = {
  kind: 'Binary';
  operator: BinaryOperator;
  operatorRange: Span;
  left: Expression;
  right: Expression;
  range: Span;
};

export type ParenExpr = { kind: 'Paren'; inner: Expression; range: Span };

/**
 * Stands where an expression was expected but could not be parsed; a
 * diagnostic has been reported for it. It evaluates to an unknown value so
 * that one mistake never causes a second, false one.
 */
export type InvalidExpr = { kind: 'Invalid'; range: Span };
