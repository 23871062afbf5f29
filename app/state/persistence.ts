/**
 * Keeps the learner's work in the browser's local storage: one record per
 * lesson (`alloy-workshop:lesson:<id>`) and one for where they are
 * (`alloy-workshop:place`), so that a keystroke rewrites one small record.
 *
 * Storage may be blocked (privacy settings) or full. Then saving quietly
 * fails, `isPersistent()` turns false, and the work lives on in the app's
 * memory until the tab closes; nothing throws. A record that cannot be read
 * (damaged, or written by a newer version of the app) is moved aside to
 * `<key>:unreadable:<n>` before new work could overwrite it.
 */
import {
  decodeLessonWork,
  decodePlace,
  encodeLessonWork,
  encodePlace,
  INITIAL_PLACE,
  type LessonWork,
  type Place,
} from '../../src/lessons';

/** The part of the Web Storage interface used here. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type SavedWork = { place: Place; works: Record<string, LessonWork> };

export type WorkStorage = {
  /** Reads the place and the work on the given lessons; work on other lessons stays stored untouched. */
  load(lessonIds: readonly string[]): SavedWork;
  savePlace(place: Place): void;
  saveWork(lessonId: string, work: LessonWork): void;
  /** Whether the latest access to storage succeeded. */
  isPersistent(): boolean;
};

export const PLACE_KEY = 'alloy-workshop:place';
export const workKey = (lessonId: string): string => `alloy-workshop:lesson:${lessonId}`;

/** `open` returns the storage to use; it may throw (e.g. `window.localStorage` when blocked). */
export function createWorkStorage(open: () => KeyValueStore): WorkStorage {
  let store: KeyValueStore | null = null;
  let persistent = true;

  /** Runs one storage access; a failure of any kind leaves the work in memory only. */
  const attempt = <T>(access: (storage: KeyValueStore) => T): T | null => {
    try {
      store ??= open();
      const result = access(store);
      persistent = true;
      return result;
    } catch {
      persistent = false;
      return null;
    }
  };

  const setAside = (key: string, text: string) => {
    attempt((storage) => {
      let index = 1;
      while (storage.getItem(`${key}:unreadable:${index}`) !== null) index++;
      storage.setItem(`${key}:unreadable:${index}`, text);
      storage.removeItem(key);
    });
  };

  const read = <T>(key: string, decode: (text: string) => T | null): T | null => {
    const text = attempt((storage) => storage.getItem(key));
    if (text === null) return null;
    const value = decode(text);
    if (value === null) setAside(key, text);
    return value;
  };

  return {
    load(lessonIds) {
      const place = read(PLACE_KEY, decodePlace) ?? INITIAL_PLACE;
      const works: Record<string, LessonWork> = {};
      for (const id of lessonIds) {
        const work = read(workKey(id), decodeLessonWork);
        if (work) works[id] = work;
      }
      return { place, works };
    },
    savePlace(place) {
      attempt((storage) => storage.setItem(PLACE_KEY, encodePlace(place)));
    },
    saveWork(lessonId, work) {
      attempt((storage) => storage.setItem(workKey(lessonId), encodeLessonWork(work)));
    },
    isPersistent: () => persistent,
  };
}
