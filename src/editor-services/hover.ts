/**
 * Hover text, in Markdown: what a component is (summary, stability, exports,
 * docs link), what an argument takes (type, default, required), and what a
 * reference points at.
 */
import { headerRange, type Declaration } from '../analysis/declarations';
import type { Reference } from '../analysis/references';
import {
  formatType,
  getAllowedValues,
  getSummary,
  type ArgumentSchema,
  type BlockSchema,
  type BodySchema,
  type ComponentSchema,
} from '../catalog';
import type { EditorModel } from './editorModel';
import { nameSpan } from '../syntax/part-span';
import type { Span } from '../syntax/span';
import { symbolAt } from './symbolAt';

export type Hover = { span: Span; contents: string[] };

export function hoverAt(model: EditorModel, offset: number): Hover | null {
  const symbol = symbolAt(model, offset);
  switch (symbol?.kind) {
    case 'declaration':
      return {
        span: headerRange(symbol.declaration.block),
        contents: describeDeclaration(symbol.declaration),
      };
    case 'reference':
      return { span: symbol.reference.chain.range, contents: describeReference(model, symbol.reference) };
    case 'block': {
      const parent = bodyAt(symbol.declaration, symbol.path.slice(0, -1));
      const schema = parent?.blocks.find((block) => block.name === symbol.block.name);
      if (!schema) return null;
      return { span: nameSpan(symbol.block), contents: describeBlock(symbol.declaration, schema) };
    }
    case 'attribute': {
      const body = bodyAt(symbol.declaration, symbol.blockPath);
      const argument = body?.arguments.find((a) => a.name === symbol.attribute.name.name);
      if (!argument) return null;
      const allowed = symbol.declaration.schema
        ? getAllowedValues(symbol.declaration.schema.name, symbol.blockPath, argument.name)
        : undefined;
      return { span: symbol.attribute.name, contents: describeArgument(argument, allowed) };
    }
    default:
      return null;
  }
}

/** The body schema at a block path inside a declaration. */
export function bodyAt(declaration: Declaration, path: readonly string[]): BodySchema | null {
  let body: BodySchema | null = declaration.body;
  for (const name of path) body = body?.blocks.find((block) => block.name === name) ?? null;
  return body;
}

const STABILITY: Record<NonNullable<ComponentSchema['stability']>, string> = {
  'generally-available': 'generally available',
  'public-preview': 'public preview',
  experimental: 'experimental',
};

/** `component, generally available`, `configuration block, experimental`, … */
export function componentKind(schema: ComponentSchema): string {
  const kind = schema.kind === 'config-block' ? 'configuration block' : 'component';
  const stability = schema.community ? 'community' : schema.stability ? STABILITY[schema.stability] : null;
  return [kind, stability, schema.removed ? 'removed' : null].filter((note) => note !== null).join(', ');
}

/** Summary, exports and docs link of a catalog entry. */
export function describeComponent(schema: ComponentSchema): string[] {
  const parts = [`**${schema.name}** — ${componentKind(schema)}`];
  const summary = getSummary(schema.name);
  if (summary) parts.push(summary);
  if (schema.exports.length > 0) {
    parts.push(`Exports: ${schema.exports.map((e) => `\`${e.name}\` (${formatType(e.type)})`).join(', ')}`);
  }
  parts.push(`[Documentation](${schema.docs})`);
  return parts;
}

function describeDeclaration(declaration: Declaration): string[] {
  if (declaration.schema) return describeComponent(declaration.schema);
  const { block } = declaration;
  if (declaration.kind === 'custom') {
    const exports = declaration.exports
      ? [...declaration.exports].map((name) => `\`${name}\``).join(', ')
      : '';
    return [`**${block.name}** — custom component`, ...(exports ? [`Exports: ${exports}`] : [])];
  }
  return [`**${block.name}** — unknown component`];
}

function describeReference(model: EditorModel, reference: Reference): string[] {
  const { to, exportName } = reference;
  const line = model.lines.lineOf(to.block.start);
  const exported = exportName ? to.schema?.exports.find((e) => e.name === exportName) : undefined;
  const target = exportName
    ? `Export \`${exportName}\`${exported ? ` (${formatType(exported.type)})` : ''} of \`${to.id}\``
    : `\`${to.id}\``;
  const parts = [`${target}, declared on line ${line}`];
  if (to.schema) parts.push(...describeComponent(to.schema));
  return parts;
}

function describeBlock(declaration: Declaration, block: BlockSchema): string[] {
  const notes = [
    block.required ? 'required' : 'optional',
    block.multiple ? 'repeatable' : null,
    block.labelled ? 'labelled' : null,
  ];
  const owner = declaration.schema?.name ?? declaration.block.name;
  const parts = [
    `**${block.name}** — block of \`${owner}\` · ${notes.filter((n) => n !== null).join(' · ')}`,
  ];
  if (block.arguments.length > 0)
    parts.push(`Arguments: ${block.arguments.map((a) => `\`${a.name}\``).join(', ')}`);
  if (block.blocks.length > 0) parts.push(`Blocks: ${block.blocks.map((b) => `\`${b.name}\``).join(', ')}`);
  if (declaration.schema) parts.push(`[Documentation](${declaration.schema.docs})`);
  return parts;
}

/** `type · required` or `type · default "x"`: the one-line description completion shows too. */
export function argumentDetail(argument: ArgumentSchema): string {
  const notes = [formatType(argument.type)];
  if (argument.required) notes.push('required');
  else if (argument.conditionallyRequired) notes.push('required in some configurations');
  else notes.push('optional');
  if (argument.default !== null) notes.push(`default ${argument.default}`);
  return notes.join(' · ');
}

function describeArgument(argument: ArgumentSchema, allowed: readonly string[] | undefined): string[] {
  const parts = [`**${argument.name}**: ${argumentDetail(argument)}`];
  if (allowed) parts.push(`One of ${allowed.map((value) => `\`"${value}"\``).join(', ')}`);
  if (argument.undocumented) parts.push('Accepted by Alloy but not documented.');
  return parts;
}
