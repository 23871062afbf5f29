/** `file`: path helpers (spec 6.7). */
import { object, string, type FunctionValue, type ObjectValue } from '../value';
import { STRING, typedFunction } from './define';

/** Go's path.Clean: collapses separators, resolves `.` and `..`, drops a trailing slash. */
function cleanPath(path: string): string {
  if (path === '') return '.';
  const rooted = path.startsWith('/');
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
      else if (!rooted) parts.push('..');
    } else {
      parts.push(part);
    }
  }
  const joined = parts.join('/');
  if (rooted) return '/' + joined;
  return joined === '' ? '.' : joined;
}

/** `file.path_join(elems...)`: Go's filepath.Join with `/` separators. */
const pathJoin: FunctionValue = typedFunction(
  { hostType: 'func(...string) string', params: [], variadic: STRING },
  (args) => {
    const parts = args.map((arg) => (arg.type === 'string' ? arg.value : '')).filter((part) => part !== '');
    return string(parts.length === 0 ? '' : cleanPath(parts.join('/')));
  },
);

export const fileNamespace: ObjectValue = object({ path_join: pathJoin });
