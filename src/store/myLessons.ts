// `My lessons` (issue 16 §2): lessons the person wrote in the builder or
// imported from a file or a link, kept in localStorage in the lesson file
// format and read back through the same validator as an import, so a saved
// draft can never hold what a file could not. A lesson here runs in the
// classroom like a built-in one once it is whole (`findLesson`).
import { createStore } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { lessonById, validateLesson, type Lesson } from '../core/lessons/index';
import { lessonFile, readLessonFile } from '../core/share/index';
import { isBoolean, isRecord, keepValid, own } from './savedState';
import { lazyJSONStorage } from './storage';

export type MyLesson = {
  lesson: Lesson;
  /** The builder's `Mark start` was pressed: what the author does now is recorded as the solution, not the prelude. */
  marked: boolean;
  /** The lesson or challenge it was made from by `Edit`. */
  origin?: string;
};

export type MyLessonsState = {
  mine: Record<string, MyLesson>;
  put(entry: MyLesson): void;
  change(id: string, f: (e: MyLesson) => Partial<MyLesson>): void;
  remove(id: string): void;
};

type SavedEntry = { file: unknown; marked: boolean; origin?: string };

function readMine(saved: unknown): Record<string, MyLesson> {
  const raw = own(saved, 'mine');
  if (!isRecord(raw)) return {};
  const out: Record<string, MyLesson> = {};
  for (const [id, entry] of Object.entries(raw)) {
    // An entry is whole when its file reads back as the lesson it is kept under; else it is left out and named.
    let lesson: Lesson | undefined;
    const whole = (v: unknown): v is SavedEntry => {
      if (!isRecord(v) || !isBoolean(own(v, 'marked'))) return false;
      const read = readLessonFile(own(v, 'file'), { draft: true });
      lesson = read.ok && read.lesson.id === id ? read.lesson : undefined;
      return lesson !== undefined;
    };
    const [e] = keepValid('my lessons', id, [entry], whole);
    if (e && lesson) out[id] = { lesson, marked: e.marked, ...(typeof e.origin === 'string' && { origin: e.origin }) };
  }
  return out;
}

export const myLessonsStore = createStore<MyLessonsState>()(
  persist(
    (set) => ({
      mine: {},
      put: (entry) => set((s) => ({ mine: { ...s.mine, [entry.lesson.id]: entry } })),
      change: (id, f) => set((s) => (s.mine[id] ? { mine: { ...s.mine, [id]: { ...s.mine[id], ...f(s.mine[id]) } } } : {})),
      remove: (id) =>
        set((s) => {
          const { [id]: _, ...rest } = s.mine;
          return { mine: rest };
        }),
    }),
    {
      name: 'smtp-lab.my-lessons',
      version: 1,
      storage: lazyJSONStorage(),
      partialize: (s) => ({ mine: Object.fromEntries(Object.entries(s.mine).map(([id, e]) => [id, { file: lessonFile(e.lesson), marked: e.marked, ...(e.origin && { origin: e.origin }) }])) }),
      merge: (saved, current) => ({ ...current, mine: readMine(saved) }),
    },
  ),
);

const whole = new WeakMap<Lesson, boolean>();

/** A lesson of mine that a learner can take: it passes the full validator (a draft may still lack words or checks). */
export function isWhole(lesson: Lesson): boolean {
  let ok = whole.get(lesson);
  if (ok === undefined) whole.set(lesson, (ok = validateLesson(lesson).ok));
  return ok;
}

/** A built-in lesson, or one of mine that is whole. */
export function findLesson(id: string): Lesson | undefined {
  const mine = myLessonsStore.getState().mine[id]?.lesson;
  return lessonById(id) ?? (mine && isWhole(mine) ? mine : undefined);
}

/** An id for a new lesson of mine: `my-` and the name, numbered past any taken. */
export function freeId(name: string): string {
  const base = `my-${name.replace(/^my-/, '').replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48) || 'lesson'}`;
  const taken = (id: string) => lessonById(id) !== undefined || Object.hasOwn(myLessonsStore.getState().mine, id);
  if (!taken(base)) return base;
  let n = 2;
  while (taken(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/**
 * An imported lesson joins My lessons under its own id with `my-` before it
 * (every lesson of mine has it, so none can take a built-in lesson's id or a
 * route's name), replacing an earlier import of it: a teacher's corrected
 * version. Its id here.
 */
export function importLesson(lesson: Lesson): string {
  const id = `my-${lesson.id.replace(/^my-/, '')}`.slice(0, 64);
  myLessonsStore.getState().put({ lesson: { ...lesson, id }, marked: true });
  return id;
}
