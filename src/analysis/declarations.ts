/**
 * Declarations: every block of a body that Alloy loads as a node — catalog
 * components, configuration blocks, instances of `declare`d or imported
 * components — indexed by id once, in scopes that mirror Alloy's: the file,
 * each `declare` body (a module: it sees only its own components) and each
 * `foreach` template (it also sees the enclosing scope).
 *
 * This module only classifies blocks and checks what the loader checks
 * before decoding a body: names, labels, placement and unique ids.
 */
import { getComponent, getRetiredComponent, suggestComponentNames } from '../catalog';
import type { ArgumentSchema, BodySchema, ComponentSchema } from '../catalog';
import type { Block, Statement } from '../syntax/ast';
import type { LineIndex } from '../syntax/line-index';
import { nameSpan } from '../syntax/part-span';
import type { Span } from '../syntax/span';
import { CODES, finding, type AnalysisCode, type Finding } from './diagnostics';
import { literalString, literalBool } from './literals';

export type DeclarationKind =
  /** A catalog component: `loki.write "x"`. */
  | 'component'
  /** A configuration block: `logging`, `declare`, `import.file`, `argument`, … */
  | 'config'
  /** An instance of a component defined by `declare` or brought in by `import.*`. */
  | 'custom'
  /** A name nothing defines. */
  | 'unknown';

export type Declaration = {
  /** Name parts and label joined by dots: `loki.write.mythical`, `logging`. */
  id: string;
  block: Block;
  kind: DeclarationKind;
  /** The catalog entry of components and configuration blocks. */
  schema: ComponentSchema | null;
  /** What the body may contain; null when anything goes (imported components, unknown names). */
  body: BodySchema | null;
  /** The names of the exports; null when they cannot be known (imported components). */
  exports: ReadonlySet<string> | null;
  scope: Scope;
  /** Position in `Declarations.all`, for graph algorithms. */
  index: number;
  findings: Finding[];
};

export type ScopeKind = 'file' | 'module' | 'template';

export type Scope = {
  kind: ScopeKind;
  /** The enclosing scope, for looking up definitions (`declare`, `import.*`). */
  parent: Scope | null;
  /** Declarations by id. */
  byId: Map<string, Declaration>;
  /** `declare "name"` blocks of this body, by name. */
  declares: Map<string, Block>;
  /** `import.*` namespaces of this body. */
  imports: Set<string>;
  /** Names bound by enclosing `foreach` blocks (`var = "each"`). */
  variables: ReadonlySet<string>;
};

export type Declarations = {
  root: Scope;
  /** Every declaration of every scope, in source order of discovery. */
  all: Declaration[];
  /** Problems that belong to no declaration (top-level attributes). */
  findings: Finding[];
};

/** Services whose blocks configure them (see the spec, 5.2). */
const CONFIGURABLE_SERVICES = new Set(['http', 'livedebugging', 'remotecfg']);
const UNCONFIGURABLE_SERVICES = new Set(['cluster', 'labelstore', 'otel', 'ui']);
/** Blocks that configure the whole process: only allowed at the top level. */
const TOP_LEVEL_ONLY = new Set(['logging', 'tracing', ...CONFIGURABLE_SERVICES]);
const MODULE_ONLY = new Set(['argument', 'export']);

/** `lines` index the source, for messages that name a line. */
export function collectDeclarations(body: readonly Statement[], lines: LineIndex): Declarations {
  const result: Declarations = {
    root: newScope('file', null, new Set()),
    all: [],
    findings: [],
  };
  for (const statement of body) {
    if (statement.kind === 'Attribute') {
      result.findings.push(
        finding(
          'error',
          CODES.topLevelAttribute,
          `unrecognized attribute ${statement.name.name}`,
          statement.name,
        ),
      );
    }
  }
  declareBody(body, result.root, result, lines);
  return result;
}

function newScope(kind: ScopeKind, parent: Scope | null, variables: ReadonlySet<string>): Scope {
  return { kind, parent, byId: new Map(), declares: new Map(), imports: new Set(), variables };
}

/** Collects the blocks of a body into `scope`, descending into `declare` and `foreach` bodies. */
function declareBody(body: readonly Statement[], scope: Scope, result: Declarations, lines: LineIndex): void {
  // Definitions first: a component may be used before its `declare`.
  for (const statement of body) {
    if (statement.kind !== 'Block' || statement.label === null) continue;
    if (statement.name === 'declare') scope.declares.set(statement.label.value, statement);
    else if (statement.name.startsWith('import.')) scope.imports.add(statement.label.value);
  }
  for (const statement of body) {
    if (statement.kind === 'Block') declareBlock(statement, scope, result, lines);
  }
}

function declareBlock(block: Block, scope: Scope, result: Declarations, lines: LineIndex): void {
  const id = block.label === null ? block.name : `${block.name}.${block.label.value}`;
  const declaration: Declaration = {
    id,
    block,
    kind: 'unknown',
    schema: null,
    body: null,
    exports: null,
    scope,
    index: result.all.length,
    findings: [],
  };
  result.all.push(declaration);
  classify(declaration, scope);

  const previous = scope.byId.get(id);
  if (previous) {
    declaration.findings.push(
      finding(
        'error',
        CODES.duplicateId,
        `block ${id} already declared at line ${lines.lineOf(previous.block.start)}`,
        headerRange(block),
      ),
    );
  } else {
    scope.byId.set(id, declaration);
  }

  if (block.name === 'declare') {
    declareBody(block.body, newScope('module', scope, new Set()), result, lines);
  } else if (block.name === 'foreach') {
    const variable = foreachVariable(block);
    const variables = variable === null ? scope.variables : new Set([...scope.variables, variable]);
    for (const statement of block.body) {
      if (statement.kind === 'Block' && statement.name === 'template') {
        declareBody(statement.body, newScope('template', scope, variables), result, lines);
      }
    }
  }
}

function foreachVariable(block: Block): string | null {
  for (const statement of block.body) {
    if (statement.kind === 'Attribute' && statement.name.name === 'var')
      return literalString(statement.value);
  }
  return null;
}

/** Decides what a block is and reports names, labels and placement. */
function classify(declaration: Declaration, scope: Scope): void {
  const { block } = declaration;
  if (UNCONFIGURABLE_SERVICES.has(block.name)) {
    report(
      declaration,
      CODES.unconfigurableService,
      `service "${block.name}" does not support being configured`,
      nameSpan(block),
    );
    return;
  }

  const schema = getComponent(block.name);
  if (schema?.kind === 'config-block') {
    declaration.kind = 'config';
    declaration.schema = schema;
    declaration.body = schema;
    declaration.exports = exportNames(schema);
    checkPlacement(declaration, scope);
    if (schema.labelled && block.label === null) {
      report(declaration, CODES.missingLabel, `${block.name} block must have a label`, nameSpan(block));
    } else if (!schema.labelled && block.label !== null) {
      report(
        declaration,
        CODES.unexpectedLabel,
        `block "${block.name}" does not support specifying labels`,
        headerRange(block),
      );
    }
    return;
  }

  const custom = customDefinition(block.name, scope);
  if (custom) {
    declaration.kind = 'custom';
    declaration.body = custom.body;
    declaration.exports = custom.exports;
  } else if (schema) {
    declaration.kind = 'component';
    declaration.schema = schema;
    declaration.body = schema;
    declaration.exports = exportNames(schema);
  } else {
    reportUnknownComponent(declaration);
    return;
  }
  if (block.label === null) {
    report(declaration, CODES.missingLabel, `component "${block.name}" must have a label`, nameSpan(block));
  }
}

function report(declaration: Declaration, code: AnalysisCode, message: string, range: Span): void {
  declaration.findings.push(finding('error', code, message, range));
}

const exportNamesBySchema = new WeakMap<ComponentSchema, ReadonlySet<string>>();

/** The names of a catalog entry's exports, gathered once per entry. */
function exportNames(schema: ComponentSchema): ReadonlySet<string> {
  let names = exportNamesBySchema.get(schema);
  if (!names) {
    names = new Set(schema.exports.map((e) => e.name));
    exportNamesBySchema.set(schema, names);
  }
  return names;
}

function reportUnknownComponent(declaration: Declaration): void {
  const { block } = declaration;
  const message = `cannot find the definition of component name "${block.name}"`;
  const retired = getRetiredComponent(block.name);
  if (retired) {
    declaration.findings.push(
      finding(
        'error',
        CODES.unknownComponent,
        `${message}: ${retired.note} Use ${retired.replacement} instead`,
        nameSpan(block),
        { text: retired.replacement, range: nameSpan(block) },
      ),
    );
    return;
  }
  const [suggestion] = suggestComponentNames(block.name, 1);
  declaration.findings.push(
    finding(
      'error',
      CODES.unknownComponent,
      message,
      nameSpan(block),
      suggestion === undefined ? undefined : { text: suggestion, range: nameSpan(block) },
    ),
  );
}

function checkPlacement(declaration: Declaration, scope: Scope): void {
  const { block } = declaration;
  let message: string | null = null;
  if (TOP_LEVEL_ONLY.has(block.name) && scope.kind !== 'file') {
    message = `${block.name} not allowed in ${scope.kind === 'module' ? 'module' : 'foreach'}`;
  } else if (MODULE_ONLY.has(block.name) && scope.kind !== 'module') {
    message = `${block.name} blocks only allowed inside a module`;
  }
  if (message === null) return;
  // Alloy marks the name of a misplaced service block, and the whole block otherwise.
  const range = TOP_LEVEL_ONLY.has(block.name) ? nameSpan(block) : block;
  declaration.findings.push(finding('error', CODES.misplacedBlock, message, range));
}

type CustomDefinition = { body: BodySchema | null; exports: ReadonlySet<string> | null };

/** The definition of a `declare`d or imported component name visible from `scope`, if any. */
function customDefinition(name: string, scope: Scope): CustomDefinition | null {
  const dot = name.indexOf('.');
  for (let current: Scope | null = scope; current; current = current.parent) {
    if (dot < 0) {
      const declare = current.declares.get(name);
      if (declare) return declaredComponent(declare);
    } else if (current.imports.has(name.slice(0, dot))) {
      return { body: null, exports: null };
    }
  }
  return null;
}

const declaredComponents = new WeakMap<Block, CustomDefinition>();

/** The arguments and exports a `declare` block gives its instances. */
function declaredComponent(declare: Block): CustomDefinition {
  const cached = declaredComponents.get(declare);
  if (cached) return cached;
  const args: ArgumentSchema[] = [];
  const exports = new Set<string>();
  for (const statement of declare.body) {
    if (statement.kind !== 'Block' || statement.label === null) continue;
    if (statement.name === 'argument') args.push(declaredArgument(statement));
    else if (statement.name === 'export') exports.add(statement.label.value);
  }
  const definition = { body: { arguments: args, blocks: [] }, exports };
  declaredComponents.set(declare, definition);
  return definition;
}

function declaredArgument(block: Block): ArgumentSchema {
  let optional = false;
  for (const statement of block.body) {
    if (statement.kind === 'Attribute' && statement.name.name === 'optional') {
      optional = literalBool(statement.value) ?? false;
    }
  }
  return {
    name: block.label?.value ?? '',
    typeSpelling: 'any',
    type: { kind: 'any' },
    default: null,
    defaultDescribed: false,
    required: !optional,
    conditionallyRequired: false,
    docsName: null,
    undocumented: false,
    notInSource: false,
  };
}

/** The name and label of a block: where "this block" problems are shown. */
export function headerRange(block: Block): Span {
  return { start: block.start, end: block.label?.end ?? block.nameEnd };
}

/** Looks an id up as Alloy does from `scope`: modules see only their own body, templates also the enclosing one. */
export function lookupDeclaration(scope: Scope, id: string): Declaration | undefined {
  for (
    let current: Scope | null = scope;
    current;
    current = current.kind === 'template' ? current.parent : null
  ) {
    const found = current.byId.get(id);
    if (found) return found;
  }
  return undefined;
}
