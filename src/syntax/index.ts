/** The syntax layer's public surface: one line per module. */
export type * from './ast';
export type * from './diagnostic';
export type * from './span';
export { nameSpan, operatorSpan, characterSpan } from './part-span';
export { parse, parseExpression, MAX_NESTING, type ParseResult, type ParseExpressionResult } from './parser';
export { scan, Scanner, type ScanOptions, type ScanResult, type ScanErrorHandler } from './scanner';
export { binaryPrecedence, formatCodePoint, quoteText, type Token, type TokenKind } from './token';
export { LineIndex, utf8Column, utf8Length } from './line-index';
export { isValidIdentifier, sanitizeIdentifier, type SanitizedIdentifier } from './identifier';
export { printDiagnostics, type FileDiagnostic } from './diagnostic-printer';
export { format, printExpression, type FormatResult } from './format';
export * from './evaluate';
