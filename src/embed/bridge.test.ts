import { describe, expect, it } from 'vitest';
import type { CheckReport } from '../check';
import { createEmbedBridge, type RequestHandlers } from './bridge';
import type { OriginAllowList } from './origins';
import type { FrameMessage } from './protocol';

const HOST = 'https://host.example';
const envelope = { protocol: 'alloy-playground', version: 1 } as const;
const report: CheckReport = { lessonId: 'section-1', passed: true, problems: [], objectives: [] };

/** A bridge over a playground that holds a configuration and perhaps a lesson. */
function setUp(allowed: OriginAllowList = null, hostOrigin: string | null = HOST) {
  const posted: { message: FrameMessage; target: string }[] = [];
  const state = { config: 'logging {}\n', lessonId: 'section-1' as string | null, checks: 0 };
  const handlers: RequestHandlers = {
    current: () => ({ config: state.config, lessonId: state.lessonId }),
    setConfig: (config) => void (state.config = config),
    setLesson: (lessonId) => {
      if (lessonId !== 'section-2') return `there is no lesson "${lessonId}"`;
      state.lessonId = lessonId;
      state.config = '// section 2\n';
      return null;
    },
    startCheck: () => (state.lessonId === null ? 'no lesson is open' : (state.checks++, null)),
  };
  const bridge = createEmbedBridge({
    allowed,
    hostOrigin,
    post: (message, target) => posted.push({ message, target }),
    handlers,
  });
  const fromHost = (data: unknown, origin = HOST) => bridge.receive({ data, origin, fromHost: true });
  return { bridge, posted, state, fromHost };
}

describe('createEmbedBridge', () => {
  it('answers get-config and set-config with the configuration, echoing the requestId', () => {
    const { posted, state, fromHost } = setUp();
    fromHost({ ...envelope, type: 'get-config', requestId: 1 });
    fromHost({ ...envelope, type: 'set-config', config: 'prometheus.scrape "a" {}\n', requestId: 'two' });
    expect(state.config).toBe('prometheus.scrape "a" {}\n');
    expect(posted).toEqual([
      {
        message: { ...envelope, type: 'config', config: 'logging {}\n', lessonId: 'section-1', requestId: 1 },
        target: HOST,
      },
      {
        message: {
          ...envelope,
          type: 'config',
          config: 'prometheus.scrape "a" {}\n',
          lessonId: 'section-1',
          requestId: 'two',
        },
        target: HOST,
      },
    ]);
  });

  it('switches lessons, or says why it cannot', () => {
    const { posted, fromHost } = setUp();
    fromHost({ ...envelope, type: 'set-lesson', lessonId: 'section-2' });
    fromHost({ ...envelope, type: 'set-lesson', lessonId: 'nope', requestId: 3 });
    expect(posted.map(({ message }) => message)).toEqual([
      { ...envelope, type: 'config', config: '// section 2\n', lessonId: 'section-2' },
      { ...envelope, type: 'error', message: 'there is no lesson "nope"', requestId: 3 },
    ]);
  });

  it('answers each waiting check request with the next requested report, and quiet checks on their own', () => {
    const { bridge, posted, state, fromHost } = setUp();
    fromHost({ ...envelope, type: 'check', requestId: 'a' });
    fromHost({ ...envelope, type: 'check' });
    expect(state.checks).toBe(2);
    expect(posted).toEqual([]);

    bridge.checkFinished(report, false);
    bridge.checkFinished(report, true);
    bridge.checkFinished(report, true);
    expect(posted.map(({ message }) => message)).toEqual([
      { ...envelope, type: 'check-result', report, requested: false },
      { ...envelope, type: 'check-result', report, requested: true, requestId: 'a' },
      { ...envelope, type: 'check-result', report, requested: true },
      { ...envelope, type: 'check-result', report, requested: true },
    ]);
  });

  it('reports a check that cannot run', () => {
    const { posted, state, fromHost } = setUp();
    state.lessonId = null;
    fromHost({ ...envelope, type: 'check', requestId: 9 });
    expect(posted.map(({ message }) => message)).toEqual([
      { ...envelope, type: 'error', message: 'no lesson is open', requestId: 9 },
    ]);
  });

  it('answers a malformed message with an error and carries on', () => {
    const { posted, fromHost } = setUp();
    fromHost({ ...envelope, version: 2, type: 'check', requestId: 5 });
    fromHost('hello');
    fromHost({ ...envelope, type: 'get-config' });
    expect(posted.map(({ message }) => message)).toEqual([
      {
        ...envelope,
        type: 'error',
        message: 'version 2 is not supported: this playground speaks version 1',
        requestId: 5,
      },
      { ...envelope, type: 'error', message: 'a message must be an object, not a string (hello)' },
      { ...envelope, type: 'config', config: 'logging {}\n', lessonId: 'section-1' },
    ]);
  });

  it('ignores, without answering, messages from origins not allowed and from other windows', () => {
    const { bridge, posted, state, fromHost } = setUp([HOST]);
    fromHost({ ...envelope, type: 'set-config', config: 'evil' }, 'https://evil.example');
    fromHost('garbage', 'https://evil.example');
    bridge.receive({
      data: { ...envelope, type: 'set-config', config: 'popup' },
      origin: HOST,
      fromHost: false,
    });
    expect(posted).toEqual([]);
    expect(state.config).toBe('logging {}\n');
  });

  it('writes to the allowed host origin only, never to *', () => {
    const { bridge, posted } = setUp(['https://a.example', HOST], HOST);
    bridge.notify({ type: 'resize', height: 300 });
    expect(posted).toEqual([{ message: { ...envelope, type: 'resize', height: 300 }, target: HOST }]);
  });

  it('says nothing to a host whose origin is not allowed', () => {
    const { bridge, posted } = setUp([HOST], 'https://evil.example');
    bridge.notify({ type: 'resize', height: 300 });
    expect(posted).toEqual([]);
  });

  it('holds its own news until an allowed host makes itself known, when it cannot tell which one embeds it', () => {
    const { bridge, posted, fromHost } = setUp(['https://a.example', HOST], null);
    bridge.notify({ type: 'resize', height: 100 });
    bridge.notify({ type: 'resize', height: 120 });
    expect(posted).toEqual([]);
    fromHost({ ...envelope, type: 'get-config' });
    expect(posted).toEqual([
      { message: { ...envelope, type: 'resize', height: 120 }, target: HOST },
      {
        message: { ...envelope, type: 'config', config: 'logging {}\n', lessonId: 'section-1' },
        target: HOST,
      },
    ]);
  });

  it('writes to anyone when any host may embed it and its host is unknown', () => {
    const { bridge, posted } = setUp(null, null);
    bridge.notify({ type: 'diagnostics', diagnostics: [] });
    expect(posted).toEqual([{ message: { ...envelope, type: 'diagnostics', diagnostics: [] }, target: '*' }]);
  });
});
