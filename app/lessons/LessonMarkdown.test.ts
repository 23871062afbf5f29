import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { InlineMarkdown, LessonMarkdown } from './LessonMarkdown';

const render = (text: string) => renderToStaticMarkup(createElement(LessonMarkdown, { text, topLevel: 3 }));

describe('LessonMarkdown', () => {
  it('shows raw HTML as the text it is, never as markup', () => {
    const html = render(
      'Before <b onclick="steal()">bold</b> after.\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>',
    );
    expect(html).not.toMatch(/<(b|script|img)[\s>]/);
    expect(html).toContain('&lt;b onclick=&quot;steal()&quot;&gt;bold&lt;/b&gt;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('keeps links to the web, with safe attributes, and drops other schemes', () => {
    const html = render('[docs](https://grafana.com/docs/alloy/) and [bad](javascript:alert(1))');
    expect(html).toContain(
      '<a href="https://grafana.com/docs/alloy/" target="_blank" rel="noreferrer">docs</a>',
    );
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<span>bad</span>');
  });

  it('turns alloy: links into buttons that point into the configuration', () => {
    const html = render('Set [`url`](alloy:loki.write.mythical#endpoint.url).');
    expect(html).toMatch(
      /<button type="button" class="pointer-link" data-pointer="loki.write.mythical#endpoint.url"[^>]*><code>url<\/code><\/button>/,
    );
  });

  it('numbers headings from the top level without gaps, however the text numbers them', () => {
    expect(render('## Blocks\n\ntext\n\n#### Instructions')).toMatch(
      /<h3>Blocks<\/h3>.*<h4>Instructions<\/h4>/,
    );
    expect(render('#### Instructions')).toContain('<h3>Instructions</h3>');
  });

  it('gives Alloy code blocks copy and insert buttons, other code blocks copy only', () => {
    const alloy = render('```alloy\nlogging {\n\tlevel = "debug"\n}\n```');
    expect(alloy).toContain('data-language="alloy"');
    expect(alloy).toContain('logging {\n\tlevel = &quot;debug&quot;\n}');
    expect(alloy).toContain('>Copy</button>');
    expect(alloy).toContain('>Insert at cursor</button>');
    const logql = render('```logql\n{service="alloy"}\n```');
    expect(logql).toContain('>Copy</button>');
    expect(logql).not.toContain('Insert at cursor');
  });

  it('renders lists, emphasis and inline code', () => {
    expect(render('- **one** and _two_\n- `three`')).toBe(
      '<div class="markdown"><ul><li><span><strong>one</strong> and <em>two</em></span></li><li><span><code>three</code></span></li></ul></div>',
    );
  });
});

describe('InlineMarkdown', () => {
  it('renders a check message with its code spans', () => {
    expect(
      renderToStaticMarkup(
        createElement(InlineMarkdown, { text: '`logging` logs at level `info` <i>x</i>' }),
      ),
    ).toBe('<code>logging</code> logs at level <code>info</code> &lt;i&gt;x&lt;/i&gt;');
  });
});
