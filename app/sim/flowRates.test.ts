import { describe, expect, it } from 'vitest';
import { FlowRates } from './flowRates';

const counts = (items: number, other = 0) => [
  { id: 'a', items },
  { id: 'b', items: other },
];

describe('FlowRates', () => {
  it('knows no rate before two readings', () => {
    const rates = new FlowRates(10_000);
    expect(rates.perSecond('a')).toBe(0);
    rates.record(0, counts(5));
    expect(rates.perSecond('a')).toBe(0);
  });

  it('divides the growth of each count by the virtual time between readings', () => {
    const rates = new FlowRates(10_000);
    rates.record(0, counts(0, 10));
    rates.record(2000, counts(50, 10));
    expect(rates.perSecond('a')).toBe(25);
    expect(rates.perSecond('b')).toBe(0);
    expect(rates.perSecond('unknown')).toBe(0);
  });

  it('counts a wire that appeared after the first reading from zero', () => {
    const rates = new FlowRates(10_000);
    rates.record(0, []);
    rates.record(4000, counts(20));
    expect(rates.perSecond('a')).toBe(5);
  });

  it('looks back only as far as the window', () => {
    const rates = new FlowRates(10_000);
    rates.record(0, counts(0));
    rates.record(10_000, counts(1000));
    rates.record(20_000, counts(1100));
    rates.record(25_000, counts(1150));
    // The reading at 10 s is the last at or before the window's start (15 s).
    expect(rates.perSecond('a')).toBe(10);
  });

  it('starts over when cleared', () => {
    const rates = new FlowRates(10_000);
    rates.record(0, counts(0));
    rates.record(1000, counts(10));
    rates.clear();
    expect(rates.perSecond('a')).toBe(0);
  });
});
