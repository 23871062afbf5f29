/**
 * Names bound outside the configuration: the standard library's top-level
 * names and `module_path`, the directory of the module being loaded. A
 * reference chain starting with one of these is a library call or constant,
 * not a component — unless a component of that name shadows it.
 */
import { standardLibrary } from '../syntax/stdlib';

/** Names the loader binds in every module: the module's own directory. */
export const LOADER_NAMES: readonly string[] = ['module_path'];

const GLOBAL_NAMES: ReadonlySet<string> = new Set([...standardLibrary({}).keys(), ...LOADER_NAMES]);

export function isGlobalName(name: string): boolean {
  return GLOBAL_NAMES.has(name);
}
