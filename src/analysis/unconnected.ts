/**
 * Warnings for components left unconnected in a way that is surely a
 * mistake: one that processes or stores telemetry that nothing sends to it,
 * one whose output lists no destination, one whose targets nothing reads.
 * Pure sources (receivers, scrapers) are fed from outside, pure sinks send
 * outside, and configuration blocks are optional wiring: none of these is
 * warned about for the side that faces the outside.
 */
import { argumentWires, exportWires } from '../catalog';
import type { AttributeSite } from './body-check';
import { headerRange, type Declaration, type Scope } from './declarations';
import { CODES, finding, listWords } from './diagnostics';
import type { Reference } from './references';

/**
 * `brokenReferences`: some reference in the file names nothing; the wire a
 * component seems to miss may be that one, so "receives nothing" is not said.
 */
export function reportUnconnected(
  root: Scope,
  sites: readonly AttributeSite[],
  references: readonly Reference[],
  brokenReferences: boolean,
): void {
  const referenced = new Set<Declaration>();
  for (const reference of references) referenced.add(reference.to);
  const sendsSomewhere = new Set<Declaration>();
  for (const site of sites) {
    if (!isEmptyList(site) && isOutputWire(site)) sendsSomewhere.add(site.declaration);
  }

  for (const declaration of root.byId.values()) {
    const { schema } = declaration;
    if (declaration.kind !== 'component' || !schema || hasErrors(declaration)) continue;
    const range = headerRange(declaration.block);
    const exports = exportWires(schema.name);
    const sink = exports.find((wire) => wire.role === 'sink');
    const source = exports.find((wire) => wire.role === 'source');
    const warn = (code: typeof CODES.inputUnused | typeof CODES.outputUnused, message: string) =>
      declaration.findings.push(finding('warning', code, message, range));

    if (!referenced.has(declaration) && !brokenReferences) {
      if (sink && schema.signals.accepts.length > 0) {
        warn(
          CODES.inputUnused,
          `${declaration.id} receives no ${listWords(schema.signals.accepts, 'data')}: nothing sends to ${declaration.id}.${sink.name}`,
        );
      } else if (source && schema.signals.emits.length === 0) {
        warn(
          CODES.outputUnused,
          `the targets of ${declaration.id} are not used: nothing reads ${declaration.id}.${source.name}`,
        );
      }
    }
    const outputs = argumentWires(schema.name).filter((wire) => wire.direction === 'out');
    if (outputs.length > 0 && schema.signals.emits.length > 0 && !sendsSomewhere.has(declaration)) {
      const where = outputs.some((wire) => wire.blockPath.length > 0)
        ? 'its output block lists no consumers'
        : `${outputs[0]!.path} is empty`;
      warn(
        CODES.outputUnused,
        `${declaration.id} sends its ${listWords(schema.signals.emits, 'data')} nowhere: ${where}`,
      );
    }
  }
}

function isOutputWire(site: AttributeSite): boolean {
  const { schema } = site.declaration;
  if (!schema) return false;
  return argumentWires(schema.name).some((wire) => wire.direction === 'out' && wire.path === site.path);
}

function isEmptyList(site: AttributeSite): boolean {
  const value = site.attribute.value;
  return value.kind === 'Array' && value.elements.length === 0;
}

/** A component with errors has the learner's attention already; a warning on top would be noise. */
function hasErrors(declaration: Declaration): boolean {
  return declaration.findings.some((d) => d.severity === 'error');
}
