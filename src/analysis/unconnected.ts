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
    const { accepts, emits } = schema.signals;

    if (!referenced.has(declaration) && !brokenReferences) {
      const exports = exportWires(schema.name);
      const sink = exports.find((wire) => wire.role === 'sink');
      const source = exports.find((wire) => wire.role === 'source');
      if (sink && accepts.length > 0) {
        warn(
          declaration,
          CODES.inputUnused,
          `${declaration.id} receives no ${listWords(accepts, 'data')}: nothing sends to ${declaration.id}.${sink.name}`,
        );
      } else if (source && emits.length === 0) {
        warn(
          declaration,
          CODES.outputUnused,
          `the targets of ${declaration.id} are not used: nothing reads ${declaration.id}.${source.name}`,
        );
      }
    }
    if (emits.length === 0 || sendsSomewhere.has(declaration)) continue;
    const outputs = argumentWires(schema.name).filter((wire) => wire.direction === 'out');
    if (outputs.length > 0) {
      const where = outputs.some((wire) => wire.blockPath.length > 0)
        ? 'its output block lists no consumers'
        : `${outputs[0]!.path} is empty`;
      warn(
        declaration,
        CODES.outputUnused,
        `${declaration.id} sends its ${listWords(emits, 'data')} nowhere: ${where}`,
      );
    }
  }
}

function warn(
  declaration: Declaration,
  code: typeof CODES.inputUnused | typeof CODES.outputUnused,
  message: string,
): void {
  declaration.findings.push(finding('warning', code, message, headerRange(declaration.block)));
}

function isOutputWire(site: AttributeSite): boolean {
  const { schema } = site.declaration;
  if (!schema) return false;
  for (const wire of argumentWires(schema.name)) {
    if (wire.direction === 'out' && wire.path === site.path) return true;
  }
  return false;
}

function isEmptyList(site: AttributeSite): boolean {
  const value = site.attribute.value;
  return value.kind === 'Array' && value.elements.length === 0;
}

/** A component with errors has the learner's attention already; a warning on top would be noise. */
function hasErrors(declaration: Declaration): boolean {
  return declaration.findings.some((d) => d.severity === 'error');
}
