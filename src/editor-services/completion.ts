/**
 * Completion candidates from the catalog and the file: components where a
 * statement starts at the top level, arguments and blocks inside a body,
 * allowed values and references in a value — references filtered by the
 * kind the argument expects.
 */
import type { Declaration, Scope } from '../analysis/declarations';
import {
  formatType,
  getAllowedValues,
  getComponent,
  isAssignable,
  listComponents,
  type BlockSchema,
  type BodySchema,
  type ComponentSchema,
  type ValueType,
} from '../catalog';
import { completionContext, type BodyContents, type EnclosingBlock } from './completionContext';
import { editorModel, type EditorModel } from './editorModel';
import { argumentDetail, componentKind, describeComponent } from './hover';
import type { Span } from '../syntax/span';

export type CompletionKind = 'component' | 'config-block' | 'argument' | 'block' | 'reference' | 'value';

export type CompletionCandidate = {
  label: string;
  kind: CompletionKind;
  /** One line shown next to the label. */
  detail: string;
  /** Markdown shown beside the list. */
  documentation: string | null;
  insertText: string;
  /** `insertText` holds tab stops: `$1`, `${1:default}`, `${1|a,b|}`, `$0`. */
  snippet: boolean;
  /** The text the candidate replaces: what has been typed of it. */
  replace: Span;
  /** Orders the list: required items and matching references first. */
  sortText: string;
};

export function completionsAt(source: string, offset: number): CompletionCandidate[] {
  const context = completionContext(source, offset);
  if (context.kind === 'none') return [];
  const model = editorModel(source);
  const owner = resolveOwner(model, context.blocks);
  switch (context.kind) {
    case 'statement':
      return owner.holdsComponents
        ? componentCandidates(model, context.prefix, context.blocks.length === 0)
        : bodyCandidates(owner.body, context.siblings, context.prefix);
    case 'value': {
      const argument = owner.body?.arguments.find((a) => a.name === context.attribute) ?? null;
      const expected = argument ? expectedType(argument.type, context.listDepth) : ANY;
      const allowed = allowedValues(owner, context.attribute);
      return [
        ...referenceCandidates(owner, expected, context.prefix),
        ...literalCandidates(expected, allowed, context.prefix),
      ];
    }
    case 'string':
      return (allowedValues(owner, context.attribute) ?? []).map((value, index) => ({
        label: value,
        kind: 'value',
        detail: `${context.attribute} value`,
        documentation: null,
        insertText: value,
        snippet: false,
        replace: context.content,
        sortText: String(index).padStart(3, '0'),
      }));
  }
}

const ANY: ValueType = { kind: 'any' };

/** The body the cursor is in, seen through the catalog and the file's declarations. */
type Owner = {
  /** The declaration whose body holds the cursor; null at the top level or when it cannot be found. */
  declaration: Declaration | null;
  /** The catalog entry of that declaration, for allowed values. */
  component: string | null;
  blockPath: string[];
  /** What the body may contain; null when unknown. */
  body: BodySchema | null;
  /** The body holds components (the file itself, `declare`, `foreach > template`). */
  holdsComponents: boolean;
  /** Where the declaration's references are looked up. */
  scope: Scope;
};

function resolveOwner(model: EditorModel, blocks: readonly EnclosingBlock[]): Owner {
  let owner: Owner = {
    declaration: null,
    component: null,
    blockPath: [],
    body: null,
    holdsComponents: true,
    scope: model.root,
  };
  for (const block of blocks) {
    if (owner.holdsComponents) {
      const declaration = findDeclaration(model, block, owner.scope);
      const schema: ComponentSchema | undefined = declaration?.schema ?? getComponent(block.name);
      owner = {
        declaration,
        component: schema?.name ?? null,
        blockPath: [],
        body: declaration?.body ?? schema ?? null,
        holdsComponents: schema?.bodyContainsComponents ?? false,
        scope: declaration?.scope ?? owner.scope,
      };
    } else {
      const nested: BlockSchema | undefined = owner.body?.blocks.find((b) => b.name === block.name);
      owner = {
        ...owner,
        blockPath: [...owner.blockPath, block.name],
        body: nested ?? null,
        holdsComponents: nested?.bodyContainsComponents ?? false,
      };
    }
    if (owner.holdsComponents && owner.declaration)
      owner.scope = innerScope(model, owner.declaration) ?? owner.scope;
  }
  return owner;
}

function findDeclaration(model: EditorModel, block: EnclosingBlock, scope: Scope): Declaration | null {
  const id = block.label === null ? block.name : `${block.name}.${block.label}`;
  return scope.byId.get(id) ?? model.declarations.find((d) => d.id === id) ?? null;
}

/** The scope of the components inside a `declare` or `foreach` body. */
function innerScope(model: EditorModel, declaration: Declaration): Scope | null {
  const { block } = declaration;
  const inside = model.declarations.find(
    (d) => d.scope !== declaration.scope && d.block.start > block.start && d.block.end <= block.end,
  );
  return inside?.scope ?? null;
}

function allowedValues(owner: Owner, attribute: string): readonly string[] | undefined {
  return owner.component ? getAllowedValues(owner.component, owner.blockPath, attribute) : undefined;
}

/** The type a value at the cursor should have, `listDepth` lists deep into the argument. */
function expectedType(type: ValueType, listDepth: number | null): ValueType {
  if (listDepth === null) return ANY;
  let expected = type;
  for (let depth = 0; depth < listDepth; depth++) {
    if (expected.kind !== 'list') return ANY;
    expected = expected.element;
  }
  return expected;
}

// ---- Statements ----

/** Modules define their own `argument` and `export` blocks; the file cannot. */
const MODULE_ONLY = new Set(['argument', 'export']);

function componentCandidates(model: EditorModel, replace: Span, topLevel: boolean): CompletionCandidate[] {
  const candidates = listComponents()
    .filter((schema) => !schema.removed && !(topLevel && MODULE_ONLY.has(schema.name)))
    .map((schema): CompletionCandidate => ({
      label: schema.name,
      kind: schema.kind === 'config-block' ? 'config-block' : 'component',
      detail: componentKind(schema),
      documentation: describeComponent(schema).slice(1).join('\n\n'),
      insertText: blockSnippet(schema.name, schema.labelled, schema),
      snippet: true,
      replace,
      sortText: `1${schema.name}`,
    }));
  // Components the file defines with `declare "name" { … }`.
  for (const declaration of model.declarations) {
    if (declaration.block.name !== 'declare' || !declaration.block.label) continue;
    const name = declaration.block.label.value;
    candidates.push({
      label: name,
      kind: 'component',
      detail: 'custom component declared in this file',
      documentation: null,
      insertText: blockSnippet(name, true, null),
      snippet: true,
      replace,
      sortText: `0${name}`,
    });
  }
  return candidates;
}

function bodyCandidates(
  body: BodySchema | null,
  siblings: BodyContents,
  replace: Span,
): CompletionCandidate[] {
  if (!body) return [];
  const argumentCandidates = body.arguments
    .filter((argument) => !argument.notInSource && !siblings.attributes.has(argument.name))
    .map((argument): CompletionCandidate => ({
      label: argument.name,
      kind: 'argument',
      detail: argumentDetail(argument),
      documentation: null,
      insertText: `${argument.name} = ${valuePlaceholder(argument.type, 1)}`,
      snippet: true,
      replace,
      sortText: `${argument.required ? 0 : 2}${argument.name}`,
    }));
  const blockCandidates = body.blocks
    .filter((block) => !block.notInSource && (block.multiple || !siblings.blocks.has(block.name)))
    .map((block): CompletionCandidate => ({
      label: block.name,
      kind: 'block',
      detail: ['block', block.required ? 'required' : 'optional', block.multiple ? 'repeatable' : null]
        .filter((note) => note !== null)
        .join(' · '),
      documentation: null,
      insertText: blockSnippet(block.name, block.labelled, block),
      snippet: true,
      replace,
      sortText: `${block.required ? 1 : 3}${block.name}`,
    }));
  return [...argumentCandidates, ...blockCandidates];
}

/**
 * `name "${1:default}" {` with a line for each required argument and
 * required block, each value a tab stop, then `}`.
 */
export function blockSnippet(name: string, labelled: boolean, body: BodySchema | null): string {
  let stop = 1;
  const header = labelled ? `${name} "\${${stop++}:default}" {` : `${name} {`;
  const lines: string[] = [];
  for (const argument of body?.arguments ?? []) {
    if (argument.required && !argument.notInSource) {
      lines.push(`\t${argument.name} = ${valuePlaceholder(argument.type, stop++)}`);
    }
  }
  for (const block of body?.blocks ?? []) {
    if (block.required && block.oneOfGroup === null && !block.notInSource) {
      lines.push(`\t${block.name} {`, `\t\t$${stop++}`, '\t}');
    }
  }
  if (lines.length === 0) lines.push('\t$0');
  return [header, ...lines, '}'].join('\n');
}

/** A tab stop shaped like the value the type takes: `"$1"`, `[$1]`, `{$1}`, `${1|true,false|}`. */
function valuePlaceholder(type: ValueType, stop: number): string {
  switch (type.kind) {
    case 'string':
    case 'duration':
    case 'size':
    case 'secret':
    case 'optionalSecret':
      return `"$${stop}"`;
    case 'list':
      return `[$${stop}]`;
    case 'map':
    case 'object':
      return `{$${stop}}`;
    case 'bool':
      return `\${${stop}|true,false|}`;
    default:
      return `$${stop}`;
  }
}

// ---- Values ----

/** The components visible from the owner's scope, as Alloy looks them up. */
function visibleDeclarations(owner: Owner): Declaration[] {
  const visible: Declaration[] = [];
  for (
    let scope: Scope | null = owner.scope;
    scope;
    scope = scope.kind === 'template' ? scope.parent : null
  ) {
    visible.push(...scope.byId.values());
  }
  return visible.filter((declaration) => declaration !== owner.declaration);
}

function referenceCandidates(owner: Owner, expected: ValueType, replace: Span): CompletionCandidate[] {
  const candidates: CompletionCandidate[] = [];
  const element = expected.kind === 'list' ? expected.element : null;
  for (const declaration of visibleDeclarations(owner)) {
    for (const exported of exportsOf(declaration)) {
      const path = `${declaration.id}.${exported.name}`;
      const fits = isAssignable(expected, exported.type);
      // `forward_to = ` before any `[`: offer the receiver as a one-element list.
      const fitsAsElement = !fits && element !== null && isAssignable(element, exported.type);
      if (!fits && !fitsAsElement) continue;
      candidates.push({
        label: path,
        kind: 'reference',
        detail: formatType(exported.type),
        documentation: declaration.schema ? describeComponent(declaration.schema).join('\n\n') : null,
        insertText: fitsAsElement ? `[${path}]` : path,
        snippet: false,
        replace,
        sortText: `0${path}`,
      });
    }
  }
  return candidates;
}

type ExportInfo = { name: string; type: ValueType };

function exportsOf(declaration: Declaration): ExportInfo[] {
  if (declaration.schema) return [...declaration.schema.exports];
  return [...(declaration.exports ?? [])].map((name) => ({ name, type: ANY }));
}

function literalCandidates(
  expected: ValueType,
  allowed: readonly string[] | undefined,
  replace: Span,
): CompletionCandidate[] {
  const literal = (text: string, index: number, detail: string): CompletionCandidate => ({
    label: text,
    kind: 'value',
    detail,
    documentation: null,
    insertText: text,
    snippet: false,
    replace,
    sortText: `1${String(index).padStart(3, '0')}`,
  });
  if (allowed) return allowed.map((value, index) => literal(`"${value}"`, index, 'allowed value'));
  if (expected.kind === 'bool') return ['true', 'false'].map((value, index) => literal(value, index, 'bool'));
  return [];
}
