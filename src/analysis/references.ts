/**
 * Resolves the references in attribute values to declarations, as Alloy does:
 * the shortest prefix of a chain that is a declared id names the component,
 * the next name is one of its exports. Then checks what each reference gives
 * the argument it sits in — a Loki `forward_to` needs Loki receivers, an
 * otelcol `output.traces` needs consumers of traces — and reports, naming
 * both sides and their signals, when it does not fit.
 */
import { closestName, findArgumentWire, findExport, formatType, isAssignable } from '../catalog';
import type { ArgumentWire, ValueType } from '../catalog';
import type { Expression } from '../syntax/ast';
import type { AttributeSite } from './body-check';
import { chainOf, chainsIn, chainText, type Chain } from './chains';
import { lookupDeclaration, type Declaration, type Scope } from './declarations';
import { CODES, finding, listWords } from './diagnostics';
import { isGlobalName } from './scope-names';

/** Where a reference sits in its attribute's value. */
export type Placement =
  /** It is the whole value: `targets = discovery.http.x.targets`. */
  | 'value'
  /** It is an element of a list literal that is the whole value: `forward_to = [x.receiver]`. */
  | 'element'
  /** Anywhere deeper: a function argument, an object field, an operand. */
  | 'nested';

export type Reference = {
  from: Declaration;
  to: Declaration;
  /** The export read (`receiver`); null when the chain names only the component. */
  exportName: string | null;
  site: AttributeSite;
  chain: Chain;
  placement: Placement;
  /** Whether the reference fits the argument (false when a kind error was reported for it). */
  fits: boolean;
};

/**
 * Finds and checks every reference of the given attributes. Chains that
 * start with a standard-library name (`sys.env("X")`) or a `foreach`
 * variable are not references.
 */
export function resolveReferences(sites: readonly AttributeSite[]): Reference[] {
  const references: Reference[] = [];
  for (const site of sites) {
    // Where a chain sits follows from where it is found, so each value is walked once.
    const value = site.attribute.value;
    const whole = chainOf(value);
    if (whole) {
      addReference(references, site, whole, 'value');
    } else if (value.kind === 'Array') {
      for (const element of value.elements) {
        const chain = chainOf(element);
        if (chain) addReference(references, site, chain, 'element');
        else addNestedReferences(references, site, element);
      }
    } else {
      addNestedReferences(references, site, value);
    }
  }
  return references;
}

function addNestedReferences(references: Reference[], site: AttributeSite, expr: Expression): void {
  if (expr.kind === 'Literal') return; // most values: nothing to walk
  for (const chain of chainsIn(expr)) addReference(references, site, chain, 'nested');
}

function addReference(
  references: Reference[],
  site: AttributeSite,
  chain: Chain,
  placement: Placement,
): void {
  const reference = resolveChain(site, chain, placement);
  if (reference) references.push(reference);
}

function resolveChain(site: AttributeSite, chain: Chain, placement: Placement): Reference | null {
  const from = site.declaration;
  const scope = from.scope;
  let text = '';
  for (let used = 1; used <= chain.parts.length; used++) {
    text = used === 1 ? chain.parts[0]!.name : `${text}.${chain.parts[used - 1]!.name}`;
    const to = lookupDeclaration(scope, text);
    if (!to) continue;
    if (to === from) {
      from.findings.push(finding('error', CODES.selfReference, 'cannot reference self', chain.range));
      return null;
    }
    const first = chain.parts[0]!;
    if (isGlobalName(first.name)) {
      from.findings.push(
        finding('warning', CODES.shadowedStdlib, 'a component is shadowing an existing stdlib name', first),
      );
    }
    const exportName = chain.parts[used]?.name ?? null;
    const reference: Reference = { from, to, exportName, site, chain, placement, fits: true };
    reference.fits = checkExport(reference, used) && checkKind(reference);
    return reference;
  }

  const first = chain.parts[0]!;
  if (scope.variables.has(first.name)) return null;
  // Library names are the evaluator's to check (it warns about deprecated ones).
  if (isGlobalName(first.name)) return null;
  from.findings.push(
    finding(
      'error',
      CODES.unknownReference,
      `component "${chainText(chain)}" does not exist or is out of scope`,
      chain.range,
      suggestReference(chain, scope),
    ),
  );
  return null;
}

/**
 * The closest declared id in scope, keeping the rest of the chain: for
 * `loki.write.mythcal.receiver`, `loki.write.mythical.receiver`. The component
 * name is matched first, then the label among that component's labels only,
 * so a suggestion costs little however large the file.
 */
function suggestReference(chain: Chain, scope: Scope) {
  const names = namesInScope(scope);
  for (let used = chain.parts.length; used >= 2; used--) {
    const written = chainText(chain, used - 1);
    const name = names.guess(written);
    if (name === null) continue;
    const labelPart = chain.parts[used - 1]!.name;
    // Only the first labels are compared, which bounds the cost in files with many broken references.
    const labels = names.labelsByName.get(name)!.slice(0, MAX_LABEL_CANDIDATES);
    const label = labels.includes(labelPart) ? labelPart : closestName(labelPart, labels);
    if (label === null || (name === written && label === labelPart)) continue;
    const rest = chain.parts.slice(used).map((part) => part.name);
    return { text: [name, label, ...rest].join('.'), range: chain.range };
  }
  return undefined;
}

const MAX_LABEL_CANDIDATES = 20;

type ScopeNames = {
  /** The labels of each component name visible from the scope. */
  labelsByName: Map<string, string[]>;
  /** The visible component name closest to a written one (memoised: broken references repeat). */
  guess: (written: string) => string | null;
};

const scopeNames = new WeakMap<Scope, ScopeNames>();

/** The component names and labels visible from a scope, gathered once per scope. */
function namesInScope(scope: Scope): ScopeNames {
  const cached = scopeNames.get(scope);
  if (cached) return cached;
  const labelsByName = new Map<string, string[]>();
  for (
    let current: Scope | null = scope;
    current;
    current = current.kind === 'template' ? current.parent : null
  ) {
    for (const { block } of current.byId.values()) {
      if (block.label === null) continue;
      const labels = labelsByName.get(block.name) ?? [];
      labels.push(block.label.value);
      labelsByName.set(block.name, labels);
    }
  }
  const guesses = new Map<string, string | null>();
  const guess = (written: string) => {
    if (labelsByName.has(written)) return written;
    let best = guesses.get(written);
    if (best === undefined) {
      best = closestName(written, labelsByName.keys());
      guesses.set(written, best);
    }
    return best;
  };
  const names = { labelsByName, guess };
  scopeNames.set(scope, names);
  return names;
}

/** Reports an export the component does not have. */
function checkExport(reference: Reference, used: number): boolean {
  const { to, exportName, chain } = reference;
  if (exportName === null || to.exports === null || to.exports.has(exportName)) return true;
  const part = chain.parts[used]!;
  const suggestion = closestName(exportName, to.exports);
  const known =
    to.exports.size === 0 ? 'no exports' : `exports ${[...to.exports].map((e) => `"${e}"`).join(', ')}`;
  reference.from.findings.push(
    finding(
      'error',
      CODES.unknownExport,
      `${to.id} has no export "${exportName}" (it has ${known})`,
      part,
      suggestion === null ? undefined : { text: suggestion, range: part },
    ),
  );
  return false;
}

/** The type of what a reference reads, when the catalog knows it. */
function exportType(reference: Reference): ValueType | null {
  const { to, exportName } = reference;
  if (exportName === null || !to.schema) return null;
  return findExport(to.schema.name, exportName)?.type ?? null;
}

/** The wire of the argument a reference sits in, when that argument carries data. */
export function argumentWire(reference: Reference): ArgumentWire | undefined {
  const { from, site } = reference;
  return from.schema ? findArgumentWire(from.schema.name, site.path) : undefined;
}

/** Checks that a direct reference gives its argument something of the right kind. */
function checkKind(reference: Reference): boolean {
  const { placement, site } = reference;
  const argument = site.argument;
  if (placement === 'nested' || !argument) return true;

  if (reference.exportName === null) return checkWholeComponent(reference, argument.type);
  const actual = exportType(reference);
  if (!actual) return true;
  const expected = placement === 'element' ? elementOf(argument.type) : argument.type;
  if (!expected) return true;

  // A single receiver where a list of them is expected: `forward_to = x.receiver`.
  if (
    placement === 'value' &&
    expected.kind === 'list' &&
    actual.kind === 'receiver' &&
    isAssignable(expected.element, actual)
  ) {
    return report(
      reference,
      `${subject(reference)} expects a list: write [${chainText(reference.chain)}]`,
      `[${chainText(reference.chain)}]`,
    );
  }
  // A list of targets inside a list: `targets = [x.targets]`.
  if (
    placement === 'element' &&
    isTargetList(actual) &&
    argument.type.kind === 'list' &&
    isTargetList(argument.type)
  ) {
    return report(
      reference,
      `${chainText(reference.chain)} is already a list of targets: write ${site.path} = ${chainText(reference.chain)} without brackets`,
    );
  }
  if (!isOpaque(expected) && !isOpaque(actual)) return true;
  if (isAssignable(expected, actual)) return true;
  // A lone receiver of the wrong kind: name the kind the list wants, not the list.
  const wanted =
    expected.kind === 'list' && isOpaque(expected.element) && actual.kind !== 'list'
      ? expected.element
      : expected;
  return report(
    reference,
    `${subject(reference)} expects ${describePlural(wanted)}, but ${chainText(reference.chain)} is ${describe(actual)}${conversionHint(wanted, actual)}`,
  );
}

/** `forward_to = [loki.write.x]`: the component itself where one of its exports is wanted. */
function checkWholeComponent(reference: Reference, argumentType: ValueType): boolean {
  const expected = reference.placement === 'element' ? elementOf(argumentType) : argumentType;
  if (!expected || !isOpaque(expected) || !reference.to.schema) return true;
  const fitting = reference.to.schema.exports.find((e) => isAssignable(expected, e.type));
  const text = chainText(reference.chain);
  return report(
    reference,
    `${subject(reference)} expects ${describePlural(expected)}, but ${text} is a component`,
    fitting ? `${text}.${fitting.name}` : undefined,
  );
}

function report(reference: Reference, message: string, suggestion?: string): false {
  const range = reference.chain.range;
  reference.from.findings.push(
    finding(
      'error',
      CODES.referenceKind,
      message,
      range,
      suggestion === undefined ? undefined : { text: suggestion, range },
    ),
  );
  return false;
}

/** `prometheus.scrape.loki forward_to` */
function subject(reference: Reference): string {
  return `${reference.from.id} ${reference.site.path}`;
}

function elementOf(type: ValueType): ValueType | null {
  return type.kind === 'list' ? type.element : null;
}

function isTargetList(type: ValueType): boolean {
  return type.kind === 'list' && type.element.kind === 'map';
}

/** Receivers and capsules: values only components make, so a mismatch is certain. */
function isOpaque(type: ValueType): boolean {
  return type.kind === 'receiver' || type.kind === 'capsule';
}

const ECOSYSTEM_RECEIVERS: Record<string, { singular: string; plural: string }> = {
  LogsReceiver: { singular: 'a Loki logs receiver', plural: 'Loki logs receivers' },
  MetricsReceiver: { singular: 'a Prometheus metrics receiver', plural: 'Prometheus metrics receivers' },
  ProfilesReceiver: { singular: 'a Pyroscope profiles receiver', plural: 'Pyroscope profiles receivers' },
};

function describe(type: ValueType): string {
  if (type.kind === 'receiver') {
    if (type.receiver === 'otelcol.Consumer')
      return `an OpenTelemetry consumer of ${listWords(type.signals, 'telemetry')}`;
    return ECOSYSTEM_RECEIVERS[type.receiver ?? '']?.singular ?? 'a receiver';
  }
  if (isTargetList(type)) return 'a list of targets';
  if (type.kind === 'capsule')
    return type.name === 'otelcol.Handler' ? 'an authentication handler' : 'a list of relabeling rules';
  return `a value of type ${formatType(type)}`;
}

function describePlural(type: ValueType): string {
  if (type.kind === 'receiver') {
    if (type.receiver === 'otelcol.Consumer')
      return `OpenTelemetry consumers of ${listWords(type.signals, 'telemetry')}`;
    return ECOSYSTEM_RECEIVERS[type.receiver ?? '']?.plural ?? 'receivers';
  }
  return describe(type);
}

/**
 * Names the component that converts between the two ecosystems, when there
 * is one: data the argument sends (`expected`) must become what the
 * referenced export takes (`actual`).
 */
function conversionHint(expected: ValueType, actual: ValueType): string {
  if (expected.kind !== 'receiver' || actual.kind !== 'receiver') return '';
  const fromOtel = expected.receiver === 'otelcol.Consumer';
  const toOtel = actual.receiver === 'otelcol.Consumer';
  if (fromOtel === toOtel) return '';
  const converters: Readonly<Record<string, string>> = fromOtel
    ? { LogsReceiver: 'otelcol.exporter.loki', MetricsReceiver: 'otelcol.exporter.prometheus' }
    : { LogsReceiver: 'otelcol.receiver.loki', MetricsReceiver: 'otelcol.receiver.prometheus' };
  const [otel, other] = fromOtel ? [expected, actual] : [actual, expected];
  const converter = converters[other.receiver ?? ''];
  // Only the signal both sides carry can be converted: OpenTelemetry logs to Loki, not traces.
  const shared = other.signals.some((signal) => otel.signals.includes(signal));
  return converter && shared ? ` (${converter} converts between them)` : '';
}
