/**
 * Checks a block body against its schema the way Alloy decodes it (spec 5.1):
 * unknown, repeated and missing attributes and blocks, and block labels. It
 * also lists every attribute with the argument it sets, for the value and
 * reference checks that follow.
 */
import { suggestBodyNames } from '../catalog';
import type { ArgumentSchema, BlockSchema, BodySchema } from '../catalog';
import type { Attribute, Block, Statement } from '../syntax/ast';
import { nameSpan } from '../syntax/part-span';
import type { Span } from '../syntax/span';
import { headerRange, type Declaration } from './declarations';
import { CODES, finding, type AnalysisCode } from './diagnostics';

/** An attribute of a declaration's body, with what the schema says about it. */
export type AttributeSite = {
  declaration: Declaration;
  /** Names of the enclosing blocks inside the declaration: `['output']`. */
  blockPath: readonly string[];
  /** The block path and the attribute name joined by dots: `output.traces`. */
  path: string;
  attribute: Attribute;
  /** The argument it sets; null when the body has no schema or the name is unknown. */
  argument: ArgumentSchema | null;
};

type Lookup = { args: ReadonlyMap<string, ArgumentSchema>; blocks: ReadonlyMap<string, BlockSchema> };

const lookups = new WeakMap<BodySchema, Lookup>();

/** The schema's arguments and blocks by name, built once per schema. */
function lookupOf(body: BodySchema): Lookup {
  let lookup = lookups.get(body);
  if (!lookup) {
    lookup = {
      args: new Map(body.arguments.filter((a) => !a.notInSource).map((a) => [a.name, a])),
      blocks: new Map(body.blocks.filter((b) => !b.notInSource).map((b) => [b.name, b])),
    };
    lookups.set(body, lookup);
  }
  return lookup;
}

/**
 * Checks the body of a declaration and adds its attributes to `sites`.
 * Bodies that hold components (`declare`, `foreach > template`) are left to
 * the declarations of those components.
 */
export function checkDeclarationBody(declaration: Declaration, sites: AttributeSite[]): void {
  const { block, body, schema } = declaration;
  if (!schema?.bodyContainsComponents) checkBody(declaration, block, body, [], sites);
}

function checkBody(
  declaration: Declaration,
  owner: Block,
  schema: BodySchema | null,
  blockPath: readonly string[],
  sites: AttributeSite[],
): void {
  const lookup = schema && lookupOf(schema);
  // Joined once per block: every attribute's path is then this prefix and its name.
  const pathPrefix = blockPath.length === 0 ? '' : `${blockPath.join('.')}.`;

  const statements = owner.body;
  for (let index = 0; index < statements.length; index++) {
    const statement = statements[index]!;
    if (statement.kind === 'Attribute') {
      const name = statement.name.name;
      const argument = lookup?.args.get(name) ?? null;
      sites.push({ declaration, blockPath, path: pathPrefix + name, attribute: statement, argument });
      if (!schema || !lookup) continue;
      if (!argument) {
        if (lookup.blocks.has(name)) {
          report(
            declaration,
            CODES.attributeBlockMismatch,
            `"${name}" must be a block, but is used as an attribute`,
            statement.name,
          );
        } else {
          report(
            declaration,
            CODES.unknownAttribute,
            `unrecognized attribute name "${name}"`,
            statement.name,
            suggest(schema, name),
          );
        }
        continue;
      }
      if (isWritten(statements, index, 'Attribute', name)) {
        report(
          declaration,
          CODES.duplicateAttribute,
          `attribute "${name}" may only be provided once`,
          statement.name,
        );
      }
      continue;
    }

    const nested = lookup?.blocks.get(statement.name) ?? null;
    if (schema && lookup && !nested) {
      if (lookup.args.has(statement.name)) {
        report(
          declaration,
          CODES.attributeBlockMismatch,
          `"${statement.name}" must be an attribute, but is used as a block`,
          nameSpan(statement),
        );
      } else {
        report(
          declaration,
          CODES.unknownBlock,
          `unrecognized block name "${statement.name}"`,
          nameSpan(statement),
          suggest(schema, statement.name),
        );
      }
    }
    if (nested) {
      const repeated = !nested.multiple && isWritten(statements, index, 'Block', statement.name);
      checkNestedBlock(declaration, statement, nested, repeated);
      if (nested.bodyContainsComponents) continue;
    }
    // Unknown blocks are still walked, so that their references keep counting.
    checkBody(declaration, statement, nested, [...blockPath, statement.name], sites);
  }

  if (schema) reportMissing(declaration, owner, schema);
}

/**
 * Whether one of the first `count` statements of a body is an attribute (or
 * a block) of that name. Bodies are short and the look stops at the first
 * match: cheaper than keeping sets of names for every body.
 */
function isWritten(
  body: readonly Statement[],
  count: number,
  kind: Statement['kind'],
  name: string,
): boolean {
  for (let i = 0; i < count; i++) {
    const statement = body[i]!;
    if (
      statement.kind === kind &&
      (statement.kind === 'Attribute' ? statement.name.name : statement.name) === name
    )
      return true;
  }
  return false;
}

function report(
  declaration: Declaration,
  code: AnalysisCode,
  message: string,
  range: Span,
  suggestion?: string,
): void {
  declaration.findings.push(
    finding(
      'error',
      code,
      message,
      range,
      suggestion === undefined ? undefined : { text: suggestion, range },
    ),
  );
}

/** `repeated`: the block may appear only once, and an earlier block has its name. */
function checkNestedBlock(
  declaration: Declaration,
  block: Block,
  schema: BlockSchema,
  repeated: boolean,
): void {
  if (schema.labelled && block.label === null) {
    report(
      declaration,
      CODES.missingLabel,
      `block "${block.name}" requires non-empty label`,
      nameSpan(block),
    );
  } else if (!schema.labelled && block.label !== null) {
    report(
      declaration,
      CODES.unexpectedLabel,
      `block "${block.name}" does not support specifying labels`,
      headerRange(block),
    );
  }
  if (repeated) {
    report(
      declaration,
      CODES.duplicateBlock,
      `block "${block.name}" may only be specified once`,
      nameSpan(block),
    );
  }
}

function reportMissing(declaration: Declaration, owner: Block, schema: BodySchema): void {
  const statements = owner.body;
  for (const argument of schema.arguments) {
    if (
      argument.required &&
      !argument.notInSource &&
      !isWritten(statements, statements.length, 'Attribute', argument.name)
    ) {
      report(
        declaration,
        CODES.missingAttribute,
        `missing required attribute "${argument.name}"`,
        headerRange(owner),
      );
    }
  }
  for (const block of schema.blocks) {
    if (
      block.required &&
      !block.notInSource &&
      !isWritten(statements, statements.length, 'Block', block.name)
    ) {
      report(declaration, CODES.missingBlock, `missing required block "${block.name}"`, headerRange(owner));
    }
  }
}

function suggest(schema: BodySchema, name: string): string | undefined {
  return suggestBodyNames(schema, name, 1)[0];
}
