/**
 * The learner's file understood the way the analysis understands it: the
 * syntax tree, the declared components in their scopes, and every resolved
 * reference. Editor features (hover, navigation, rename, completion) read it.
 */
import { checkDeclarationBody, type AttributeSite } from '../analysis/body-check';
import { collectDeclarations, type Declaration, type Scope } from '../analysis/declarations';
import { resolveReferences, type Reference } from '../analysis/references';
import { parse, type AlloyFile, type LineIndex } from '../syntax';

export type EditorModel = {
  source: string;
  ast: AlloyFile;
  /** The lines of the source, for messages that name a line. */
  lines: LineIndex;
  /** The file's own scope: the components declared at the top level. */
  root: Scope;
  /** Every declared block (components, config blocks, custom components), in source order. */
  declarations: readonly Declaration[];
  /** Every reference to a declared block, in source order. */
  references: readonly Reference[];
};

let cached: EditorModel | null = null;

/** The model of a source; the last one is kept, since editor features ask about the same text in turn. */
export function editorModel(source: string): EditorModel {
  if (cached?.source === source) return cached;
  const { ast, lines } = parse(source);
  const declarations = collectDeclarations(ast.body, lines);
  const sites: AttributeSite[] = [];
  for (const declaration of declarations.all) checkDeclarationBody(declaration, sites);
  const references = resolveReferences(sites);
  cached = { source, ast, lines, root: declarations.root, declarations: declarations.all, references };
  return cached;
}

/** How many chain parts name the component: its name parts and its label. */
export function componentPartCount(reference: Reference): number {
  return reference.to.id.split('.').length;
}
