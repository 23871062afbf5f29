import { describe, expect, it } from 'vitest';
import type { LabelMatcher } from './labels';
import { PostingsIndex } from './postings';
import { mustMatch as matcher } from './test-support';

describe('PostingsIndex', () => {
  const index = new PostingsIndex();
  index.add(1, { job: 'loki', env: 'prod' });
  index.add(2, { job: 'mimir', env: 'prod' });
  index.add(3, { job: 'tempo' });
  const select = (...matchers: LabelMatcher[]) => index.select(matchers).sort();

  it('intersects equality and regular-expression postings', () => {
    expect(select(matcher('job', '=', 'loki'))).toEqual([1]);
    expect(select(matcher('job', '=~', 'loki|tempo'))).toEqual([1, 3]);
    expect(select(matcher('env', '=', 'prod'), matcher('job', '!=', 'loki'))).toEqual([2]);
  });

  it('treats matchers that accept the empty value as filters over the rest', () => {
    expect(select(matcher('job', '=~', '.+'), matcher('env', '=', ''))).toEqual([3]);
    expect(select(matcher('job', '=~', '.+'), matcher('env', '!~', 'prod'))).toEqual([3]);
  });

  it('forgets deleted entries and their values', () => {
    const small = new PostingsIndex();
    small.add(7, { job: 'x' });
    small.delete(7);
    expect(small.select([matcher('job', '=', 'x')])).toEqual([]);
    expect(small.labelValues('job')).toEqual([]);
  });
});
