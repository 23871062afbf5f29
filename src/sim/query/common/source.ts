/**
 * A query's text as parsed (after variable substitution) and as written,
 * turning offsets in the parsed text into diagnostics on the written one.
 */
import type { Diagnostic, Severity } from '../../../syntax/diagnostic';
import { LineIndex } from '../../../syntax/line-index';
import type { Substitution } from './variables';

export type DiagnosticCode = 'syntax' | 'unsupported' | 'type' | 'regex' | 'evaluation' | 'timing';

/**
 * An error found while checking or evaluating a query, at a span of the
 * parsed text; the query entry points turn it into a diagnostic.
 */
export class QueryError extends Error {
  readonly from: number;
  readonly to: number;
  readonly code: DiagnosticCode;

  constructor(message: string, from: number, to: number, code: DiagnosticCode = 'evaluation') {
    super(message);
    this.from = from;
    this.to = to;
    this.code = code;
  }
}

export class QuerySource {
  readonly original: string;
  private readonly substitution: Substitution;
  private readonly lines: LineIndex;

  constructor(original: string, substitution: Substitution) {
    this.original = original;
    this.substitution = substitution;
    this.lines = new LineIndex(original);
  }

  /** The text the parser sees. */
  get text(): string {
    return this.substitution.text;
  }

  slice(from: number, to: number): string {
    return this.substitution.text.slice(from, to);
  }

  diagnostic(
    from: number,
    to: number,
    message: string,
    code: DiagnosticCode,
    severity: Severity = 'error',
  ): Diagnostic {
    const start = this.substitution.toOriginal(from, 'start');
    const end = Math.max(start, this.substitution.toOriginal(to, 'end'));
    return {
      severity,
      message,
      code,
      range: { start: this.lines.position(start), end: this.lines.position(end) },
    };
  }

  fromError(error: QueryError): Diagnostic {
    return this.diagnostic(error.from, error.to, error.message, error.code);
  }
}
