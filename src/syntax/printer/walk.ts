/**
 * The walk (spec 7.3; Go's syntax/printer/walker.go): turns the AST into the
 * printer's items. Line breaks follow the source's line structure: items that
 * started a line still do, blank lines survive (at most one), and trailing
 * commas appear exactly where a closing bracket sits on a later line.
 */
import type {
  AccessExpr,
  ArrayExpr,
  Attribute,
  BinaryExpr,
  Block,
  CallExpr,
  Expression,
  IndexExpr,
  ObjectExpr,
  ObjectField,
  Statement,
} from '../ast';
import type { Printer } from './printer';
import type { Span } from '../span';
import { quoteText } from '../token';
import type { SourceMap } from './source-map';

export class Walker {
  constructor(
    private readonly p: Printer,
    private readonly source: SourceMap,
  ) {}

  private startLine(node: Span): number {
    return this.source.lineOf(node.start);
  }

  /** The line of a node's last character (ranges are half-open; no node ends with a line break). */
  private endLine(node: Span): number {
    return this.source.lineOf(node.end);
  }

  private spansLines(node: Span): boolean {
    return this.startLine(node) !== this.endLine(node);
  }

  statements(statements: readonly Statement[]): void {
    statements.forEach((statement, i) => {
      const previous = statements[i - 1];
      // Blocks get a blank line before them; other statements keep one from the source.
      if (
        previous &&
        (statement.kind === 'Block' || this.startLine(statement) - this.endLine(previous) > 1)
      ) {
        this.p.space('formfeed');
      }
      if (statement.kind === 'Attribute') this.attribute(statement);
      else this.block(statement);
      // A multi-line statement ends the alignment section.
      this.p.space(this.spansLines(statement) ? 'formfeed' : 'newline');
    });
  }

  expression(e: Expression): void {
    const p = this.p;
    switch (e.kind) {
      case 'Literal':
        this.at(e.start);
        p.word(e.raw, e.token);
        break;
      case 'Identifier':
        this.at(e.start);
        p.word(e.name, 'IDENT');
        break;
      case 'Array':
        this.array(e);
        break;
      case 'Object':
        this.object(e);
        break;
      case 'Access':
      case 'Index':
      case 'Call':
        this.postfixChain(e);
        break;
      case 'Unary':
        this.at(e.operatorStart);
        p.punct(e.operator);
        this.expression(e.operand);
        break;
      case 'Binary':
        this.binaryChain(e);
        break;
      case 'Paren':
        p.punct('(');
        this.expression(e.inner);
        p.punct(')');
        break;
      case 'Invalid':
        // Only present next to a diagnostic; such files are never printed.
        break;
    }
  }

  /** Marks where the next token starts in the source (on the offset's own line unless told). */
  private at(offset: number, line?: number): void {
    this.p.at(this.source.at(offset, line));
  }

  /** Marks a node's last character as the next token, for closing brackets. */
  private atLastCharacter(node: Span): void {
    this.at(node.end - 1, this.endLine(node));
  }

  /**
   * `a + b + c` nests on the left as deep as the chain is long, so chains are
   * walked iteratively (everything else nests only as deep as the parser allows).
   */
  private binaryChain(e: BinaryExpr): void {
    const p = this.p;
    const chain: BinaryExpr[] = [];
    let left: Expression = e;
    for (; left.kind === 'Binary'; left = left.left) chain.push(left);
    this.expression(left);
    for (const binary of chain.reverse()) {
      p.space('blank');
      this.at(binary.operatorStart);
      p.punct(binary.operator);
      p.space('blank');
      this.expression(binary.right);
    }
  }

  /** `a.b[0](1)`: walked iteratively like binary chains. */
  private postfixChain(e: AccessExpr | IndexExpr | CallExpr): void {
    const p = this.p;
    const chain: Array<AccessExpr | IndexExpr | CallExpr> = [];
    let base: Expression = e;
    while (base.kind === 'Access' || base.kind === 'Index' || base.kind === 'Call') {
      chain.push(base);
      base = base.kind === 'Call' ? base.callee : base.value;
    }
    this.expression(base);
    for (const postfix of chain.reverse()) {
      if (postfix.kind === 'Access') {
        p.punct('.');
        p.word(postfix.name.name, 'IDENT');
      } else if (postfix.kind === 'Index') {
        const valueEnd = postfix.value.end;
        this.at(this.source.tokenAfter(valueEnd), this.source.lineOf(valueEnd));
        p.punct('[');
        this.expression(postfix.index);
        this.atLastCharacter(postfix);
        p.punct(']');
      } else {
        this.callArguments(postfix);
      }
    }
  }

  private attribute(statement: Attribute): void {
    this.at(statement.name.start);
    this.p.word(statement.name.name, 'IDENT');
    this.p.space('vtab');
    this.p.punct('=');
    this.p.space('blank');
    this.expression(statement.value);
  }

  private block(block: Block): void {
    const p = this.p;
    this.at(block.start);
    p.word(block.name, 'IDENT');
    if (block.label !== null && block.label.value !== '') {
      p.space('blank');
      this.at(block.label.start);
      p.word(quoteText(block.label.value), 'STRING');
    }
    p.space('blank');
    this.at(block.openBrace);
    p.punct('{');
    p.space('indent');
    if (block.body.length > 0) {
      p.space('formfeed');
      this.statements(block.body);
    } else {
      p.space('blank');
    }
    p.space('unindent');
    if (block.closeBrace !== null) this.at(block.closeBrace);
    else this.atLastCharacter(block);
    p.punct('}');
  }

  private array(array: ArrayExpr): void {
    const p = this.p;
    const elements = array.elements;
    this.at(array.start);
    p.punct('[');
    let previousLine = this.startLine(array);
    elements.forEach((element, i) => {
      const onNewLine = this.startLine(element) !== previousLine;
      // Indent before the line break, so that comments written before the
      // element are indented too.
      if (onNewLine) p.space('indent', 'formfeed');
      else if (i > 0) p.space('blank');
      previousLine = this.endLine(element);
      this.expression(element);
      if (i + 1 < elements.length) p.punct(',');
      if (onNewLine) p.space('unindent');
    });
    if (elements.length > 0 && previousLine !== this.endLine(array)) {
      p.punct(',');
      p.space('indent', 'formfeed', 'unindent');
    }
    this.atLastCharacter(array);
    p.punct(']');
  }

  private object(object: ObjectExpr): void {
    const p = this.p;
    const fields = object.fields;
    this.at(object.start);
    p.punct('{');
    p.space('indent');
    let previousLine = this.startLine(object);
    fields.forEach((field, i) => {
      const previous = fields[i - 1];
      if (this.source.lineOf(field.start) !== previousLine) {
        // Fields keep their `=` aligned unless the previous value spanned lines.
        p.space(previous && !this.spansLines(previous.value) ? 'newline' : 'formfeed');
      } else if (previous) {
        p.space('blank');
      }
      previousLine = this.fieldNameEndLine(field);
      this.at(field.start);
      if (field.quoted) p.word(quoteText(field.name), 'STRING');
      else p.word(field.name, 'IDENT');
      p.space('vtab');
      p.punct('=');
      p.space('blank');
      this.expression(field.value);
      if (i + 1 < fields.length) p.punct(',');
    });
    if (fields.length > 0 && previousLine !== this.endLine(object)) {
      p.punct(',');
      p.space('formfeed');
    }
    p.space('unindent');
    this.atLastCharacter(object);
    p.punct('}');
  }

  /**
   * The reference takes a key's end as its start plus the length of the key
   * without quotes, minus one: for a raw-string key spanning lines, a line
   * before the real end.
   */
  private fieldNameEndLine(field: ObjectField): number {
    const { start, nameEnd } = field;
    if (!field.quoted) return this.source.lineOf(start);
    return this.source.lineAfter(start, this.source.bytesBetween(start, nameEnd) - 3);
  }

  /** `(args)` of a call whose callee has been walked. */
  private callArguments(call: CallExpr): void {
    const p = this.p;
    const args = call.args;
    p.punct('(');
    // `(` is on the line where the callee ends (see SourceMap.tokenAfter).
    let previousLine = this.endLine(call.callee);
    args.forEach((arg, i) => {
      const onNewLine = this.startLine(arg) !== previousLine;
      if (onNewLine) p.space('formfeed', 'indent');
      this.expression(arg);
      previousLine = this.endLine(arg);
      if (i + 1 < args.length) {
        p.punct(',');
        p.space('blank');
      }
      if (onNewLine) p.space('unindent');
    });
    // Also with no arguments: `f(⏎)` prints as `f(,⏎)`, as the reference does.
    if (previousLine !== this.endLine(call)) {
      p.punct(',');
      p.space('formfeed');
    }
    p.punct(')');
  }
}
