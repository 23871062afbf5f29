/**
 * Finding the components a lesson is about. A role names a component type,
 * and a label only where the lesson text fixes it. When several components
 * could play the roles, the assignment that keeps the most labels of the
 * lesson's skeleton wins (those are the components the lesson is about, even
 * while they are still empty), then the one satisfying the most clauses
 * (how components renamed by the learner are found), then source order.
 */
import type { RoleDefinition } from '../lessons';
import { closestName, hasComponent } from '../catalog';
import { nameSpan } from '../syntax/part-span';
import type { ComponentView } from './components';
import { asks, nodeOf, type Binding, type CheckContext, type ClauseOutcome } from './context';
import { code } from './wording';

/** Above this many combinations, roles are assigned one by one instead. */
const MAX_COMBINATIONS = 256;

function candidatesFor(role: RoleDefinition, views: readonly ComponentView[]): ComponentView[] {
  return views.filter((view) => view.type === role.type && (!role.labelFixed || view.label === role.label));
}

export function resolveRoles(
  roles: Readonly<Record<string, RoleDefinition>>,
  views: readonly ComponentView[],
  score: (binding: Binding) => number,
): Binding {
  const names = Object.keys(roles);
  const options = names.map((name) => {
    const found: (ComponentView | null)[] = candidatesFor(roles[name] as RoleDefinition, views);
    return found.length > 0 ? found : [null];
  });
  const total = options.reduce((product, list) => product * list.length, 1);
  const bindings: Binding[] =
    total > MAX_COMBINATIONS
      ? [
          new Map(
            names.map((name, index) => [
              name,
              preferred(roles[name] as RoleDefinition, options[index] ?? [null]),
            ]),
          ),
        ]
      : combinations(names, options);

  let best: { binding: Binding; rank: number[] } | null = null;
  for (const binding of bindings) {
    const rank = [
      names.filter((name) => binding.get(name)?.label === roles[name]?.label).length,
      score(binding),
      -names.reduce((sum, name) => sum + (binding.get(name)?.order ?? 0), 0),
    ];
    if (!best || isBetter(rank, best.rank)) best = { binding, rank };
  }
  return best?.binding ?? new Map();
}

function combinations(names: readonly string[], options: readonly (ComponentView | null)[][]): Binding[] {
  let result: Map<string, ComponentView | null>[] = [new Map()];
  names.forEach((name, index) => {
    result = result.flatMap((partial) =>
      (options[index] ?? [null]).map((view) => new Map([...partial, [name, view]])),
    );
  });
  return result;
}

function preferred(role: RoleDefinition, options: readonly (ComponentView | null)[]): ComponentView | null {
  return options.find((view) => view?.label === role.label) ?? options[0] ?? null;
}

function isBetter(rank: readonly number[], than: readonly number[]): boolean {
  for (const [index, value] of rank.entries()) {
    const other = than[index] ?? 0;
    if (value !== other) return value > other;
  }
  return false;
}

/** Why no component plays a role: a misspelt type, the wrong label, or nothing there yet. */
export function missingRole(context: CheckContext, role: RoleDefinition): ClauseOutcome {
  const wanted = role.label === null ? role.type : `${role.type} "${role.label}"`;
  const sameType = context.views.find((view) => view.type === role.type);
  if (sameType && role.labelFixed) {
    return {
      passed: false,
      message: `Other parts of the configuration refer to ${code(`${role.type}.${role.label}`)} by name, so this component's label must be ${code(`"${role.label}"`)}; yours is ${code(sameType.id)}.`,
      range: sameType.block.label ?? nameSpan(sameType.block),
      nodeId: nodeOf(context, sameType),
    };
  }
  const misspelt = context.views.find(
    (view) => !hasComponent(view.type) && closestName(view.type, [role.type]) === role.type,
  );
  if (misspelt) {
    return {
      passed: false,
      message: `${code(misspelt.type)} is not a component Alloy knows; did you mean ${code(role.type)}? ${capitalised(asks(context))} for ${code(wanted)}.`,
      range: nameSpan(misspelt.block),
      nodeId: nodeOf(context, misspelt),
    };
  }
  return {
    passed: false,
    message: `There is no ${code(role.type)} ${role.type.includes('.') ? 'component' : 'block'} yet; ${asks(context)} for ${code(wanted)}.`,
    range: null,
    nodeId: null,
  };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
