/**
 * `otelcol.processor.attributes`: runs its `action` blocks in order on the
 * attributes of each span (or log record) that `include` selects and
 * `exclude` does not. Actions: `insert` (only when absent), `update` (only
 * when present), `upsert`, `delete` (by `key` or `pattern`), `extract`
 * (named groups of `pattern` into attributes) and `convert`; values come
 * from `value` or `from_attribute`. Matching: at least one item of each
 * listed property (`services`, `span_names`, `span_kinds`) must match, and
 * every `attribute` block; `strict` compares exactly, `regexp` with RE2.
 */
import { goRegexp } from '../formats/go-regexp';
import { ConfigError, NotSimulatedError, type ConfigBody } from '../config/body';
import type { AttributeValue, OtlpLogRecord, Span } from '../model';
import type { ComponentFactory } from './component';
import { otelOutputs } from './otel-output';

type Attributes = Record<string, AttributeValue>;
type Action = (attributes: Attributes) => void;
type Subject = {
  attributes: Readonly<Attributes>;
  resource: Readonly<Attributes>;
  name?: string;
  kind?: string;
};
type Matcher = (subject: Subject) => boolean;

export const otelcolProcessorAttributes: ComponentFactory = (context) => {
  const actions = context.body.blocksNamed('action').map(readAction);
  const include = context.body.block('include');
  const exclude = context.body.block('exclude');
  const included = include ? readMatcher(include) : () => true;
  const excluded = exclude ? readMatcher(exclude) : () => false;
  const outputs = otelOutputs(context);
  const applies = (subject: Subject) => included(subject) && !excluded(subject);
  const apply = (attributes: Readonly<Attributes>): Attributes => {
    const changed = { ...attributes };
    for (const action of actions) action(changed);
    return changed;
  };

  return {
    receive(batch) {
      if (batch.signal === 'traces') {
        const spans: Span[] = batch.spans.map((span) =>
          applies(span) ? { ...span, attributes: apply(span.attributes) } : span,
        );
        outputs.emit({ signal: 'traces', spans });
      } else if (batch.signal === 'otlp-logs') {
        const records: OtlpLogRecord[] = batch.records.map((record) =>
          applies(record) ? { ...record, attributes: apply(record.attributes) } : record,
        );
        outputs.emit({ signal: 'otlp-logs', records });
      } else if (batch.signal === 'otlp-metrics') {
        outputs.emit(batch);
      }
    },
  };
};

function readAction(block: ConfigBody): Action {
  const key = block.string('key', '');
  const action = block.string('action', '').toLowerCase();
  const pattern = block.string('pattern', '');
  const fromAttribute = block.string('from_attribute', '');
  if (block.string('from_context', '') !== '') throw new NotSimulatedError('from_context is not simulated');
  const value = block.value('value');
  const source = (attributes: Attributes): AttributeValue | undefined => {
    if (fromAttribute !== '') return attributes[fromAttribute];
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? value
      : undefined;
  };
  if (['insert', 'update', 'upsert'].includes(action) && value === undefined && fromAttribute === '') {
    throw new ConfigError(
      `error creating AttrProc due to missing value field for action "${action}" and key "${key}"`,
    );
  }
  switch (action) {
    case 'insert':
      return (attributes) => {
        const found = source(attributes);
        if (!(key in attributes) && found !== undefined) attributes[key] = found;
      };
    case 'update':
      return (attributes) => {
        const found = source(attributes);
        if (key in attributes && found !== undefined) attributes[key] = found;
      };
    case 'upsert':
      return (attributes) => {
        const found = source(attributes);
        if (found !== undefined) attributes[key] = found;
      };
    case 'delete': {
      const regex = pattern === '' ? null : goRegexp(pattern);
      return (attributes) => {
        if (key !== '') delete attributes[key];
        if (regex) for (const name of Object.keys(attributes)) if (regex.test(name)) delete attributes[name];
      };
    }
    case 'extract': {
      const regex = goRegexp(pattern);
      if (!regex) throw new ConfigError(`error creating AttrProc: invalid pattern "${pattern}"`);
      return (attributes) => {
        const text = attributes[key];
        if (typeof text !== 'string') return;
        const match = regex.exec(text);
        if (match?.groups)
          for (const [name, captured] of Object.entries(match.groups))
            if (captured !== undefined) attributes[name] = captured;
      };
    }
    case 'convert': {
      const type = block.string('converted_type', '');
      return (attributes) => {
        const current = attributes[key];
        if (current === undefined) return;
        if (type === 'string') attributes[key] = String(current);
        else if (type === 'int' && Number.isFinite(Number(current)))
          attributes[key] = Math.trunc(Number(current));
        else if (type === 'double' && Number.isFinite(Number(current))) attributes[key] = Number(current);
      };
    }
    case 'hash':
      throw new NotSimulatedError('the hash action is not simulated');
    default:
      throw new ConfigError(
        `error creating AttrProc due to unsupported action "${action}" at the 0-th actions`,
      );
  }
}

function readMatcher(block: ConfigBody): Matcher {
  const matchType = block.string('match_type', '');
  if (matchType !== 'strict' && matchType !== 'regexp') {
    throw new ConfigError(`match_type must be "strict" or "regexp", got "${matchType}"`);
  }
  const test = (pattern: string, value: string): boolean =>
    matchType === 'strict' ? pattern === value : (goRegexp(pattern)?.test(value) ?? false);
  const services = block.stringList('services');
  const spanNames = block.stringList('span_names');
  const spanKinds = block.stringList('span_kinds');
  const attributes = block
    .blocksNamed('attribute')
    .map((attribute) => ({ key: attribute.string('key', ''), value: attribute.value('value') }));
  const resources = block
    .blocksNamed('resource')
    .map((resource) => ({ key: resource.string('key', ''), value: resource.value('value') }));
  const matchesAll = (wanted: { key: string; value: unknown }[], actual: Readonly<Attributes>) =>
    wanted.every(({ key, value }) => {
      const found = actual[key];
      if (found === undefined) return false;
      if (value === undefined || value === null) return true;
      return matchType === 'strict' ? found === value : test(String(value), String(found));
    });
  return (subject) =>
    (services.length === 0 ||
      services.some((service) => test(service, String(subject.resource['service.name'] ?? '')))) &&
    (spanNames.length === 0 ||
      (subject.name !== undefined && spanNames.some((name) => test(name, subject.name as string)))) &&
    (spanKinds.length === 0 ||
      (subject.kind !== undefined && spanKinds.some((kind) => test(kind, subject.kind as string)))) &&
    matchesAll(attributes, subject.attributes) &&
    matchesAll(resources, subject.resource);
}
