import { describe, expect, it } from 'vitest';
import { acceptsOrigin, hostTarget, parseOriginList } from './origins';

describe('parseOriginList', () => {
  it('reads comma-separated origins, written canonically and once each', () => {
    expect(
      parseOriginList('https://Docs.Example.com, http://localhost:8080/,https://docs.example.com:443'),
    ).toEqual({
      origins: ['https://docs.example.com', 'http://localhost:8080'],
      problems: [],
    });
  });

  it('leaves out and reports whatever is not a bare http(s) origin', () => {
    const { origins, problems } = parseOriginList(
      'https://ok.example,*,https://a.example/path,https://a.example?q=1,javascript:alert(1),ftp://a.example,https://u@a.example,,',
    );
    expect(origins).toEqual(['https://ok.example']);
    expect(problems).toEqual([
      '"*" is not an origin such as https://example.com',
      '"https://a.example/path" is not an origin such as https://example.com',
      '"https://a.example?q=1" is not an origin such as https://example.com',
      '"javascript:alert(1)" is not an origin such as https://example.com',
      '"ftp://a.example" is not an origin such as https://example.com',
      '"https://u@a.example" is not an origin such as https://example.com',
    ]);
  });
});

describe('acceptsOrigin', () => {
  it('accepts any origin without a list and only listed ones with it', () => {
    expect(acceptsOrigin(null, 'https://any.example')).toBe(true);
    expect(acceptsOrigin(['https://a.example'], 'https://a.example')).toBe(true);
    expect(acceptsOrigin(['https://a.example'], 'https://b.example')).toBe(false);
    expect(acceptsOrigin(['https://a.example'], 'null')).toBe(false);
    expect(acceptsOrigin([], 'https://a.example')).toBe(false);
  });
});

describe('hostTarget', () => {
  it('without a list, writes to the known host or to anyone', () => {
    expect(hostTarget(null, 'https://a.example')).toBe('https://a.example');
    expect(hostTarget(null, null)).toBe('*');
    expect(hostTarget(null, 'null')).toBe('*');
  });

  it('with a list, writes only to an allowed origin, never to *', () => {
    const allowed = ['https://a.example', 'https://b.example'];
    expect(hostTarget(allowed, 'https://b.example')).toBe('https://b.example');
    expect(hostTarget(allowed, 'https://evil.example')).toBeNull();
    expect(hostTarget(allowed, null)).toBeNull();
    expect(hostTarget(['https://a.example'], null)).toBe('https://a.example');
    expect(hostTarget([], null)).toBeNull();
  });
});
