/**
 * Whether this page is an embedded playground (`?embed=1`). When it is, this
 * module gives the page a storage in memory in place of the browser's, and
 * main.tsx loads the views, and with them the stores, only after that. An
 * embedded playground then never touches the learner's saved work, and works
 * the same where a third-party frame may not use storage at all (reading
 * `localStorage` there throws a SecurityError).
 */
import { MemoryStorage } from '../../src/embed/memoryStorage';
import { isEmbedded } from '../../src/embed/params';

export const EMBEDDED = isEmbedded(window.location.search);

if (EMBEDDED) {
  for (const name of ['localStorage', 'sessionStorage'])
    Object.defineProperty(window, name, { value: new MemoryStorage(), configurable: true });
}
