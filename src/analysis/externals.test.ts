import { describe, expect, it } from 'vitest';
import { displayName } from './externals';

describe('endpoint display names', () => {
  it('shows the host and port of a URL', () => {
    expect(displayName('http://loki:3100/loki/api/v1/push')).toBe('loki:3100');
    expect(displayName('http://tempo:4317')).toBe('tempo:4317');
    expect(displayName('https://user:secret@logs.example.com/push')).toBe('logs.example.com');
  });

  it('keeps an address that is not a URL as it is', () => {
    expect(displayName('tempo:4317')).toBe('tempo:4317');
    expect(displayName('0.0.0.0:4318')).toBe('0.0.0.0:4318');
  });
});
