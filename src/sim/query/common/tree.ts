/**
 * Small helpers over Lezer syntax trees, shared by the three query parsers.
 */
import type { SyntaxNode, Tree } from '@lezer/common';
import { QueryError } from './source';

export type { SyntaxNode };

/** The direct children of a node. */
export function children(node: SyntaxNode): SyntaxNode[] {
  const result: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) result.push(child);
  return result;
}

/** The first direct child with one of the names. */
export function child(node: SyntaxNode, ...names: string[]): SyntaxNode | null {
  for (let current = node.firstChild; current; current = current.nextSibling)
    if (names.includes(current.name)) return current;
  return null;
}

/** The first direct child with the name; a query error when there is none. */
export function requireChild(node: SyntaxNode, name: string): SyntaxNode {
  const found = child(node, name);
  if (!found) throw new QueryError(`expected ${name} in ${node.name}`, node.from, node.to, 'syntax');
  return found;
}

/** The top expression of a query; a query error for a syntax error or an empty query. */
export function parseTop(parser: { parse(text: string): Tree }, text: string): SyntaxNode {
  const tree = parser.parse(text);
  const syntaxError = firstSyntaxError(tree, text);
  if (syntaxError) throw syntaxError;
  const top = tree.topNode.firstChild;
  if (!top) throw new QueryError('empty query', 0, text.length, 'syntax');
  return top;
}

/**
 * The first syntax error in the tree as a query error: the parser's error
 * node, described by what it covers or by the text that follows it.
 */
function firstSyntaxError(tree: Tree, text: string): QueryError | null {
  let found: QueryError | null = null;
  tree.iterate({
    enter(node) {
      if (found) return false;
      if (!node.type.isError) return undefined;
      const covered = text.slice(node.from, node.to).trim();
      const next = /\S+/.exec(text.slice(node.to))?.[0];
      let message: string;
      if (covered !== '') message = `syntax error: unexpected ${JSON.stringify(shorten(covered))}`;
      else if (next !== undefined) message = `syntax error: unexpected ${JSON.stringify(shorten(next))}`;
      else message = 'syntax error: unexpected end of query';
      const end = covered !== '' ? node.to : Math.min(text.length, node.to + (next?.length ?? 0));
      found = new QueryError(message, node.from, Math.max(end, node.from), 'syntax');
      return false;
    },
  });
  return found;
}

function shorten(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}

/**
 * The value of the quoted string at `node`, as the query languages write it:
 * Go escapes in double (or single) quotes, none in backticks. An unknown
 * escape such as `\d` is an error, as in Prometheus, Loki and Tempo (a
 * regular expression needs `\\d` there, or backticks).
 */
export function unquote(text: string, node: { from: number; to: number }): string {
  const literal = text.slice(node.from, node.to);
  if (literal.startsWith('`')) return literal.slice(1, -1);
  const body = literal.slice(1, -1);
  return body.replace(
    /\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|[0-7]{3}|.)/gs,
    (_, escape: string) => {
      if (escape.length > 1) {
        const code = /^[0-7]{3}$/.test(escape) ? parseInt(escape, 8) : parseInt(escape.slice(1), 16);
        if (code > 0x10ffff)
          throw new QueryError(
            `invalid escape sequence \\${escape} in string ${literal}`,
            node.from,
            node.to,
            'syntax',
          );
        return String.fromCodePoint(code);
      }
      const simple = SIMPLE_ESCAPES[escape];
      if (simple === undefined)
        throw new QueryError(
          `unknown escape sequence \\${escape} in string ${literal}`,
          node.from,
          node.to,
          'syntax',
        );
      return simple;
    },
  );
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  '"': '"',
  "'": "'",
};
