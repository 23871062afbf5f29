/**
 * Parsing times the way `stage.timestamp` does: a named format (`RFC3339`,
 * `UnixMs`, …) or a Go reference layout such as
 * `2006-01-02T15:04:05.000Z07:00`. Returns milliseconds since the epoch,
 * or null when the text does not fit the format.
 */

const NAMED_LAYOUTS: Readonly<Record<string, string>> = {
  ANSIC: 'Mon Jan _2 15:04:05 2006',
  UnixDate: 'Mon Jan _2 15:04:05 MST 2006',
  RubyDate: 'Mon Jan 02 15:04:05 -0700 2006',
  RFC822: '02 Jan 06 15:04 MST',
  RFC822Z: '02 Jan 06 15:04 -0700',
  RFC850: 'Monday, 02-Jan-06 15:04:05 MST',
  RFC1123: 'Mon, 02 Jan 2006 15:04:05 MST',
  RFC1123Z: 'Mon, 02 Jan 2006 15:04:05 -0700',
  RFC3339: '2006-01-02T15:04:05Z07:00',
  RFC3339Nano: '2006-01-02T15:04:05.999999999Z07:00',
};

const UNIX_SCALE: Readonly<Record<string, number>> = { UnixMs: 1, UnixUs: 1e-3, UnixNs: 1e-6 };

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Layout elements, longest first where one is a prefix of another. */
const ELEMENTS = [
  'January',
  'Jan',
  'Monday',
  'Mon',
  'MST',
  'Z07:00:00',
  'Z070000',
  'Z07:00',
  'Z0700',
  'Z07',
  '-07:00:00',
  '-070000',
  '-07:00',
  '-0700',
  '-07',
  '2006',
  '_2',
  '002',
  '01',
  '02',
  '03',
  '04',
  '05',
  '06',
  '15',
  '1',
  '2',
  '3',
  '4',
  '5',
  'PM',
  'pm',
];

type Fields = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millis: number;
  pm: boolean | null;
  offsetMinutes: number;
};

export function parseGoTime(text: string, format: string): number | null {
  if (format === 'Unix') {
    if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
    return Math.round(Number(text) * 1000);
  }
  const scale = UNIX_SCALE[format];
  if (scale !== undefined) return /^-?\d+$/.test(text) ? Math.floor(Number(text) * scale) : null;
  return parseLayout(text, NAMED_LAYOUTS[format] ?? format);
}

function parseLayout(text: string, layout: string): number | null {
  const fields: Fields = {
    year: 0,
    month: 1,
    day: 1,
    hour: 0,
    minute: 0,
    second: 0,
    millis: 0,
    pm: null,
    offsetMinutes: 0,
  };
  let at = 0;
  let index = 0;
  while (index < layout.length) {
    const fraction = /^[.,](0+|9+)(?!\d)/.exec(layout.slice(index));
    if (fraction) {
      const digits = fraction[1] ?? '';
      const read = readFraction(text, at, digits.startsWith('0') ? digits.length : null);
      if (read === null) return null;
      fields.millis = read.millis;
      at = read.end;
      index += fraction[0].length;
      continue;
    }
    const element = ELEMENTS.find((candidate) => layout.startsWith(candidate, index));
    if (!element) {
      if (text[at] !== layout[index]) return null;
      at++;
      index++;
      continue;
    }
    const end = readElement(element, text, at, fields);
    if (end === null) return null;
    at = end;
    index += element.length;
    // Go accepts a fraction right after the seconds even when the layout does not show one.
    if ((element === '05' || element === '5') && !/^[.,][09]/.test(layout.slice(index))) {
      const extra = /^[.,]\d+/.exec(text.slice(at));
      if (extra) {
        fields.millis = readFraction(text, at, null)?.millis ?? 0;
        at += extra[0].length;
      }
    }
  }
  if (at !== text.length) return null;
  let hour = fields.hour;
  if (fields.pm !== null) hour = (hour % 12) + (fields.pm ? 12 : 0);
  const utc = Date.UTC(
    fields.year,
    fields.month - 1,
    fields.day,
    hour,
    fields.minute,
    fields.second,
    fields.millis,
  );
  const check = new Date(Date.UTC(fields.year, fields.month - 1, fields.day));
  if (check.getUTCMonth() !== fields.month - 1 || check.getUTCDate() !== fields.day) return null;
  if (fields.year < 100) {
    // Date.UTC maps two-digit years to the 1900s; Go keeps year 0 as is.
    const exact = new Date(utc);
    exact.setUTCFullYear(fields.year);
    return exact.getTime() - fields.offsetMinutes * 60_000;
  }
  return utc - fields.offsetMinutes * 60_000;
}

function readFraction(
  text: string,
  at: number,
  exactDigits: number | null,
): { millis: number; end: number } | null {
  const match = /^[.,](\d+)/.exec(text.slice(at));
  if (!match) return exactDigits === null ? { millis: 0, end: at } : null;
  const digits = match[1] ?? '';
  if (exactDigits !== null && digits.length !== exactDigits) return null;
  return { millis: Math.floor(Number(`0.${digits}`) * 1000 + 1e-6), end: at + match[0].length };
}

function readElement(element: string, text: string, at: number, fields: Fields): number | null {
  const rest = text.slice(at);
  const number = (pattern: RegExp, apply: (value: number) => boolean): number | null => {
    const match = pattern.exec(rest);
    if (!match || !apply(Number(match[1] ?? match[0]))) return null;
    return at + match[0].length;
  };
  const name = (names: readonly string[], short: boolean, apply: (index: number) => void): number | null => {
    const lower = rest.toLowerCase();
    const found = names.findIndex((full) => lower.startsWith(short ? full.slice(0, 3) : full));
    if (found < 0) return null;
    apply(found);
    return at + (short ? 3 : (names[found] ?? '').length);
  };
  switch (element) {
    case '2006':
      return number(/^\d{4}/, (v) => ((fields.year = v), true));
    case '06':
      return number(/^\d{2}/, (v) => ((fields.year = v >= 69 ? 1900 + v : 2000 + v), true));
    case '01':
      return number(/^\d{2}/, (v) => ((fields.month = v), v >= 1 && v <= 12));
    case '1':
      return number(/^\d{1,2}/, (v) => ((fields.month = v), v >= 1 && v <= 12));
    case 'January':
    case 'Jan':
      return name(MONTHS, element === 'Jan', (found) => (fields.month = found + 1));
    case 'Monday':
    case 'Mon':
      return name(DAYS, element === 'Mon', () => undefined);
    case '02':
      return number(/^\d{2}/, (v) => ((fields.day = v), v >= 1 && v <= 31));
    case '2':
      return number(/^\d{1,2}/, (v) => ((fields.day = v), v >= 1 && v <= 31));
    case '_2':
      return number(/^ ?(\d{1,2})/, (v) => ((fields.day = v), v >= 1 && v <= 31));
    case '002':
      return null;
    case '15':
      return number(/^\d{1,2}/, (v) => ((fields.hour = v), v < 24));
    case '03':
      return number(/^\d{2}/, (v) => ((fields.hour = v), v >= 1 && v <= 12));
    case '3':
      return number(/^\d{1,2}/, (v) => ((fields.hour = v), v >= 1 && v <= 12));
    case '04':
      return number(/^\d{2}/, (v) => ((fields.minute = v), v < 60));
    case '4':
      return number(/^\d{1,2}/, (v) => ((fields.minute = v), v < 60));
    case '05':
      return number(/^\d{2}/, (v) => ((fields.second = v), v < 60));
    case '5':
      return number(/^\d{1,2}/, (v) => ((fields.second = v), v < 60));
    case 'PM':
    case 'pm': {
      const match = /^(AM|PM)/i.exec(rest);
      if (!match) return null;
      fields.pm = (match[1] ?? '').toUpperCase() === 'PM';
      return at + 2;
    }
    case 'MST': {
      const match = /^(UTC|GMT|[A-Z]{3,5})/.exec(rest);
      return match ? at + match[0].length : null;
    }
    default:
      return readZone(element, rest, at, fields);
  }
}

function readZone(element: string, rest: string, at: number, fields: Fields): number | null {
  if (element.startsWith('Z') && rest.startsWith('Z')) {
    fields.offsetMinutes = 0;
    return at + 1;
  }
  const shape = element.slice(1);
  const patterns: Readonly<Record<string, RegExp>> = {
    '07:00:00': /^([+-])(\d{2}):(\d{2}):(\d{2})/,
    '070000': /^([+-])(\d{2})(\d{2})(\d{2})/,
    '07:00': /^([+-])(\d{2}):(\d{2})/,
    '0700': /^([+-])(\d{2})(\d{2})/,
    '07': /^([+-])(\d{2})/,
  };
  const match = patterns[shape]?.exec(rest);
  if (!match) return null;
  const sign = match[1] === '-' ? -1 : 1;
  fields.offsetMinutes = sign * (Number(match[2]) * 60 + Number(match[3] ?? 0));
  return at + match[0].length;
}
