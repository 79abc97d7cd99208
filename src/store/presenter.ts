// Presenter mode (issue 14): what the room sees beyond the world itself. The
// presenter's window owns it and sends it with the acts; the audience's copy
// is only ever set from those messages. Nothing here is saved.
import { createStore } from 'zustand/vanilla';

/** A reply the lesson asks the room to predict: the seq of its event, and the choices the runner offers. */
export type LessonPrediction = { replyAt: number; candidates: readonly number[] };

/**
 * The lesson's part, when a lesson is presented: the step's task for the
 * room, the notes for the presenter, and the predictions the runner stopped
 * at on this step (the room is asked them whether or not `Predict every reply` is on).
 */
export type LessonContext = { task?: string; notes?: string; predictions?: readonly LessonPrediction[] };

/** What the presenter sends besides acts and position: small, and all of it. */
export type Stage = {
  predictEvery: boolean;
  /** Seqs of the replies already revealed: stepping back over one shows it answered. */
  revealed: readonly number[];
  blackout: boolean;
  /** Audience text size, a factor of the projector's base size. */
  scale: number;
  lesson: LessonContext;
};

export type PresenterState = Stage & {
  /** Presenting: this window owns the state and sends it. */
  presenting: boolean;
  /** The audience view fills this tab (no second window could be opened, or one screen). */
  inline: boolean;
  timer: { running: boolean; startedAt: number; elapsed: number };
  /** Links to positions, newest first, for the course notes. */
  snapshots: readonly { position: number; url: string }[];

  setPredictEvery(on: boolean): void;
  reveal(seq: number): void;
  toggleBlackout(): void;
  resize(by: 1 | -1): void;
  /** A new step (or the same one restarted): its task and notes, and nothing revealed yet on its world. */
  setLesson(lesson: LessonContext): void;
  /** The runner stopped before a reply the step asks to predict. */
  lessonAsks(prediction: LessonPrediction): void;
  setPresenting(presenting: boolean, inline: boolean): void;
  toggleTimer(now: number): void;
  addSnapshot(position: number, url: string): void;
  /** The audience's copy follows the presenter's. */
  receive(stage: Stage): void;
};

export const SCALES = [0.75, 0.875, 1, 1.25, 1.5, 1.75, 2] as const;

export function stageOf(s: PresenterState): Stage {
  return { predictEvery: s.predictEvery, revealed: s.revealed, blackout: s.blackout, scale: s.scale, lesson: s.lesson };
}

export function createPresenterStore() {
  return createStore<PresenterState>()((set) => ({
    predictEvery: false,
    revealed: [],
    blackout: false,
    scale: 1,
    lesson: {},
    presenting: false,
    inline: false,
    timer: { running: false, startedAt: 0, elapsed: 0 },
    snapshots: [],

    setPredictEvery: (predictEvery) => set({ predictEvery }),
    reveal: (seq) => set((s) => (s.revealed.includes(seq) ? {} : { revealed: [...s.revealed, seq] })),
    toggleBlackout: () => set((s) => ({ blackout: !s.blackout })),
    resize: (by) =>
      set((s) => {
        const i = SCALES.findIndex((x) => x >= s.scale);
        return { scale: SCALES[Math.max(0, Math.min(SCALES.length - 1, (i < 0 ? SCALES.length - 1 : i) + by))]! };
      }),
    setLesson: (lesson) => set({ lesson, revealed: [] }),
    lessonAsks: (prediction) =>
      set(({ lesson }) =>
        lesson.predictions?.some((q) => q.replyAt === prediction.replyAt) ? {} : { lesson: { ...lesson, predictions: [...(lesson.predictions ?? []), prediction] } },
      ),
    setPresenting: (presenting, inline) => set({ presenting, inline }),
    toggleTimer: (now) =>
      set(({ timer: t }) => ({
        timer: t.running ? { running: false, startedAt: 0, elapsed: t.elapsed + now - t.startedAt } : { running: true, startedAt: now, elapsed: t.elapsed },
      })),
    addSnapshot: (position, url) => set((s) => ({ snapshots: [{ position, url }, ...s.snapshots] })),
    receive: (stage) => set(stage),
  }));
}

export const presenterStore = createPresenterStore();

/** Milliseconds on the timer at `now`. */
export function timerElapsed(t: PresenterState['timer'], now: number): number {
  return t.elapsed + (t.running ? now - t.startedAt : 0);
}
