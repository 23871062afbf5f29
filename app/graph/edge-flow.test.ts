import { describe, expect, it } from 'vitest';
import { flowSeconds, flowWidth, rateLabel, shortError } from './edge-flow';

describe('rateLabel', () => {
  it('writes rates briefly', () => {
    expect(rateLabel(0)).toBe('idle');
    expect(rateLabel(0.25)).toBe('0.3/s');
    expect(rateLabel(3)).toBe('3/s');
    expect(rateLabel(12.6)).toBe('13/s');
    expect(rateLabel(1234)).toBe('1.2k/s');
  });
});

describe('flowWidth and flowSeconds', () => {
  it('grow thicker and faster with the rate, within bounds', () => {
    expect(flowWidth(0)).toBe(2);
    expect(flowWidth(1)).toBeLessThan(flowWidth(100));
    expect(flowWidth(1e9)).toBe(7);
    expect(flowSeconds(0)).toBe(3);
    expect(flowSeconds(1000)).toBeLessThan(flowSeconds(1));
    expect(flowSeconds(1e12)).toBe(0.4);
  });
});

describe('shortError', () => {
  it('keeps the heart of the errors Alloy reports for a wrong URL', () => {
    expect(
      shortError(
        'Post "http://loki:3101/loki/api/v1/push": dial tcp 172.18.0.5:3101: connect: connection refused',
      ),
    ).toBe('connection refused');
    expect(
      shortError('Post "http://lokk:3100/x": dial tcp: lookup lokk on 127.0.0.11:53: no such host'),
    ).toBe('no such host');
    expect(shortError('server returned HTTP status 404 Not Found (404): 404 page not found')).toBe(
      '404 Not Found',
    );
    expect(shortError('server returned HTTP status 400 Bad Request: x')).toBe('400 Bad Request');
  });

  it('cuts any other error short', () => {
    expect(shortError('x'.repeat(60))).toBe(`${'x'.repeat(39)}…`);
  });
});
