/**
 * A code block of a lesson, with a copy button. Alloy snippets are
 * highlighted by the editor's own tokenizer and can be inserted at the
 * editor's cursor.
 */
import { useEffect, useState } from 'react';
import { useLessons } from '../state/lessonStore';
import { useResolvedTheme } from '../theme/useResolvedTheme';
import type { AlloyToken } from './highlightAlloy';
import { tokenStyle } from './tokenStyle';

export function CodeBlock({ code, language }: { code: string; language: string }) {
  const isAlloy = language === 'alloy';
  const tokens = useAlloyTokens(isAlloy ? code : null);
  const insertAtCursor = useLessons((state) => state.editorLink?.insertAtCursor);
  const [status, setStatus] = useState('');

  const copy = () => {
    // `navigator.clipboard` is missing outside secure contexts: that failure lands in the same place.
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(code))
      .then(
        () => setStatus('Copied'),
        () => setStatus('Copying is not allowed here: select the text and copy it by hand'),
      );
  };

  return (
    <figure className="code-block" data-language={language || undefined}>
      <pre>
        <code>{tokens ? <HighlightedCode lines={tokens} /> : code}</code>
      </pre>
      <figcaption className="code-block-actions">
        {language && <span className="code-block-language">{language}</span>}
        <button type="button" className="lesson-button" onClick={copy}>
          Copy
        </button>
        {isAlloy && (
          <button
            type="button"
            className="lesson-button"
            disabled={!insertAtCursor}
            onClick={() => {
              insertAtCursor?.(code);
              setStatus('Inserted at the cursor');
            }}
          >
            Insert at cursor
          </button>
        )}
        <span role="status" className="code-block-status">
          {status}
        </span>
      </figcaption>
    </figure>
  );
}

function HighlightedCode({ lines }: { lines: AlloyToken[][] }) {
  const theme = useResolvedTheme();
  return lines.map((line, lineIndex) => (
    <span key={lineIndex}>
      {lineIndex > 0 && '\n'}
      {line.map((token, index) => {
        const style = tokenStyle(theme, token.tokenClass);
        return style ? (
          <span
            key={index}
            style={{
              color: `#${style.foreground}`,
              fontWeight: style.fontStyle === 'bold' ? 'bold' : undefined,
              fontStyle: style.fontStyle === 'italic' ? 'italic' : undefined,
              textDecoration: style.fontStyle === 'underline' ? 'underline' : undefined,
            }}
          >
            {token.text}
          </span>
        ) : (
          token.text
        );
      })}
    </span>
  ));
}

/** The tokens of an Alloy snippet, once the tokenizer (with Monaco) has loaded; null before. */
function useAlloyTokens(code: string | null): AlloyToken[][] | null {
  const [result, setResult] = useState<{ code: string; tokens: AlloyToken[][] } | null>(null);
  useEffect(() => {
    if (code === null) return;
    let current = true;
    void import('./highlightAlloy').then(({ tokenizeAlloy }) => {
      if (current) setResult({ code, tokens: tokenizeAlloy(code) });
    });
    return () => {
      current = false;
    };
  }, [code]);
  return result && result.code === code ? result.tokens : null;
}
