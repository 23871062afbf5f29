/**
 * Semantic analysis: the learner's config understood the way Alloy loads it.
 *
 *   analyze(source) → { ast, diagnostics, pipeline }
 *
 * Steps, each its own module:
 * 1. parse (../syntax) — syntax diagnostics, and a tree that keeps every part
 *    that could be read;
 * 2. declarations.ts — blocks classified (component, config block, custom,
 *    unknown) and indexed by id in Alloy's scopes; names, labels, placement,
 *    duplicate ids;
 * 3. body-check.ts — bodies against the catalog schema: unknown, repeated and
 *    missing arguments and blocks, labels of nested blocks;
 * 4. references.ts — references resolved through the id index, exports and
 *    reference kinds checked;
 * 5. cycle-check.ts, unconnected.ts — cycles; components left unconnected;
 * 6. model.ts — the pipeline: nodes, data edges, external endpoints.
 *
 * Diagnostics carry a stable `code` (diagnostics.ts) and, for misspellings,
 * a `suggestion` the editor can apply.
 */
import { parse } from '../syntax';
import type { AlloyFile } from '../syntax/ast';
import type { Diagnostic } from '../syntax/diagnostic';
import { checkDeclarationBody, type AttributeSite } from './body-check';
import { reportCycles } from './cycle-check';
import { collectDeclarations } from './declarations';
import { CODES } from './diagnostics';
import { buildPipeline } from './model';
import type { Pipeline } from './pipeline';
import { resolveReferences } from './references';
import { reportUnconnected } from './unconnected';

export type Analysis = { ast: AlloyFile; diagnostics: Diagnostic[]; pipeline: Pipeline };

export function analyze(source: string): Analysis {
  const { ast, diagnostics: syntaxDiagnostics } = parse(source);
  const declarations = collectDeclarations(ast.body);

  const sites: AttributeSite[] = [];
  for (const declaration of declarations.all) sites.push(...checkDeclarationBody(declaration));
  const references = resolveReferences(sites);
  reportCycles(declarations.all, references);
  // Syntax errors can hide a wire, so only a file that parses gets warnings about missing ones.
  if (syntaxDiagnostics.length === 0) {
    const brokenReferences = declarations.all.some((d) =>
      d.diagnostics.some((x) => x.code === CODES.unknownReference || x.code === CODES.unknownExport),
    );
    reportUnconnected(declarations.root, sites, references, brokenReferences);
  }
  const pipeline = buildPipeline(declarations.root, references);

  const semantic: Diagnostic[] = [...declarations.diagnostics];
  for (const declaration of declarations.all) semantic.push(...declaration.diagnostics);
  semantic.sort((a, b) => a.range.start.offset - b.range.start.offset);
  return { ast, diagnostics: [...syntaxDiagnostics, ...semantic], pipeline };
}

export { CODES, type AnalysisCode, type AnalysisDiagnostic, type Suggestion } from './diagnostics';
export type * from './pipeline';
