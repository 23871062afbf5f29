import { describe, expect, it } from 'vitest';
import { MAX_CONFIG_LENGTH } from './protocol';
import { parseHostRequest } from './validate';

const envelope = { protocol: 'alloy-playground', version: 1 };

describe('parseHostRequest', () => {
  it('reads each request of version 1, with and without a requestId', () => {
    expect(parseHostRequest({ ...envelope, type: 'set-config', config: 'logging {}\n' })).toEqual({
      ok: true,
      request: { type: 'set-config', config: 'logging {}\n' },
    });
    expect(parseHostRequest({ ...envelope, type: 'get-config', requestId: 7 })).toEqual({
      ok: true,
      request: { type: 'get-config', requestId: 7 },
    });
    expect(parseHostRequest({ ...envelope, type: 'check', requestId: 'c-1' })).toEqual({
      ok: true,
      request: { type: 'check', requestId: 'c-1' },
    });
    expect(parseHostRequest({ ...envelope, type: 'set-lesson', lessonId: 'section-2' })).toEqual({
      ok: true,
      request: { type: 'set-lesson', lessonId: 'section-2' },
    });
  });

  it('names what is wrong with anything that is not a request object', () => {
    expect(parseHostRequest('set-config')).toEqual({
      ok: false,
      error: 'a message must be an object, not a string (set-config)',
    });
    expect(parseHostRequest(null)).toMatchObject({ error: 'a message must be an object, not null' });
    expect(parseHostRequest(undefined)).toMatchObject({
      error: 'a message must be an object, not undefined',
    });
    expect(parseHostRequest([envelope])).toMatchObject({
      error: 'a message must be an object, not an array',
    });
    expect(parseHostRequest(new Date(0))).toMatchObject({
      error: 'a message must be an object, not an object of another kind',
    });
  });

  it('checks the envelope: protocol, then version, then type', () => {
    expect(parseHostRequest({ type: 'check' })).toMatchObject({
      error: '`protocol` must be "alloy-playground"',
    });
    expect(parseHostRequest({ protocol: 'alloy-playground', type: 'check' })).toMatchObject({
      error: '`version` must be the number 1',
    });
    expect(parseHostRequest({ ...envelope, version: 2, type: 'check' })).toMatchObject({
      error: 'version 2 is not supported: this playground speaks version 1',
    });
    expect(parseHostRequest({ ...envelope, type: 'run' })).toMatchObject({
      error: 'unknown message type "run"; expected one of set-config, get-config, check, set-lesson',
    });
    expect(parseHostRequest({ ...envelope })).toMatchObject({
      error: 'unknown message type undefined; expected one of set-config, get-config, check, set-lesson',
    });
    expect(parseHostRequest({ ...envelope, type: 'toString' })).toMatchObject({ ok: false });
  });

  it('checks the fields of each request and refuses unknown ones', () => {
    expect(parseHostRequest({ ...envelope, type: 'set-config', config: 42 })).toMatchObject({
      error: '"set-config" needs `config`, a string (the configuration text)',
    });
    expect(
      parseHostRequest({ ...envelope, type: 'set-config', config: 'x'.repeat(MAX_CONFIG_LENGTH + 1) }),
    ).toMatchObject({
      error: `\`config\` is longer than ${MAX_CONFIG_LENGTH} characters`,
    });
    expect(parseHostRequest({ ...envelope, type: 'set-lesson', lessonId: '' })).toMatchObject({
      error: '"set-lesson" needs `lessonId`, a lesson id such as "section-1"',
    });
    expect(parseHostRequest({ ...envelope, type: 'get-config', config: 'x' })).toMatchObject({
      error: '"get-config" does not take `config`',
    });
  });

  it('hands the requestId back with an error when it is usable, and says when it is not', () => {
    expect(parseHostRequest({ ...envelope, version: 3, type: 'check', requestId: 'r' })).toEqual({
      ok: false,
      error: 'version 3 is not supported: this playground speaks version 1',
      requestId: 'r',
    });
    expect(parseHostRequest({ ...envelope, type: 'check', requestId: { id: 1 } })).toEqual({
      ok: false,
      error: '`requestId` must be a string of at most 200 characters or a finite number',
    });
    expect(parseHostRequest({ ...envelope, type: 'check', requestId: Number.NaN })).toMatchObject({
      ok: false,
    });
  });

  it('accepts objects without a prototype, as structured clones of them arrive', () => {
    const bare = Object.assign(Object.create(null) as object, { ...envelope, type: 'check' });
    expect(parseHostRequest(bare)).toEqual({ ok: true, request: { type: 'check' } });
  });
});
