import { describe, expect, it } from 'vitest';
import { verificationQueries } from './verification';

const LESSON = `
### Step 1

\`\`\`logql
{job="not-this-one"}
\`\`\`

#### Verification

Query Loki:

\`\`\`logql
{service="alloy"}
\`\`\`

Then Mimir, across lines:

\`\`\`promql
sum by (service_name) (rate(x[5m]))
  / sum by (service_name) (rate(y[5m]))
\`\`\`

\`\`\`alloy
logging { level = "debug" }
\`\`\`

##### A note inside the section

\`\`\`traceql
{span.beast="owlbear"}
\`\`\`

#### Going further

\`\`\`logql
{after="the section"}
\`\`\`
`;

describe('verificationQueries', () => {
  it('takes the query fences of the Verification section, in order, and nothing outside it', () => {
    expect(verificationQueries(LESSON)).toEqual([
      { language: 'logql', query: '{service="alloy"}' },
      {
        language: 'promql',
        query: 'sum by (service_name) (rate(x[5m]))\n  / sum by (service_name) (rate(y[5m]))',
      },
      { language: 'traceql', query: '{span.beast="owlbear"}' },
    ]);
  });

  it('finds nothing in a lesson without a Verification section or without query fences in it', () => {
    expect(verificationQueries('# Lesson\n\n```logql\n{a="b"}\n```\n')).toEqual([]);
    expect(verificationQueries('#### Verification\n\nThe graph shows one arrow.\n')).toEqual([]);
  });

  it('does not take a heading inside a fence for the end of the section', () => {
    const text = '## Verification\n\n```alloy\n# not a heading\n```\n\n```logql\n{a="b"}\n```\n';
    expect(verificationQueries(text)).toEqual([{ language: 'logql', query: '{a="b"}' }]);
  });

  it('knows a fence without a language, and a language only as a whole word', () => {
    const text =
      '## Verification\n\n```\n# not a heading\n```\n\n~~~logqlx\n{a="c"}\n~~~\n\n```logql\n{a="b"}\n```\n';
    expect(verificationQueries(text)).toEqual([{ language: 'logql', query: '{a="b"}' }]);
  });

  it('skips empty fences and reads Windows line endings', () => {
    const text = '#### Verification\r\n\r\n```promql\r\n```\r\n\r\n```promql\r\nup\r\n```\r\n';
    expect(verificationQueries(text)).toEqual([{ language: 'promql', query: 'up' }]);
  });
});
