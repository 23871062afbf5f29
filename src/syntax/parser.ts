/**
 * The error-tolerant Alloy parser (spec section 3).
 *
 * It follows the reference parser's recursive descent step by step, because
 * which diagnostics appear, where, and in which order depends on exactly
 * which tokens each rule consumes when something is wrong:
 * - the generic "expected …" errors are reported at the current token, at
 *   most one per line (a second one on the same line is dropped);
 * - scanner errors and a few specific errors bypass that rule;
 * - after an error the parser skips ahead (to the next identifier, the end
 *   of the statement, or the end of the expression) and carries on.
 * Comments never reach the grammar: they are collected into groups.
 */
import type {
  AlloyFile,
  ArrayExpr,
  BinaryOperator,
  Block,
  CallExpr,
  Comment,
  CommentGroup,
  Expression,
  Identifier,
  InvalidExpr,
  Label,
  ObjectExpr,
  ObjectField,
  ParenExpr,
  Statement,
} from './ast';
import type { Diagnostic } from './diagnostic';
import { isValidIdentifier } from './identifier';
import { LineIndex, utf8Length } from './line-index';
import { Scanner, syntaxDiagnostic } from './scanner';
import { binaryPrecedence, quoteText, type TokenKind } from './token';

/** The tree, its diagnostics, and the source's line index, which turns the tree's spans into positions. */
export type ParseResult = { ast: AlloyFile; diagnostics: Diagnostic[]; lines: LineIndex };
export type ParseExpressionResult = { expression: Expression; diagnostics: Diagnostic[]; lines: LineIndex };

/** Parses a whole file. Never throws; every problem becomes a diagnostic. */
export function parse(source: string): ParseResult {
  const parser = new Parser(source);
  const ast = parser.parseFile();
  return { ast, diagnostics: parser.diagnostics, lines: parser.lines };
}

/**
 * Parses a single expression that must make up the whole input (apart from
 * comments and whitespace), as Alloy does for expressions given on their own.
 */
export function parseExpression(source: string): ParseExpressionResult {
  const parser = new Parser(source);
  const expression = parser.parseWholeExpression();
  return { expression, diagnostics: parser.diagnostics, lines: parser.lines };
}

/**
 * Deepest nesting of blocks and expressions the parser follows. Beyond it the
 * rest of the input is skipped with a diagnostic, so that absurd input cannot
 * exhaust the call stack (of the parser or of anything walking the tree).
 */
export const MAX_NESTING = 200;

/** Tokens at which skipping over a broken expression stops. */
function endsExpression(kind: TokenKind): boolean {
  return kind === 'TERMINATOR' || kind === ')' || kind === '}' || kind === ']' || kind === ',';
}

/**
 * A string literal without its first and last byte, which is how Alloy
 * takes labels and quoted keys: the text between the quotes, '' if none.
 * An unterminated literal loses its last byte instead of a quote; when that
 * splits a character, its remaining bytes become the lone surrogates that
 * stand for bytes (see line-index.ts), as they would in Alloy's message.
 */
function betweenQuotes(literal: string): string {
  const last = literal.charCodeAt(literal.length - 1);
  if (last < 0x80 || (last >= 0xdc00 && last <= 0xdfff && !isHighSurrogate(literal, literal.length - 2))) {
    return literal.length > 2 ? literal.slice(1, -1) : '';
  }
  if (utf8Length(literal) <= 2) return '';
  const lastStart = isHighSurrogate(literal, literal.length - 2) ? literal.length - 2 : literal.length - 1;
  const bytes = new TextEncoder().encode(literal.slice(lastStart));
  let partial = '';
  for (let i = 0; i < bytes.length - 1; i++) partial += String.fromCharCode(0xdc00 + (bytes[i] ?? 0));
  return literal.slice(1, lastStart) + partial;
}

function isHighSurrogate(text: string, offset: number): boolean {
  const c = text.charCodeAt(offset);
  return c >= 0xd800 && c <= 0xdbff;
}

/** A statement's leading name: `a.b.c "label"`, read before knowing whether it names a block or an attribute. */
type BlockName = {
  /** The first fragment: all of the name when there is one. */
  first: string;
  /** The fragments joined by dots (`loki.write`), built as they are read rather than kept in a list. */
  joined: string;
  fragmentCount: number;
  /** Start offset of the first fragment. */
  start: number;
  /** End offset of the first fragment. */
  firstEnd: number;
  /** End offset of the last fragment. */
  end: number;
  /** The label token, if there was a string: its text between the quotes ('' for `""`). */
  label: Label | null;
};

class Parser {
  readonly diagnostics: Diagnostic[] = [];
  private readonly comments: CommentGroup[] = [];
  /** Lines are looked up only to group comments and to report errors. */
  readonly lines: LineIndex;
  private readonly source: string;
  private readonly scanner: Scanner;

  /** The current token. */
  private tok: TokenKind = 'EOF';
  private pos = 0;
  private end = 0;
  private lit = '';
  /** End offset of the last token consumed (comments aside). */
  private prevEnd = 0;
  /** Line of the last generic error; 0 before the first. */
  private lastErrorLine = 0;
  private depth = 0;

  constructor(source: string) {
    this.source = source;
    this.lines = new LineIndex(source);
    this.scanner = new Scanner(source, (message, start, end) => this.report(message, start, end));
    this.next();
  }

  parseFile(): AlloyFile {
    const body = this.parseBody('EOF');
    return { kind: 'File', body, comments: this.comments, start: 0, end: this.source.length };
  }

  parseWholeExpression(): Expression {
    const expression = this.parseExpression();
    this.expect('TERMINATOR');
    return expression;
  }

  // ---- Tokens ------------------------------------------------------------

  /** Whether the current token is `kind` (a method: `next()` changes the token behind the compiler's back). */
  private at(kind: TokenKind): boolean {
    return this.tok === kind;
  }

  /** Consumes the current token and moves to the next one that is not a comment. */
  private next(): void {
    this.prevEnd = this.end;
    this.nextToken();
    while (this.at('COMMENT')) this.consumeCommentGroup();
  }

  private nextToken(): void {
    const scanner = this.scanner;
    this.tok = scanner.next();
    this.pos = scanner.start;
    this.end = scanner.end;
    this.lit = scanner.literal;
  }

  /**
   * Collects consecutive comments into one group: each must start on the line
   * where the previous one ended or on the next line.
   */
  private consumeCommentGroup(): void {
    const comments: Comment[] = [];
    let endLine = this.lines.lineOf(this.pos);
    while (this.at('COMMENT') && this.lines.lineOf(this.pos) <= endLine + 1) {
      comments.push({ text: this.lit, start: this.pos, end: this.end });
      endLine = this.lines.lineOf(this.end);
      this.nextToken();
    }
    const first = comments[0];
    const last = comments[comments.length - 1];
    if (first && last) this.comments.push({ comments, start: first.start, end: last.end });
  }

  /** Skips tokens up to (not including) `kind` or the end of input. */
  private advanceTo(kind: TokenKind): void {
    while (!this.at('EOF') && this.tok !== kind) this.next();
  }

  /** Consumes the current token, reporting an error unless it is `kind`; returns whether it was. */
  private expect(kind: TokenKind): boolean {
    const matched = this.tok === kind;
    if (!matched) this.error(`expected ${kind}, got ${this.tok}`);
    this.next();
    return matched;
  }

  // ---- Diagnostics -------------------------------------------------------

  /** A generic error at the current token, dropped if the last one was on the same line. */
  private error(message: string): void {
    const line = this.lines.lineOf(this.pos);
    if (line === this.lastErrorLine) return;
    this.lastErrorLine = line;
    this.report(message, this.pos, this.end);
  }

  /** An error that is always reported. */
  private report(message: string, start: number, end: number): void {
    this.diagnostics.push(syntaxDiagnostic(this.lines, message, start, end));
  }

  /** The offset `bytes` UTF-8 bytes after `start` (past a character the count ends inside). */
  private offsetAfterBytes(start: number, bytes: number): number {
    const source = this.source;
    let offset = start;
    for (let count = 0; count < bytes && offset < source.length;) {
      const width = isHighSurrogate(source, offset) && offset + 1 < source.length ? 2 : 1;
      count += utf8Length(source, offset, offset + width);
      offset += width;
    }
    return offset;
  }

  /**
   * Enters a nested block or expression; false (after reporting once and
   * skipping the rest of the input) when that would go too deep.
   */
  private enter(): boolean {
    if (this.depth >= MAX_NESTING) {
      if (!this.at('EOF')) {
        this.report(`nesting is too deep (more than ${MAX_NESTING} levels)`, this.pos, this.end);
        while (!this.at('EOF')) this.next();
        // The unwinding rules will all find EOF; that is no news.
        this.lastErrorLine = this.lines.lineOf(this.pos);
      }
      return false;
    }
    this.depth++;
    return true;
  }

  // ---- Statements --------------------------------------------------------

  /** Body = [ Statement { TERMINATOR Statement } ], up to `until` (not consumed). */
  private parseBody(until: TokenKind): Statement[] {
    const body: Statement[] = [];
    while (this.tok !== until && !this.at('EOF')) {
      const statement = this.parseStatement();
      if (statement) body.push(statement);
      if (this.tok === until) break;
      if (!this.at('TERMINATOR')) {
        this.error(`expected TERMINATOR, got ${this.tok}`);
        this.skipStatement();
      }
      this.next();
    }
    return body;
  }

  /**
   * Skips the rest of a statement: up to a TERMINATOR at which every `{`,
   * `[` and `(` opened since has been closed.
   */
  private skipStatement(): void {
    let curly = 0;
    let bracket = 0;
    let paren = 0;
    for (; !this.at('EOF'); this.next()) {
      switch (this.tok) {
        case '{':
          curly++;
          break;
        case '}':
          curly--;
          break;
        case '[':
          bracket++;
          break;
        case ']':
          bracket--;
          break;
        case '(':
          paren++;
          break;
        case ')':
          paren--;
          break;
        case 'TERMINATOR':
          // The counts go negative when the statement started inside a pair.
          if (curly <= 0 && bracket <= 0 && paren <= 0) return;
      }
    }
  }

  /** Statement = Attribute | Block; null when nothing usable could be read. */
  private parseStatement(): Statement | null {
    const name = this.parseBlockName();
    if (!name) {
      this.advanceTo('IDENT');
      return null;
    }

    if (this.at('=')) {
      this.next();
      if (name.fragmentCount !== 1) {
        // Alloy measures the range as the byte length of the joined name,
        // even when comments or blanks sit between the parts.
        const start = name.start;
        const joinedEnd = this.offsetAfterBytes(start, utf8Length(name.joined));
        this.report('attribute names may only consist of a single identifier with no "."', start, joinedEnd);
      } else if (name.label) {
        this.report('attribute names may not have labels', name.label.start, name.label.end);
      }
      const value = this.parseExpression();
      const identifier: Identifier = { name: name.first, start: name.start, end: name.firstEnd };
      return { kind: 'Attribute', name: identifier, value, start: name.start, end: value.end };
    }

    if (this.at('{')) {
      if (!this.enter()) return null;
      const block = this.parseBlockRest(name);
      this.depth--;
      return block;
    }

    const couldBeAttribute = name.fragmentCount === 1 && (name.label === null || name.label.value === '');
    this.error(
      couldBeAttribute
        ? `expected attribute assignment or block body, got ${this.tok}`
        : `expected block body, got ${this.tok}`,
    );
    this.advanceTo('IDENT');
    return null;
  }

  /** The `{ Body }` of a block; the current token is `{`. */
  private parseBlockRest(name: BlockName): Block {
    const openBrace = this.pos;
    const openEnd = this.end;
    this.next();
    const body = this.parseBody('}');
    const closeBrace = this.at('}') ? this.pos : null;
    const end = closeBrace !== null ? this.end : Math.max(this.prevEnd, openEnd);
    this.expect('}');
    const { label } = name;
    return {
      kind: 'Block',
      name: name.joined,
      nameEnd: name.end,
      label: label && label.value !== '' ? label : null,
      body,
      openBrace,
      closeBrace,
      start: name.start,
      end,
    };
  }

  /** BlockName = IDENT { "." IDENT } [ STRING ] */
  private parseBlockName(): BlockName | null {
    if (!this.at('IDENT')) {
      this.error(`expected identifier, got ${this.tok}`);
      return null;
    }
    const name: BlockName = {
      first: this.lit,
      joined: this.lit,
      fragmentCount: 1,
      start: this.pos,
      firstEnd: this.end,
      end: this.end,
      label: null,
    };
    this.next();

    while (this.at('.')) {
      this.next();
      // A missing identifier is reported but the token still counts as a
      // fragment, so that as much of the statement as possible is read.
      if (!this.at('IDENT')) this.error(`expected identifier, got ${this.tok}`);
      name.joined += `.${this.lit}`;
      name.fragmentCount++;
      name.end = Math.max(name.end, this.end);
      this.next();
    }

    if (!this.at('=') && !this.at('{')) {
      if (this.at('STRING')) {
        const literal = this.lit;
        if (literal[0] !== '"') {
          this.error(`expected block label to be a double quoted string, but got ${quoteText(literal)}`);
        }
        // An empty label is accepted and means no label.
        const value = betweenQuotes(literal);
        if (value !== '' && !isValidIdentifier(value)) {
          this.error(`expected block label to be a valid identifier, but got ${quoteText(value)}`);
        }
        name.label = { value, start: this.pos, end: this.end };
      } else {
        this.error(`expected block label, got ${this.tok}`);
      }
      this.next();
    }
    return name;
  }

  // ---- Expressions -------------------------------------------------------

  private parseExpression(): Expression {
    return this.parseBinary(1);
  }

  /**
   * The left-associative binary levels (`||` … `* / %`): operands of higher
   * precedence are parsed by the recursive call.
   */
  private parseBinary(minPrecedence: number): Expression {
    let left = this.parsePower();
    for (;;) {
      const precedence = binaryPrecedence(this.tok);
      if (precedence < minPrecedence) return left;
      const operator = this.tok as BinaryOperator;
      const operatorStart = this.pos;
      this.next();
      const right = this.parseBinary(precedence + 1);
      left = { kind: 'Binary', operator, operatorStart, left, right, start: left.start, end: right.end };
    }
  }

  /** PowExpr = UnaryExpr [ "^" PowExpr ] (right-associative). */
  private parsePower(): Expression {
    const left = this.parseUnary();
    if (!this.at('^')) return left;
    const operatorStart = this.pos;
    this.next();
    if (!this.enter()) return left;
    const right = this.parsePower();
    this.depth--;
    return { kind: 'Binary', operator: '^', operatorStart, left, right, start: left.start, end: right.end };
  }

  private parseUnary(): Expression {
    if (!this.enter()) return this.invalid(this.pos, this.pos);
    const expression = this.parseUnaryInner();
    this.depth--;
    return expression;
  }

  /** UnaryExpr = ( "!" | "-" ) UnaryExpr | Primary { "." IDENT | "[" Expression "]" | "(" [ ExprList ] ")" } */
  private parseUnaryInner(): Expression {
    const operator = this.tok;
    if (operator === '!' || operator === '-') {
      const operatorStart = this.pos;
      this.next();
      const operand = this.parseUnary();
      return { kind: 'Unary', operator, operatorStart, operand, start: operatorStart, end: operand.end };
    }

    let value = this.parsePrimary();
    for (;;) {
      switch (this.tok) {
        case '.': {
          this.next();
          const name: Identifier = { name: this.lit, start: this.pos, end: this.end };
          this.expect('IDENT');
          value = { kind: 'Access', value, name, start: value.start, end: name.end };
          break;
        }
        case '[': {
          this.next();
          const index = this.parseExpression();
          const end = this.closeWith(']', index.end);
          value = { kind: 'Index', value, index, start: value.start, end };
          break;
        }
        case '(': {
          this.next();
          const args = !this.at(')') ? this.parseExpressionList(')') : [];
          const end = this.closeWith(')', this.prevEnd);
          const call: CallExpr = { kind: 'Call', callee: value, args, start: value.start, end };
          value = call;
          break;
        }
        case 'STRING':
        case '{': {
          const block = this.parseBlockAsExpression(value);
          if (!block.closed) return block.invalid;
          value = block.invalid;
          break;
        }
        default:
          return value;
      }
    }
  }

  /**
   * Someone wrote a block where an expression belongs (`x = a "b" { … }`):
   * parse the rest as a block body, to say exactly that. The whole thing
   * becomes an Invalid node; when it was not a well-formed block either, the
   * rest of the statement is skipped (`closed` is false).
   */
  private parseBlockAsExpression(value: Expression): { invalid: InvalidExpr; closed: boolean } {
    const start = value.start;
    if (this.at('STRING')) this.next();
    if (!this.expect('{')) {
      this.skipStatement();
      return { invalid: this.invalid(start, this.prevEnd), closed: false };
    }
    if (this.enter()) {
      this.parseBody('}');
      this.depth--;
    }
    const closeEnd = this.end;
    if (!this.expect('}')) {
      this.skipStatement();
      return { invalid: this.invalid(start, this.prevEnd), closed: false };
    }
    this.report('cannot use a block as an expression', start, closeEnd);
    return { invalid: this.invalid(start, closeEnd), closed: true };
  }

  /**
   * Consumes the closing token of a bracketed construct and returns the
   * construct's end: past the closer, or `fallback` when it is missing.
   */
  private closeWith(closer: TokenKind, fallback: number): number {
    const end = this.end;
    return this.expect(closer) ? end : fallback;
  }

  /** Primary = IDENT | literal | "(" Expression ")" | "[" [ ExprList ] "]" | "{" [ FieldList ] "}" */
  private parsePrimary(): Expression {
    const start = this.pos;
    switch (this.tok) {
      case 'IDENT': {
        const identifier: Expression = { kind: 'Identifier', name: this.lit, start, end: this.end };
        this.next();
        return identifier;
      }
      case 'STRING':
      case 'NUMBER':
      case 'FLOAT':
      case 'BOOL':
      case 'NULL': {
        const literal: Expression = {
          kind: 'Literal',
          token: this.tok,
          raw: this.lit,
          start,
          end: this.end,
        };
        this.next();
        return literal;
      }
      case '(': {
        this.next();
        const inner = this.parseExpression();
        const end = this.closeWith(')', inner.end);
        const paren: ParenExpr = { kind: 'Paren', inner, start, end };
        return paren;
      }
      case '[': {
        this.next();
        const elements = !this.at(']') ? this.parseExpressionList(']') : [];
        const end = this.closeWith(']', this.prevEnd);
        const array: ArrayExpr = { kind: 'Array', elements, start, end };
        return array;
      }
      case '{': {
        this.next();
        // Alloy checks for `]` here rather than `}`; `{]` is reported accordingly.
        const fields = !this.at(']') ? this.parseFieldList() : [];
        const end = this.closeWith('}', this.prevEnd);
        const object: ObjectExpr = { kind: 'Object', fields, start, end };
        return object;
      }
    }
    return this.invalidHere();
  }

  /** Reports a missing expression and skips to where the expression must end. */
  private invalidHere(): InvalidExpr {
    const start = this.pos;
    this.error(`expected expression, got ${this.tok}`);
    while (!this.at('EOF') && !endsExpression(this.tok)) this.next();
    return this.invalid(start, this.pos === start ? start : this.prevEnd);
  }

  private invalid(start: number, end: number): InvalidExpr {
    return { kind: 'Invalid', start, end: Math.max(start, end) };
  }

  /** ExprList = Expression { "," Expression } [ "," ], up to `until` (not consumed). */
  private parseExpressionList(until: TokenKind): Expression[] {
    const list: Expression[] = [];
    while (this.tok !== until && !this.at('EOF')) {
      list.push(this.parseExpression());
      if (this.tok === until) break;
      if (!this.at(',')) this.error("missing ',' in expression list");
      this.next();
    }
    return list;
  }

  /** FieldList = Field { "," Field } [ "," ], up to `}` (not consumed). */
  private parseFieldList(): ObjectField[] {
    const fields: ObjectField[] = [];
    while (!this.at('}') && !this.at('EOF')) {
      const field = this.parseField();
      if (field) fields.push(field);
      if (this.at('}')) break;
      if (!this.at(',')) this.error("missing ',' in field list");
      this.next();
    }
    return fields;
  }

  /** Field = ( IDENT | STRING ) "=" Expression; null when the key is missing. */
  private parseField(): ObjectField | null {
    let key: { name: string; quoted: boolean; start: number; end: number } | null = null;
    if (this.at('STRING') || this.at('IDENT')) {
      // A quoted key is stored without its quotes, except the empty `""`.
      const unquoted = this.at('STRING') ? betweenQuotes(this.lit) : '';
      const quoted = unquoted !== '';
      key = { name: quoted ? unquoted : this.lit, quoted, start: this.pos, end: this.end };
      this.next();
    } else {
      this.error(`expected field name (string or identifier), got ${this.tok}`);
      this.advanceTo('=');
    }
    this.expect('=');
    const value = this.parseExpression();
    if (!key) return null;
    return { name: key.name, nameEnd: key.end, quoted: key.quoted, value, start: key.start, end: value.end };
  }
}
