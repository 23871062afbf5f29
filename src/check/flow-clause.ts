/**
 * `flow` clauses: data leaves one role through a given argument and reaches
 * another, directly or through other components (a learner may insert a
 * processing step; the flow asked for still holds).
 */
import type { FlowClause } from '../lessons';
import type { Attribute, Block } from '../syntax/ast';
import type { ComponentView } from './components';
import { asks, nodeOf, sourceText, type CheckContext, type ClauseOutcome } from './context';
import { referencedComponent, referencesIn } from './references';
import { code, listing } from './wording';

export function checkFlow(
  context: CheckContext,
  clause: FlowClause,
  from: ComponentView,
  to: ComponentView,
): ClauseOutcome {
  const hops = context.graph.hops(from.id, clause.via);
  const reached = hops.some((hop) => hop.to === to.id || context.graph.reaches(hop.to, to.id));
  const discovery = clause.via === 'targets';
  // Discovery targets are written in the receiving component (`targets = …`); everything else in the sender.
  const holder = discovery ? to : from;
  const attribute = findAttribute(holder.block, clause.via);
  const range = attribute ?? holder.block;
  const nodeId = nodeOf(context, holder);

  if (reached) {
    const message = discovery
      ? `${code(to.id)} scrapes the targets of ${code(from.id)}.`
      : `${code(from.id)} ${verb(clause.via)} ${code(to.id)}.`;
    return { passed: true, message, range, nodeId };
  }

  const goal = discovery
    ? `${asks(context)} it to scrape the targets of ${code(from.id)}`
    : `${asks(context)} it to ${infinitive(clause.via)} ${code(to.id)}`;
  if (!attribute) {
    return {
      passed: false,
      message: `${code(holder.id)} has no ${code(clause.via)} yet; ${goal}.`,
      range,
      nodeId,
    };
  }
  if (discovery) {
    const written = sourceText(context, attribute.value);
    return {
      passed: false,
      message: `${code(to.id)} scrapes ${code(written)}, but ${goal}.`,
      range,
      nodeId,
    };
  }
  if (hops.length > 0) {
    const targets = listing(hops.map((hop) => code(hop.to)));
    return {
      passed: false,
      message: `${code(from.id)} ${verb(clause.via)} ${targets}, but nothing from there reaches ${code(to.id)}; ${goal}.`,
      range,
      nodeId,
    };
  }
  return {
    passed: false,
    message: `${explainUnwired(context, from, clause.via, attribute)}; ${goal}.`,
    range,
    nodeId,
  };
}

/** Why an argument that lists references makes no data edge: nothing listed, unknown components, or the wrong kind. */
function explainUnwired(
  context: CheckContext,
  from: ComponentView,
  via: string,
  attribute: Attribute,
): string {
  const chains = referencesIn(attribute.value);
  const where = `${code(from.id)}'s ${code(via)}`;
  if (chains.length === 0) return `${where} lists no component`;
  const ids = new Set(context.views.map((view) => view.id));
  const explanations = chains.map((chain) => {
    const id = referencedComponent(chain, ids);
    if (id === null) return `there is no component ${code(chain.split('.').slice(0, -1).join('.') || chain)}`;
    const node = context.analysis.pipeline.nodes.find((candidate) => candidate.id === id);
    const accepts = node?.accepts.filter((signal) => signal !== 'targets') ?? [];
    const sends = context.analysis.pipeline.nodes.find((candidate) => candidate.id === from.id)?.emits ?? [];
    const kind = sends.find((signal) => signal !== 'targets');
    if (accepts.length > 0 && kind && !accepts.includes(kind)) {
      return `${code(id)} takes ${listing(accepts)}, not ${kind}`;
    }
    return `${code(chain)} does not accept data from it`;
  });
  return `${where} lists ${listing(chains.map(code))}, but ${listing(explanations)}`;
}

/** The attribute at a dotted path through blocks: `forward_to`, `output.traces`. */
function findAttribute(block: Block, path: string): Attribute | null {
  const parts = path.split('.');
  let body = block.body;
  for (const [index, part] of parts.entries()) {
    if (index === parts.length - 1) {
      const found = body.find((statement) => statement.kind === 'Attribute' && statement.name.name === part);
      return found?.kind === 'Attribute' ? found : null;
    }
    const next = body.find((statement) => statement.kind === 'Block' && statement.name === part);
    if (next?.kind !== 'Block') return null;
    body = next.body;
  }
  return null;
}

function verb(via: string): string {
  if (via.startsWith('output.')) return `sends its ${via.slice('output.'.length)} to`;
  if (via === 'write_to') return 'writes to';
  return 'forwards to';
}

function infinitive(via: string): string {
  if (via.startsWith('output.')) return `send its ${via.slice('output.'.length)} to`;
  if (via === 'write_to') return 'write to';
  return 'forward to';
}
