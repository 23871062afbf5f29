/**
 * The syntax tree of an Alloy file. Every node carries its own offsets,
 * `start` and `end` (half-open, UTF-16), so that every node is a `Span`
 * (span.ts) without holding one: a large file's tree keeps millions of
 * nodes, and a span object per node would more than double their number.
 * The parts that tools point at carry offsets too, in the fewest numbers
 * that place them: a name begins where its block or field begins, so only
 * its end is kept; braces and operators are as long as their text, so only
 * their start (part-span.ts makes spans of them). Every number in the tree
 * is an offset.
 */

export type AlloyFile = {
  kind: 'File';
  body: Statement[];
  /** Comment groups in source order (see the spec, 3.4). */
  comments: CommentGroup[];
  start: number;
  end: number;
};

export type Comment = {
  /** The comment text including its delimiters (`// x` or `/* x *\/`), carriage returns removed. */
  text: string;
  start: number;
  end: number;
};

/** A run of comments with no blank line or other token between them. */
export type CommentGroup = { comments: Comment[]; start: number; end: number };

export type Statement = Attribute | Block;

export type Identifier = { name: string; start: number; end: number };

export type Attribute = {
  kind: 'Attribute';
  name: Identifier;
  value: Expression;
  start: number;
  end: number;
};

export type Block = {
  kind: 'Block';
  /** The dotted name as written, e.g. `prometheus.scrape`. */
  name: string;
  /** End of the whole dotted name, which begins at `start`. */
  nameEnd: number;
  /** The label's raw text between the quotes, and where the label (quotes included) lies; null when absent or empty. */
  label: Label | null;
  body: Statement[];
  /** Offset of `{`. */
  openBrace: number;
  /** Offset of `}`; null when the file ended before the block was closed. */
  closeBrace: number | null;
  start: number;
  end: number;
};

export type Label = { value: string; start: number; end: number };

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
  start: number;
  end: number;
};

export type IdentifierExpr = { kind: 'Identifier'; name: string; start: number; end: number };

export type ArrayExpr = { kind: 'Array'; elements: Expression[]; start: number; end: number };

export type ObjectField = {
  /** The key: an identifier, or the raw text between the quotes of a quoted key. */
  name: string;
  /** End of the key (quotes included), which begins at `start`. */
  nameEnd: number;
  quoted: boolean;
  value: Expression;
  start: number;
  end: number;
};

export type ObjectExpr = { kind: 'Object'; fields: ObjectField[]; start: number; end: number };

/** `value.name` */
export type AccessExpr = { kind: 'Access'; value: Expression; name: Identifier; start: number; end: number };

/** `value[index]` */
export type IndexExpr = { kind: 'Index'; value: Expression; index: Expression; start: number; end: number };

export type CallExpr = { kind: 'Call'; callee: Expression; args: Expression[]; start: number; end: number };

export type UnaryOperator = '!' | '-';

export type UnaryExpr = {
  kind: 'Unary';
  operator: UnaryOperator;
  /** Offset of the operator, which is one character long. */
  operatorStart: number;
  operand: Expression;
  start: number;
  end: number;
};

export type BinaryOperator =
  '||' | '&&' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/' | '%' | '^';

export type BinaryExpr = {
  kind: 'Binary';
  operator: BinaryOperator;
  /** Offset of the operator, which spans `operator.length` characters. */
  operatorStart: number;
  left: Expression;
  right: Expression;
  start: number;
  end: number;
};

export type ParenExpr = { kind: 'Paren'; inner: Expression; start: number; end: number };

/**
 * Stands where an expression was expected but could not be parsed; a
 * diagnostic has been reported for it. It evaluates to an unknown value so
 * that one mistake never causes a second, false one.
 */
export type InvalidExpr = { kind: 'Invalid'; start: number; end: number };
