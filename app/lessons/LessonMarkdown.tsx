/**
 * Lesson Markdown rendered as React elements from marked's tokens, never as
 * HTML: raw HTML in a lesson shows as the text it is. Links with the
 * `alloy:` scheme point into the learner's configuration; Alloy code blocks
 * are highlighted like the editor.
 */
import { useMemo, type ReactNode } from 'react';
import { Lexer, type MarkedToken, type Token } from 'marked';
import { CodeBlock } from './CodeBlock';
import { PointerLink } from './PointerLink';

const ALLOY_SCHEME = 'alloy:';
const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * A whole lesson text. Its headings start at `topLevel` and never skip a
 * level, however the text numbers them (`##` and `####` become h3 and h4).
 */
export function LessonMarkdown({ text, topLevel }: { text: string; topLevel: number }) {
  const { tokens, levels } = useMemo(() => {
    const lexed = Lexer.lex(text);
    return { tokens: lexed, levels: headingLevels(lexed, topLevel) };
  }, [text, topLevel]);
  return <div className="markdown">{blocks(tokens, levels)}</div>;
}

/** The HTML level of each Markdown heading depth used in `tokens`, consecutive from `topLevel`. */
function headingLevels(tokens: readonly Token[], topLevel: number): ReadonlyMap<number, number> {
  const depths = new Set<number>();
  const collect = (list: readonly Token[]) => {
    for (const generic of list) {
      const token = generic as MarkedToken;
      if (token.type === 'heading') depths.add(token.depth);
      else if (token.type === 'blockquote') collect(token.tokens);
      else if (token.type === 'list') for (const item of token.items) collect(item.tokens);
    }
  };
  collect(tokens);
  const sorted = [...depths].sort((a, b) => a - b);
  return new Map(sorted.map((depth, index) => [depth, Math.min(6, topLevel + index)]));
}

/** One line of inline Markdown, such as an objective or a check message. */
export function InlineMarkdown({ text }: { text: string }) {
  const tokens = useMemo(() => Lexer.lexInline(text), [text]);
  return <>{inlines(tokens)}</>;
}

function blocks(tokens: readonly Token[], levels: ReadonlyMap<number, number>): ReactNode[] {
  return tokens.map((generic, index) => {
    const token = generic as MarkedToken;
    switch (token.type) {
      case 'space':
      case 'def':
        return null;
      case 'heading': {
        const Heading = `h${levels.get(token.depth) ?? 6}` as 'h3';
        return <Heading key={index}>{inlines(token.tokens)}</Heading>;
      }
      case 'paragraph':
        return <p key={index}>{inlines(token.tokens)}</p>;
      case 'text':
        return token.tokens ? <span key={index}>{inlines(token.tokens)}</span> : token.text;
      case 'code':
        return <CodeBlock key={index} code={token.text} language={token.lang ?? ''} />;
      case 'blockquote':
        return <blockquote key={index}>{blocks(token.tokens, levels)}</blockquote>;
      case 'hr':
        return <hr key={index} />;
      case 'list': {
        const items = token.items.map((item, itemIndex) => (
          <li key={itemIndex}>{blocks(item.tokens, levels)}</li>
        ));
        return token.ordered ? (
          <ol key={index} start={token.start === '' ? undefined : token.start}>
            {items}
          </ol>
        ) : (
          <ul key={index}>{items}</ul>
        );
      }
      case 'table':
        return (
          <table key={index}>
            <thead>
              <tr>
                {token.header.map((cell, cellIndex) => (
                  <th key={cellIndex}>{inlines(cell.tokens)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {token.rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.map((cell, cellIndex) => (
                    <td key={cellIndex}>{inlines(cell.tokens)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        );
      default:
        // Raw HTML and anything unknown: shown as the text it is.
        return <p key={index}>{token.raw}</p>;
    }
  });
}

function inlines(tokens: readonly Token[]): ReactNode[] {
  return tokens.map((generic, index) => {
    const token = generic as MarkedToken;
    switch (token.type) {
      case 'text':
        return token.tokens ? <span key={index}>{inlines(token.tokens)}</span> : token.text;
      case 'escape':
        return token.text;
      case 'codespan':
        return <code key={index}>{token.text}</code>;
      case 'strong':
        return <strong key={index}>{inlines(token.tokens)}</strong>;
      case 'em':
        return <em key={index}>{inlines(token.tokens)}</em>;
      case 'del':
        return <del key={index}>{inlines(token.tokens)}</del>;
      case 'br':
        return <br key={index} />;
      case 'link':
        return link(token.href, inlines(token.tokens), index);
      case 'image':
        // Lessons work offline: an image shows as its description.
        return <span key={index}>{token.text}</span>;
      default:
        return token.raw;
    }
  });
}

function link(href: string, content: ReactNode[], key: number): ReactNode {
  if (href.startsWith(ALLOY_SCHEME))
    return (
      <PointerLink key={key} pointer={href.slice(ALLOY_SCHEME.length)}>
        {content}
      </PointerLink>
    );
  if (!EXTERNAL_PROTOCOLS.has(protocolOf(href))) return <span key={key}>{content}</span>;
  return (
    <a key={key} href={href} target="_blank" rel="noreferrer">
      {content}
    </a>
  );
}

function protocolOf(href: string): string {
  try {
    return new URL(href).protocol;
  } catch {
    return '';
  }
}
