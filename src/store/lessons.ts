// A learner's progress through the course, kept in localStorage: per lesson,
// the step they are on, the steps solved, their guesses, the hints they
// opened, and their acts, so that a reload replays the lesson's world
// exactly (one seed, one log: DESIGN.md). Read back field by field like the
// Simulator's saved state: a broken entry is dropped alone.
import { createStore } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import type { AnswerInput, Lesson, LessonStep, PlaygroundInput } from '../core/lessons/index';
import { lazyJSONStorage } from './storage';
import { arrayOf, isFiniteNumber, isRecord, isString, keepValid, own, readSaved, shape, type Check } from './savedState';
import { isSavedInput } from './simulatorSaved';
import type { Act } from './simulator';
import { findLesson } from './myLessons';

/** What the learner did in a lesson: an act at a shell or the compose form, or `Show me` for a step (by its id). */
export type LessonAct = Act | { at: number; showMe: string };

/** One answer to "Predict the reply": which prediction of which step, the code chosen, and the code that came. */
export type Guess = { step: string; index: number; guess: number; reply: number };

export type LessonProgress = {
  revision: number;
  /** The step on screen, 0-based. */
  step: number;
  /** Per step id: the event it began at (its checks look from there). */
  since: Record<string, number>;
  /** Per solved step id: the event its check was met at. */
  solved: Record<string, number>;
  guesses: Guess[];
  /** Per step id: how many rungs of its hint ladder were opened. */
  hints: Record<string, number>;
  shownMe: string[];
  acts: LessonAct[];
  playground: PlaygroundInput[];
  answers: AnswerInput[];
};

/**
 * A lesson step opened from a link (issue 15): the link's progress, kept
 * beside the learner's own and never saved, so a link cannot overwrite it;
 * while it is on screen the runner reads and writes it instead.
 */
export type SharedLessonVisit = { id: string; progress: LessonProgress; /** "Replayed exactly.", or where and why the log differs. */ message: string; exact: boolean };

export type LessonsState = {
  progress: Record<string, LessonProgress>;
  shared?: SharedLessonVisit;
  /** The lesson open now and its step (not saved): what the presenter reads. */
  current?: { id: string; step: number };
  update(id: string, change: (p: LessonProgress) => Partial<LessonProgress>): void;
  setCurrent(current: { id: string; step: number } | undefined): void;
  visitShared(shared: SharedLessonVisit): void;
  leaveShared(): void;
  /** Everything forgotten: every lesson back to not started. */
  resetProgress(): void;
};

export function freshProgress(lesson: Lesson): LessonProgress {
  return { revision: lesson.revision, step: 0, since: {}, solved: {}, guesses: [], hints: {}, shownMe: [], acts: [], playground: [], answers: [] };
}

export type LessonStatus = 'done' | 'in progress' | 'not started';

export function lessonStatus(lesson: Lesson, p: LessonProgress | undefined): LessonStatus {
  if (!p || (p.acts.length === 0 && Object.keys(p.solved).length === 0 && p.step === 0)) return 'not started';
  return lesson.steps.every((s) => Object.hasOwn(p.solved, s.id)) ? 'done' : 'in progress';
}

// The saved shape, checked on load.
const isNumberMap: Check<Record<string, number>> = (v): v is Record<string, number> => isRecord(v) && Object.values(v).every(isFiniteNumber);
const isLessonAct: Check<LessonAct> = (v): v is LessonAct =>
  isRecord(v) && isFiniteNumber(own(v, 'at')) && (isString(own(v, 'showMe')) || isSavedInput(own(v, 'input')));
const optionalString = (v: unknown): v is string | undefined => v === undefined || isString(v);
const isPlaygroundInput = shape<PlaygroundInput>({ explorer: isString, charset: optionalString, direction: (v): v is 'decode' | 'encode' | undefined => v === undefined || v === 'decode' || v === 'encode', input: isString, output: isString, at: isFiniteNumber });
const isProgress = shape<LessonProgress>({
  revision: isFiniteNumber,
  step: isFiniteNumber,
  since: isNumberMap,
  solved: isNumberMap,
  guesses: arrayOf(shape<Guess>({ step: isString, index: isFiniteNumber, guess: isFiniteNumber, reply: isFiniteNumber })),
  hints: isNumberMap,
  shownMe: arrayOf(isString),
  acts: arrayOf(isLessonAct),
  playground: arrayOf(isPlaygroundInput),
  answers: arrayOf(shape<AnswerInput>({ question: isString, answer: isString, at: isFiniteNumber })),
});

/** Saved progress that fits a lesson of this build; a lesson whose revision changed starts again (its acts may no longer replay). */
function readProgress(saved: unknown): Record<string, LessonProgress> {
  const raw = readSaved<{ progress: Record<string, unknown> }>('lessons', saved, { progress: isRecord }).progress ?? {};
  const out: Record<string, LessonProgress> = {};
  for (const [id, saved] of Object.entries(raw)) {
    const lesson = findLesson(id);
    const [p] = lesson ? keepValid('lessons', id, [saved], isProgress) : [];
    if (lesson && p && p.revision === lesson.revision) out[id] = { ...p, step: Math.max(0, Math.min(lesson.steps.length - 1, Math.round(p.step))) };
  }
  return out;
}

export const lessonsStore = createStore<LessonsState>()(
  persist(
    (set) => ({
      progress: {},
      update: (id, change) =>
        set((s) => {
          const lesson = findLesson(id);
          if (!lesson) return {};
          const p = progressIn(s, id) ?? freshProgress(lesson);
          if (s.shared?.id === id) return { shared: { ...s.shared, progress: { ...p, ...change(p) } } };
          return { progress: { ...s.progress, [id]: { ...p, ...change(p) } } };
        }),
      setCurrent: (current) => set({ current }),
      visitShared: (shared) => set({ shared }),
      leaveShared: () => set({ shared: undefined }),
      resetProgress: () => set({ progress: {} }),
    }),
    {
      name: 'smtp-lab.lessons',
      version: 1,
      storage: lazyJSONStorage(),
      partialize: (s) => ({ progress: s.progress }),
      merge: (saved, current) => ({ ...current, progress: readProgress(saved) }),
    },
  ),
);

/** The progress on screen for a lesson: a shared link's while one is open, else the learner's own. */
export function progressIn(s: Pick<LessonsState, 'progress' | 'shared'>, id: string): LessonProgress | undefined {
  return s.shared?.id === id ? s.shared.progress : s.progress[id];
}

export type CurrentLessonStep = { lesson: Lesson; index: number; step: LessonStep; progress: LessonProgress };

/** The lesson step open now, for views outside the Lessons page (the presenter): its task, notes and predictions. */
export function currentLessonStep(s: LessonsState = lessonsStore.getState()): CurrentLessonStep | undefined {
  const lesson = s.current && findLesson(s.current.id);
  const step = lesson?.steps[s.current!.step];
  if (!lesson || !step) return undefined;
  return { lesson, index: s.current!.step, step, progress: progressIn(s, lesson.id) ?? freshProgress(lesson) };
}
