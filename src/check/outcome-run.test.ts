import { describe, expect, it } from 'vitest';
import { buildLessonSet, referenceConfig } from '../lessons';
import { readLessonFiles } from '../lessons/files-on-disk';
import { compareOutcomes, verificationResults } from './outcome-run';
import { verificationQueries } from './verification';

const course = buildLessonSet(readLessonFiles('lessons'));
const section1 = course.byId.get('section-1');
if (!section1) throw new Error('the course has no section-1');
const reference = referenceConfig(course, section1);
const queries = verificationQueries(section1.text);
const expected = verificationResults(reference, queries);

/** Section 1 written differently: other component names, other block and argument order. */
const REWRITTEN = `
loki.write "somewhere" {
  endpoint {
    url = "http://loki:3100/loki/api/v1/push"
  }
}

loki.relabel "mine" {
  rule {
    replacement  = "infrastructure"
    target_label = "group"
  }
  rule {
    target_label = "service"
    replacement  = "alloy"
  }
  forward_to = [loki.write.somewhere.receiver]
}

logging {
  level    = "debug"
  format   = "logfmt"
  write_to = [loki.relabel.mine.receiver]
}
`;

describe('outcome checks on section 1', () => {
  it('reads the section’s verification query and finds Alloy’s logs with the reference solution', () => {
    expect(queries).toEqual([{ language: 'logql', query: '{service="alloy"}' }]);
    expect(expected[0]?.kind).toBe('streams');
    expect(expected[0]?.data.length).toBeGreaterThan(0);
  });

  it('passes a configuration written differently that delivers the same data', () => {
    const [verdict] = compareOutcomes(expected, verificationResults(REWRITTEN, queries));
    expect(verdict?.message).toBe('Returns the same data as the reference solution.');
    expect(verdict?.passed).toBe(true);
  });

  it('fails a configuration whose logs never reach Loki', () => {
    const wrongUrl = reference.replace('http://loki:3100/', 'http://loki:3101/');
    expect(wrongUrl).not.toBe(reference);
    const [verdict] = compareOutcomes(expected, verificationResults(wrongUrl, queries));
    expect(verdict?.passed).toBe(false);
    expect(verdict?.message).toMatch(/^Returns nothing yet/);
  });

  it('fails a configuration that labels the logs differently', () => {
    const [verdict] = compareOutcomes(
      expected,
      verificationResults(REWRITTEN.replace('"infrastructure"', '"infra"'), queries),
    );
    expect(verdict?.passed).toBe(false);
    expect(verdict?.missing).toHaveLength(1);
  });
});
