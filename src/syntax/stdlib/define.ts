/**
 * How standard-library functions are declared. A typed function has fixed
 * parameters (optionally a variadic tail); calling it checks the argument
 * count, converts each argument to its parameter type (spec 4.7) and reports
 * the function's own failures against the callee. A raw function receives the
 * arguments as they are and checks them itself.
 */
import { FunctionError, containsUnknown, unknown, type FunctionValue, type Value } from '../value';
import { EvaluationError, valueError } from '../eval/errors';
import { convert, type Target } from '../eval/convert';

export const STRING: Target = { kind: 'string' };
export const ANY: Target = { kind: 'any' };
export const LIST_OF_STRINGS: Target = { kind: 'list', element: STRING };

export type TypedSignature = {
  /** The host type shown by `%T` and JSON encoding errors, e.g. `func(string) string`. */
  hostType: string;
  params: readonly Target[];
  /** Type of the arguments after the fixed ones; absent for fixed arity. */
  variadic?: Target;
};

/** Calls `body`, turning a plain `FunctionError` into an error against the callee. */
function failAgainst(self: FunctionValue, body: () => Value): Value {
  try {
    return body();
  } catch (error) {
    if (error instanceof FunctionError) throw valueError(self, error.message);
    throw error;
  }
}

export function typedFunction(
  signature: TypedSignature,
  body: (args: readonly Value[]) => Value,
): FunctionValue {
  const { params, variadic } = signature;
  return {
    type: 'function',
    hostType: signature.hostType,
    call(args, self) {
      if (variadic ? args.length < params.length : args.length !== params.length) {
        const expected = variadic ? `at least ${params.length}` : `${params.length}`;
        throw valueError(self, `expected ${expected} args, got ${args.length}`);
      }
      const converted = args.map((arg, i) => {
        try {
          return convert(arg, params[i] ?? variadic ?? { kind: 'any' });
        } catch (error) {
          if (error instanceof EvaluationError) {
            throw new EvaluationError({ kind: 'argument', value: arg, inner: error.chain });
          }
          throw error;
        }
      });
      if (converted.some(containsUnknown)) return unknown();
      return failAgainst(self, () => body(converted));
    },
  };
}

/** Raw functions are Go `value.RawFunction`s. */
const RAW_HOST_TYPE = 'value.RawFunction';

/**
 * A function that takes its arguments unconverted and reports its own errors
 * (`EvaluationError`). Any unknown argument makes the result unknown, unless
 * the function `acceptsUnknown` and deals with them itself.
 */
export function rawFunction(
  body: (args: readonly Value[], self: FunctionValue) => Value,
  options: { acceptsUnknown?: boolean } = {},
): FunctionValue {
  return {
    type: 'function',
    hostType: RAW_HOST_TYPE,
    call(args, self) {
      if (!options.acceptsUnknown && args.some(containsUnknown)) return unknown();
      return body(args, self);
    },
  };
}

/** The error for a raw function's argument of the wrong type, pointing at that argument. */
export function argumentTypeError(arg: Value, expected: string): EvaluationError {
  return new EvaluationError({ kind: 'argument', value: arg, inner: { kind: 'type', value: arg, expected } });
}

/** A raw function's complaint about one argument, pointing at that argument. */
export function argumentError(arg: Value, message: string): EvaluationError {
  return new EvaluationError({ kind: 'argument', value: arg, inner: { kind: 'plain', message } });
}
