/**
 * The printer: receives tokens, position markers and whitespace codes from
 * the walk, weaves the source comments in between and produces the text
 * stream for the aligner (spec 7.4; Go's syntax/printer/printer.go).
 *
 * Whitespace is queued and only written before the next token, so nothing
 * trails the last token. Where a comment goes is decided by comparing its
 * source offset with `pos`, the estimated source position of the next token:
 * the last position marker plus the byte length of everything printed since.
 */
import type { BinaryOperator, LiteralToken, UnaryOperator } from '../ast';
import type { Chunk } from './chunk';
import { utf8Length } from '../line-index';
import type { SourcePosition } from './source-map';

/**
 * `vtab` separates alignment cells, `formfeed` is a line break that also ends
 * the alignment section; `indent`/`unindent` change the indentation level.
 */
export type Whitespace = 'blank' | 'vtab' | 'newline' | 'formfeed' | 'indent' | 'unindent';

/** A queued entry cancelled by comment handling. */
type Queued = Whitespace | 'ignore';

export type Punctuation =
  BinaryOperator | UnaryOperator | '=' | '{' | '}' | '[' | ']' | '(' | ')' | ',' | '.';

export type TokenKind = 'IDENT' | LiteralToken | Punctuation;

export type PrintedComment = {
  /** The comment text as the scanner returns it (carriage returns removed). */
  text: string;
  start: SourcePosition;
  /** The line the reference computes for the comment's last character (see SourceMap.lineAfter). */
  endLine: number;
};

/** A run of comments; never empty. */
export type PrintedCommentGroup = readonly PrintedComment[];

const CHARACTERS: Readonly<Record<'blank' | 'vtab' | 'newline' | 'formfeed', string>> = {
  blank: ' ',
  vtab: '\v',
  newline: '\n',
  formfeed: '\f',
};

/** At most one blank line is kept around comments. */
const MAX_NEWLINES = 2;

/** Stands for the end of the file when flushing the remaining comments. */
const END: SourcePosition = { offset: Infinity, line: Infinity };

export class Printer {
  private readonly output: Chunk[] = [];
  /** Plain text not yet moved into `output`. */
  private text = '';
  private empty = true;
  private atLineStart = true;
  private indent = 0;
  /** The kind of the last item when it was a token; null after whitespace. */
  private lastToken: TokenKind | null = null;
  private readonly queue: Queued[] = [];
  private nextGroup = 0;
  /** Estimated source position of the next token. */
  private pos: SourcePosition = { offset: 0, line: 1 };
  /** Source position just past the last text written; line 0 until then. */
  private last: SourcePosition = { offset: 0, line: 0 };

  private readonly comments: readonly PrintedCommentGroup[];

  constructor(comments: readonly PrintedCommentGroup[] = []) {
    this.comments = comments.filter((group) => group.length > 0);
  }

  /** Position marker: the next token starts at `position` in the source. */
  at(position: SourcePosition): void {
    this.pos = position;
  }

  space(...codes: Whitespace[]): void {
    this.queue.push(...codes);
    this.lastToken = null;
  }

  /** An identifier or literal, printed as given. */
  word(text: string, kind: 'IDENT' | LiteralToken): void {
    this.lastToken = kind;
    this.emit(text);
  }

  punct(token: Punctuation): void {
    // Keep tokens apart that would scan as one: `1 .a` must not become `1.a`.
    if ((this.lastToken === 'NUMBER' && token[0] === '.') || (this.lastToken === '/' && token[0] === '*')) {
      this.queue.push('blank');
    }
    this.lastToken = token;
    this.emit(token);
  }

  /** Writes the comments left after the last token and returns the whole output. */
  finish(): Chunk[] {
    if (this.commentBefore(END)) this.injectComments(END);
    this.pushText();
    return this.output;
  }

  private emit(text: string): void {
    const next = this.pos;
    if (this.commentBefore(next)) this.injectComments(next);
    else this.writeQueue(this.queue.length);
    this.writeString(next, text, false);
  }

  private commentBefore(next: SourcePosition): boolean {
    const first = this.comments[this.nextGroup]?.[0];
    return first !== undefined && first.start.offset <= next.offset;
  }

  private injectComments(next: SourcePosition): void {
    let lastComment: PrintedComment | undefined;
    while (this.commentBefore(next)) {
      for (const comment of this.comments[this.nextGroup]!) {
        this.writeCommentPrefix(next, comment);
        this.writeString(comment.start, comment.text, true);
        lastComment = comment;
      }
      this.nextGroup++;
    }
    if (next !== END && lastComment !== undefined) this.writeCommentSuffix(next, lastComment);
  }

  private writeCommentPrefix(next: SourcePosition, comment: PrintedComment): void {
    if (this.empty) return;
    const line = comment.start.line;
    if (line === this.last.line) {
      // A trailing comment: the tab becomes alignment padding, so comments on
      // consecutive lines line up. Between tokens on one line, a space.
      this.writeByte(line === next.line ? ' ' : '\t', 1);
      return;
    }
    // A comment on its own line: apply pending indentation, drop the first
    // real whitespace (the line break is written here instead).
    let count = 0;
    for (let i = 0; i < this.queue.length; i++) {
      const code = this.queue[i];
      if (code === 'indent' || code === 'unindent') continue;
      this.queue[i] = 'ignore';
      count = i;
      break;
    }
    this.writeQueue(count);
    if (this.last.line > 0 && line > this.last.line) {
      this.writeByte('\f', Math.min(line - this.last.line, MAX_NEWLINES));
    }
  }

  private writeCommentSuffix(next: SourcePosition, lastComment: PrintedComment): void {
    if (lastComment.text[1] === '*' && next.line === lastComment.endLine) this.writeByte(' ', 1);
    const newlines = next.line - this.last.line;
    let droppedFormfeed = false;
    this.queue.forEach((code, i) => {
      if (code === 'indent' || code === 'unindent') return;
      if (code === 'formfeed') droppedFormfeed = true;
      this.queue[i] = 'ignore';
    });
    this.writeQueue(this.queue.length);
    if (newlines > 0) this.writeByte(droppedFormfeed ? '\f' : '\n', Math.min(newlines, MAX_NEWLINES));
  }

  /** Writes the first `count` queued entries and removes them from the queue. */
  private writeQueue(count: number): void {
    for (let i = 0; i < count; i++) {
      const code = this.queue[i]!;
      if (code === 'indent') this.indent++;
      else if (code === 'unindent') this.indent = Math.max(0, this.indent - 1);
      else if (code !== 'ignore') this.writeByte(CHARACTERS[code], 1);
    }
    this.queue.splice(0, count);
  }

  private writeString(position: SourcePosition, text: string, escaped: boolean): void {
    if (this.atLineStart) this.writeIndent();
    if (escaped) {
      this.pushText();
      this.output.push({ text, escaped: true });
    } else {
      this.text += text;
    }
    if (text.length > 0) this.empty = false;

    let newlines = 0;
    for (const ch of text) if (ch === '\n' || ch === '\f') newlines++;
    if (newlines > 0) this.atLineStart = text.endsWith('\n') || text.endsWith('\f');
    else if (text.length > 0) this.atLineStart = false;

    this.pos = { offset: position.offset + utf8Length(text), line: position.line + newlines };
    this.last = this.pos;
  }

  private writeIndent(): void {
    if (this.indent === 0) return;
    this.text += '\t'.repeat(this.indent);
    this.empty = false;
    this.atLineStart = false;
  }

  /** Writes whitespace; indentation comes first at the start of a line, even before a line break. */
  private writeByte(ch: string, count: number): void {
    if (this.atLineStart) this.writeIndent();
    this.text += ch.repeat(count);
    this.empty = false;
    this.atLineStart = ch === '\n' || ch === '\f';
  }

  private pushText(): void {
    if (this.text.length === 0) return;
    this.output.push({ text: this.text, escaped: false });
    this.text = '';
  }
}
