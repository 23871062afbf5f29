import { describe, expect, it } from 'vitest';
import { bundledLessons, encodeLessonWork, startWork, type LessonWork } from '../../src/lessons';
import { createWorkStorage, PLACE_KEY, workKey, type KeyValueStore } from './persistence';

const course = bundledLessons();
const ids = course.lessons.map((lesson) => lesson.id);
const work: LessonWork = {
  ...startWork(course, course.byId.get('section-1')!, null),
  source: 'logging {}\n',
};

/** An in-memory storage; `failing` makes writes, or every access, throw as a full or blocked one does. */
function fakeStorage(failing: 'none' | 'writes' | 'everything' = 'none') {
  const items = new Map<string, string>();
  const fail = (kind: string) => {
    throw new DOMException(`storage ${kind} failed`, 'QuotaExceededError');
  };
  const storage: KeyValueStore = {
    getItem: (key) => (failing === 'everything' ? fail('read') : (items.get(key) ?? null)),
    setItem: (key, value) => (failing === 'none' ? void items.set(key, value) : fail('write')),
    removeItem: (key) => (failing === 'none' ? void items.delete(key) : fail('write')),
  };
  return { items, storage };
}

describe('createWorkStorage', () => {
  it('restores exactly the place and the work it saved', () => {
    const { storage } = fakeStorage();
    const saving = createWorkStorage(() => storage);
    const place = { lessonId: 'section-1', playground: 'prometheus.scrape "x" {}\n', lessonsHidden: false };
    saving.savePlace(place);
    saving.saveWork('section-1', work);
    expect(createWorkStorage(() => storage).load(ids)).toEqual({ place, works: { 'section-1': work } });
    expect(saving.isPersistent()).toBe(true);
  });

  it('starts empty when nothing was saved', () => {
    const { storage } = fakeStorage();
    expect(createWorkStorage(() => storage).load(ids)).toEqual({
      place: { lessonId: null, playground: null, lessonsHidden: false },
      works: {},
    });
  });

  it('moves an unreadable record aside instead of overwriting it, once', () => {
    const { items, storage } = fakeStorage();
    const newer = JSON.stringify({ schema: 99, source: 'from a newer app' });
    items.set(workKey('section-1'), newer);
    items.set(workKey('section-2'), encodeLessonWork(work));
    items.set(`${workKey('section-1')}:unreadable:1`, 'an older casualty');

    const loaded = createWorkStorage(() => storage).load(ids);
    expect(Object.keys(loaded.works)).toEqual(['section-2']);
    expect(items.get(`${workKey('section-1')}:unreadable:1`)).toBe('an older casualty');
    expect(items.get(`${workKey('section-1')}:unreadable:2`)).toBe(newer);
    expect(items.has(workKey('section-1'))).toBe(false);

    createWorkStorage(() => storage).load(ids);
    expect(items.has(`${workKey('section-1')}:unreadable:3`)).toBe(false);
  });

  it('leaves work on lessons it was not asked about where it is', () => {
    const { items, storage } = fakeStorage();
    items.set(workKey('a-retired-lesson'), 'whatever it was');
    createWorkStorage(() => storage).load(ids);
    expect(items.get(workKey('a-retired-lesson'))).toBe('whatever it was');
  });

  it('carries on without errors when storage is full', () => {
    const { storage } = fakeStorage('writes');
    const saving = createWorkStorage(() => storage);
    expect(() => saving.saveWork('section-1', work)).not.toThrow();
    expect(saving.isPersistent()).toBe(false);
  });

  it('carries on without errors when storage is blocked altogether', () => {
    const blocked = createWorkStorage(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(blocked.load(ids).works).toEqual({});
    expect(() => blocked.savePlace({ lessonId: null, playground: 'x', lessonsHidden: false })).not.toThrow();
    expect(blocked.isPersistent()).toBe(false);
    const unreadable = createWorkStorage(() => fakeStorage('everything').storage);
    expect(unreadable.load(ids).place.lessonId).toBeNull();
    expect(unreadable.isPersistent()).toBe(false);
  });

  it('reports saving again once storage has room again', () => {
    const { storage } = fakeStorage();
    let full = true;
    const saving = createWorkStorage(() => ({
      ...storage,
      setItem: (key, value) => {
        if (full) throw new DOMException('full', 'QuotaExceededError');
        storage.setItem(key, value);
      },
    }));
    saving.saveWork('section-1', work);
    expect(saving.isPersistent()).toBe(false);
    full = false;
    saving.saveWork('section-1', work);
    expect(saving.isPersistent()).toBe(true);
    expect(storage.getItem(PLACE_KEY)).toBeNull();
    expect(storage.getItem(workKey('section-1'))).toBe(encodeLessonWork(work));
  });
});
