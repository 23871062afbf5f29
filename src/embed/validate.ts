/**
 * Reads a message from the host: anything at all may arrive, and only a
 * well-formed request of the current protocol version passes. Never throws;
 * a rejected message comes back with what was wrong, in words for the
 * host's developer.
 */
import {
  MAX_CONFIG_LENGTH,
  PROTOCOL,
  PROTOCOL_VERSION,
  type HostRequest,
  type HostRequestType,
  type RequestId,
} from './protocol';

export type ParsedRequest =
  { ok: true; request: HostRequest } | { ok: false; error: string; requestId?: RequestId };

const MAX_ID_LENGTH = 200;
const ENVELOPE_FIELDS = ['protocol', 'version', 'type', 'requestId'];

/** The fields each request takes besides the envelope. */
const REQUEST_FIELDS: Record<HostRequestType, readonly string[]> = {
  'set-config': ['config'],
  'get-config': [],
  check: [],
  'set-lesson': ['lessonId'],
};

const isRequestType = (type: string): type is HostRequestType => Object.hasOwn(REQUEST_FIELDS, type);

export function parseHostRequest(data: unknown): ParsedRequest {
  if (!isPlainObject(data)) return { ok: false, error: `a message must be an object, not ${describe(data)}` };

  const requestId = data.requestId;
  if (requestId !== undefined && !isRequestId(requestId))
    return {
      ok: false,
      error: `\`requestId\` must be a string of at most ${MAX_ID_LENGTH} characters or a finite number`,
    };
  const fail = (error: string): ParsedRequest =>
    requestId === undefined ? { ok: false, error } : { ok: false, error, requestId };

  if (data.protocol !== PROTOCOL) return fail(`\`protocol\` must be "${PROTOCOL}"`);
  if (data.version !== PROTOCOL_VERSION)
    return fail(
      typeof data.version === 'number'
        ? `version ${data.version} is not supported: this playground speaks version ${PROTOCOL_VERSION}`
        : `\`version\` must be the number ${PROTOCOL_VERSION}`,
    );

  const type = data.type;
  if (typeof type !== 'string' || !isRequestType(type))
    return fail(
      `unknown message type ${typeof type === 'string' ? `"${type}"` : describe(type)}; ` +
        `expected one of ${Object.keys(REQUEST_FIELDS).join(', ')}`,
    );

  const extra = Object.keys(data).find(
    (key) => !ENVELOPE_FIELDS.includes(key) && !REQUEST_FIELDS[type].includes(key),
  );
  if (extra !== undefined) return fail(`"${type}" does not take \`${extra}\``);

  const id = requestId === undefined ? {} : { requestId };
  switch (type) {
    case 'set-config': {
      const config = data.config;
      if (typeof config !== 'string')
        return fail(`"set-config" needs \`config\`, a string (the configuration text)`);
      if (config.length > MAX_CONFIG_LENGTH)
        return fail(`\`config\` is longer than ${MAX_CONFIG_LENGTH} characters`);
      return { ok: true, request: { type, config, ...id } };
    }
    case 'set-lesson': {
      const lessonId = data.lessonId;
      if (typeof lessonId !== 'string' || lessonId === '' || lessonId.length > MAX_ID_LENGTH)
        return fail(`"set-lesson" needs \`lessonId\`, a lesson id such as "section-1"`);
      return { ok: true, request: { type, lessonId, ...id } };
    }
    case 'get-config':
    case 'check':
      return { ok: true, request: { type, ...id } };
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function isRequestId(value: unknown): value is RequestId {
  return (
    (typeof value === 'string' && value.length <= MAX_ID_LENGTH) ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

function describe(value: unknown): string {
  if (value === undefined || value === null) return String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object of another kind';
  return `a ${typeof value} (${String(value).slice(0, 40)})`;
}
