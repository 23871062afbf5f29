/** `value` clauses: an argument of a role, compared by its evaluated value. */
import type { Json, ValueClause } from '../lessons';
import { lookupArgument } from './arguments';
import { missingItems, sameValue, type Candidate, type Verdict } from './compare';
import type { ComponentView } from './components';
import { asks, nodeOf, type CheckContext, type ClauseOutcome } from './context';
import type { Plain } from './plain';
import { code, listing, showValue } from './wording';

export function checkValue(context: CheckContext, clause: ValueClause, view: ComponentView): ClauseOutcome {
  const lookup = lookupArgument(view, clause.path, context.reader);
  const nodeId = nodeOf(context, view);
  const wanted = describeExpectation(clause);
  const fail = (message: string, range = lookup.hits[0]?.range ?? view.block): ClauseOutcome => ({
    passed: false,
    message,
    range,
    nodeId,
  });

  if (clause.present !== undefined) {
    const present =
      lookup.hits.length > 0 && lookup.hits.some((hit) => hit.kind === 'block' || !hit.defaulted);
    if (present === clause.present) return pass(`${code(view.id)} has ${code(clause.path)}.`, view, nodeId);
    return clause.present
      ? fail(
          `${code(view.id)} has no ${code(clause.path)} yet; ${asks(context)} for one.`,
          lookup.missing?.range,
        )
      : fail(`${code(view.id)} has ${code(clause.path)}, which ${asks(context)} you to leave out.`);
  }

  const values = lookup.hits.flatMap((hit) => (hit.kind === 'value' ? [hit] : []));
  if (values.length === 0) {
    const missing = lookup.missing;
    const what = missing?.isBlock ? `${code(missing.part)} block` : code(clause.path);
    return fail(
      `${code(view.id)} has no ${what} yet; ${asks(context)} for ${code(clause.path)} ${wanted.asVerb}.`,
      missing?.range,
    );
  }

  let verdict: Verdict;
  let absent: Json[] = [];
  if (clause.includes) {
    const candidates = values.flatMap((hit): Candidate[] => {
      if (!Array.isArray(hit.value)) return [{ value: hit.value, type: hit.type }];
      const element = hit.type?.kind === 'list' ? hit.type.element : null;
      return (hit.value as readonly Plain[]).map((value) => ({ value, type: element }));
    });
    const missing = missingItems(clause.includes, candidates);
    verdict = missing === 'unknown' ? 'unknown' : missing.length === 0;
    if (missing !== 'unknown') absent = missing;
  } else {
    const options = clause.oneOf ?? [clause.equals ?? null];
    const verdicts = values.flatMap((hit) => options.map((option) => sameValue(option, hit.value, hit.type)));
    verdict = verdicts.includes(true) ? true : verdicts.includes('unknown') ? 'unknown' : false;
  }

  const actual = values.map((hit) => code(showValue(hit.value)));
  const subject = clause.says
    ? `${code(view.id)} ${clause.says} ${listing(actual)}`
    : `${code(view.id)}'s ${code(clause.path)} is ${listing(actual)}`;
  if (verdict === true) return pass(`${subject}.`, view, nodeId);
  if (verdict === 'unknown') {
    return fail(
      `${code(view.id)}'s ${code(clause.path)} is only known when Alloy runs, so the check cannot confirm it is ${wanted.asNoun}.`,
    );
  }
  const defaulted = values.every((hit) => hit.defaulted) ? ' (its default)' : '';
  if (clause.includes && absent.length > 0 && absent.length < clause.includes.length) {
    const names = listing(absent.map((item) => code(showValue(item))));
    return fail(
      `${subject}${defaulted}, but ${names} ${absent.length === 1 ? 'is' : 'are'} missing; ${asks(context)} for ${wanted.asNoun}.`,
    );
  }
  const asked = clause.includes ? `them ${wanted.asVerb}` : wanted.asNoun;
  return fail(`${subject}${defaulted}, but ${asks(context)} for ${asked}.`);
}

function pass(message: string, view: ComponentView, nodeId: string | null): ClauseOutcome {
  return { passed: true, message, range: view.block, nodeId };
}

/** The expected value as a noun (`x`, `x or y`) and as a verb phrase (`to be x`, `to include x`). */
function describeExpectation(clause: ValueClause): { asNoun: string; asVerb: string } {
  if (clause.includes) {
    const items = listing(clause.includes.map((item) => code(showValue(item))));
    return { asNoun: items, asVerb: `to include ${items}` };
  }
  const options = clause.oneOf ?? [clause.equals ?? null];
  const noun = listing(
    options.map((item) => code(showValue(item))),
    'or',
  );
  return { asNoun: noun, asVerb: `to be ${noun}` };
}
