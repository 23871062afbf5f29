/** `encoding`: JSON, YAML, base64 and URL encodings (spec 6.5). */
import {
  FunctionError,
  array,
  object,
  string,
  uint,
  type FunctionValue,
  type ObjectValue,
  type Value,
} from '../value';
import { ANY, STRING, typedFunction } from './define';
import { JsonError, decodeJson, encodeJson } from './json';
import { YamlError, decodeYaml } from './yaml';
import { decodeUtf8, encodeUtf8 } from '../eval/utf8';
import { goQuote } from '../eval/go-quote';

const text = (value: Value | undefined): string => (value?.type === 'string' ? value.value : '');

/** Runs a decoder, turning its own error type into the function's failure. */
function failing<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof JsonError || error instanceof YamlError) throw new FunctionError(error.message);
    throw error;
  }
}

const STANDARD_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function base64Encode(bytes: Uint8Array, alphabet: string): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const count = Math.min(bytes.length - i, 3);
    for (let k = 0; k < 4; k++) out += k <= count ? alphabet[(chunk >> (18 - 6 * k)) & 63] : '=';
  }
  return out;
}

/**
 * Go's strict base64 decoding with padding: line breaks are skipped, and the
 * error names the offending input byte like Go's CorruptInputError.
 */
function base64Decode(input: Uint8Array, alphabet: string): number[] {
  const decode = new Map([...alphabet].map((c, i) => [c.charCodeAt(0), i]));
  const corrupt = (at: number) => new FunctionError(`illegal base64 data at input byte ${at}`);
  const isBreak = (b: number | undefined) => b === 0x0a || b === 0x0d;
  const out: number[] = [];
  let si = 0;
  while (si < input.length) {
    const quantum: number[] = [];
    let length = 4;
    for (let j = 0; j < 4; j++) {
      if (si === input.length) {
        if (j === 0) return out;
        throw corrupt(si - j);
      }
      const byte = input[si++] as number;
      const digit = decode.get(byte);
      if (digit !== undefined) {
        quantum[j] = digit;
        continue;
      }
      if (isBreak(byte)) {
        j--;
        continue;
      }
      if (byte !== 0x3d || j < 2) throw corrupt(si - 1);
      if (j === 2) {
        while (si < input.length && isBreak(input[si])) si++;
        if (si === input.length) throw corrupt(input.length);
        if (input[si] !== 0x3d) throw corrupt(si - 1);
        si++;
      }
      while (si < input.length && isBreak(input[si])) si++;
      if (si < input.length) throw corrupt(si);
      length = j;
      break;
    }
    const [a = 0, b = 0, c = 0, d = 0] = quantum;
    const bits = (a << 18) | (b << 12) | (c << 6) | d;
    const bytes = [(bits >> 16) & 0xff, (bits >> 8) & 0xff, bits & 0xff];
    if (length === 3 && bytes[2] !== 0) throw corrupt(si - 1);
    if (length === 2 && (bytes[1] !== 0 || bytes[2] !== 0)) throw corrupt(si - 2);
    out.push(...bytes.slice(0, length - 1));
  }
  return out;
}

/** Go's url.QueryEscape: unreserved characters kept, space as `+`, other bytes as `%XX`. */
function queryEscape(value: string): string {
  let out = '';
  for (const byte of encodeUtf8(value)) {
    const char = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(char)) out += char;
    else if (char === ' ') out += '+';
    else out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** Go's url.QueryUnescape. */
function queryUnescape(value: string): string {
  const input = encodeUtf8(value);
  const bytes: number[] = [];
  const isHex = (b: number | undefined) => b !== undefined && /[0-9a-fA-F]/.test(String.fromCharCode(b));
  for (let i = 0; i < input.length; i++) {
    const byte = input[i] as number;
    if (byte === 0x25) {
      if (i + 2 >= input.length || !isHex(input[i + 1]) || !isHex(input[i + 2])) {
        const bad = decodeUtf8(input.slice(i, i + 3));
        throw new FunctionError(`invalid URL escape ${goQuote(bad)}`);
      }
      bytes.push(parseInt(String.fromCharCode(input[i + 1] as number, input[i + 2] as number), 16));
      i += 2;
    } else bytes.push(byte === 0x2b ? 0x20 : byte);
  }
  return decodeUtf8(bytes);
}

/** A byte array as the base64 decoders return it: numbers that convert to a string where one is needed. */
function byteArray(bytes: readonly number[]): Value {
  return { ...array(bytes.map((b) => uint(b))), bytes: true };
}

const decoding = (hostType: string, body: (input: string) => Value): FunctionValue =>
  typedFunction({ hostType, params: [STRING] }, ([input]) => failing(() => body(text(input))));

const fromJson = decoding('func(string) (interface {}, error)', (input) => decodeJson(input));
const fromYaml = decoding('func(string) (interface {}, error)', decodeYaml);
const fromBase64 = decoding('func(string) ([]uint8, error)', (input) =>
  byteArray(base64Decode(encodeUtf8(input), STANDARD_ALPHABET)),
);
const fromUrlBase64 = decoding('func(string) ([]uint8, error)', (input) =>
  byteArray(base64Decode(encodeUtf8(input), URL_ALPHABET)),
);
const toBase64 = decoding('func(string) (string, error)', (input) =>
  string(base64Encode(encodeUtf8(input), STANDARD_ALPHABET)),
);
const toUrlBase64 = decoding('func(string) (string, error)', (input) =>
  string(base64Encode(encodeUtf8(input), URL_ALPHABET)),
);
const urlEncode = decoding('func(string) (string, error)', (input) => string(queryEscape(input)));
const urlDecode = decoding('func(string) (string, error)', (input) => string(queryUnescape(input)));

const toJson = typedFunction({ hostType: 'func(interface {}) (string, error)', params: [ANY] }, ([input]) => {
  if (input?.type !== 'object') throw new FunctionError('jsonEncode only supports map');
  return failing(() => string(encodeJson(input)));
});

export const encodingNamespace: ObjectValue = object({
  from_json: fromJson,
  from_yaml: fromYaml,
  from_base64: fromBase64,
  from_URLbase64: fromUrlBase64,
  to_json: toJson,
  to_base64: toBase64,
  to_URLbase64: toUrlBase64,
  url_encode: urlEncode,
  url_decode: urlDecode,
});
