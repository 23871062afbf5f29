/**
 * Semantic analysis: the learner's config understood the way Alloy loads it.
 *
 *   analyze(source) → { ast, lines, diagnostics, pipeline }
 *
 * Steps, each its own module:
 * 1. parse (../syntax) — syntax diagnostics; with errors, recovery.ts reads
 *    the file again block by block so that one mistake hides only its block;
 * 2. declarations.ts — blocks classified (component, config block, custom,
 *    unknown) and indexed by id in Alloy's scopes; names, labels, placement,
 *    duplicate ids;
 * 3. body-check.ts — bodies against the catalog schema: unknown, repeated and
 *    missing arguments and blocks, labels of nested blocks;
 * 4. value-check.ts — values of the wrong type, as far as they are known
 *    while editing;
 * 5. references.ts — references resolved through the id index, exports and
 *    reference kinds checked;
 * 6. cycle-check.ts, unconnected.ts — cycles; components left unconnected;
 * 7. model.ts — the pipeline: nodes, data edges, external endpoints.
 *
 * Diagnostics carry a stable `code` (diagnostics.ts) and, for misspellings,
 * a `suggestion` the editor can apply.
 */
import { parse } from '../syntax';
import type { AlloyFile } from '../syntax/ast';
import type { Diagnostic } from '../syntax/diagnostic';
import type { LineIndex } from '../syntax/line-index';
import { checkDeclarationBody, type AttributeSite } from './body-check';
import { reportCycles } from './cycle-check';
import { collectDeclarations } from './declarations';
import { CODES, toDiagnostic, type Finding } from './diagnostics';
import { attachToNodes, buildPipeline } from './model';
import type { Pipeline } from './pipeline';
import { isInside, parseBlockByBlock } from './recovery';
import { resolveReferences } from './references';
import { reportUnconnected } from './unconnected';
import { checkValues } from './value-check';

/** The tree, with the lines that place its spans; the diagnostics and the pipeline, placed already. */
export type Analysis = { ast: AlloyFile; lines: LineIndex; diagnostics: Diagnostic[]; pipeline: Pipeline };

export function analyze(source: string): Analysis {
  const { ast, lines, diagnostics: syntaxDiagnostics } = parse(source);
  // With syntax errors, blocks are read one by one, so that the rest of the file still counts.
  const recovered = syntaxDiagnostics.length > 0 ? parseBlockByBlock(source) : null;
  const declarations = collectDeclarations(recovered?.body ?? ast.body, lines);

  const sites: AttributeSite[] = [];
  for (const declaration of declarations.all) checkDeclarationBody(declaration, sites);
  checkValues(sites, declarations.all);
  const references = resolveReferences(sites);
  reportCycles(declarations.all, references);
  if (recovered) {
    // What a half-read block seems to lack or contain is the syntax error's doing.
    const readable = (found: Finding) => !isInside(recovered.broken, found.range.start);
    declarations.findings = declarations.findings.filter(readable);
    for (const declaration of declarations.all) declaration.findings = declaration.findings.filter(readable);
  } else {
    // Only a file that parses gets warnings about missing wires: a syntax error can hide one.
    const brokenReferences = declarations.all.some((d) =>
      d.findings.some((x) => x.code === CODES.unknownReference || x.code === CODES.unknownExport),
    );
    reportUnconnected(declarations.root, sites, references, brokenReferences);
  }
  // Each finding is placed once; the pipeline's nodes share the placed diagnostics.
  const place = (found: Finding) => toDiagnostic(found, lines);
  const placed = new Map(
    declarations.all.map((declaration) => [declaration, declaration.findings.map(place)]),
  );
  const semantic = declarations.findings.map(place);
  for (const diagnostics of placed.values()) semantic.push(...diagnostics);
  semantic.sort((a, b) => a.range.start.offset - b.range.start.offset);

  const pipeline = buildPipeline(declarations.root, references, lines, placed);
  attachToNodes(pipeline, syntaxDiagnostics);
  return { ast, lines, diagnostics: [...syntaxDiagnostics, ...semantic], pipeline };
}

export { CODES, type AnalysisCode, type AnalysisDiagnostic, type Suggestion } from './diagnostics';
export type * from './pipeline';
