// A person's challenges, kept in localStorage: per challenge, the record of
// their own finished and abandoned attempts (best score, distribution), and
// the attempt under way (its acts and answers, so a reload replays the same
// world, and whether it has finished, so the result stays as it was met).
// Read back field by field: a broken entry is dropped alone, and an entry
// for another revision of a challenge starts again (its par may differ).
import { createStore } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { challengeById, emptyRecord, recordAttempt, type AnswerInput, type AttemptRecord, type Challenge, type ChallengeResult, type ParVerdict } from '../core/lessons/index';
import { lazyJSONStorage } from './storage';
import { arrayOf, isFiniteNumber, isRecord, isString, keepValid, oneOf, own, readSaved, shape, type Check } from './savedState';
import { isSavedInput } from './simulatorSaved';
import type { Act } from './simulator';

/** The attempt under way. `finished` is set once, when the goal is first met, and stays as it was then. */
export type Attempt = {
  acts: Act[];
  answers: AnswerInput[];
  finished?: { score: number; verdict: Exclude<ParVerdict, 'not-met'> };
};

export type ChallengeProgress = { revision: number; record: AttemptRecord; attempt: Attempt };

export type ChallengesState = {
  progress: Record<string, ChallengeProgress>;
  /** An act of the attempt under way, kept for a reload. */
  addActs(id: string, acts: readonly Act[]): void;
  addAnswer(id: string, answer: AnswerInput): void;
  /** The goal met: the attempt is recorded (once) with its score. */
  finish(id: string, result: Pick<ChallengeResult, 'met' | 'score' | 'verdict'>): void;
  /** `Try again`: an attempt that did something but did not finish counts as abandoned; a fresh one begins. */
  restart(id: string): void;
  resetChallenges(): void;
};

export const freshAttempt = (): Attempt => ({ acts: [], answers: [] });

export function freshProgress(ch: Challenge): ChallengeProgress {
  return { revision: ch.revision, record: emptyRecord(ch), attempt: freshAttempt() };
}

export type ChallengeStatus = 'not started' | 'in progress' | 'finished';

export function challengeStatus(p: ChallengeProgress | undefined): ChallengeStatus {
  if (!p) return 'not started';
  if (p.record.finished > 0 || p.attempt.finished) return 'finished';
  return p.attempt.acts.length || p.attempt.answers.length || p.record.abandoned ? 'in progress' : 'not started';
}

// The saved shape, checked on load.
const isAct: Check<Act> = (v): v is Act => isRecord(v) && isFiniteNumber(own(v, 'at')) && isSavedInput(own(v, 'input'));
const isCount = (v: unknown): v is number => isFiniteNumber(v) && Number.isInteger(v) && v >= 0;
const isRecordOf = (ch: Challenge): Check<AttemptRecord> =>
  shape<AttemptRecord>({
    challenge: (v): v is string => v === ch.id,
    revision: (v): v is number => v === ch.revision,
    finished: isCount,
    abandoned: isCount,
    best: (v): v is number | undefined => v === undefined || isCount(v),
    scores: arrayOf(shape<{ score: number; count: number }>({ score: isCount, count: isCount })),
  });
const isAttempt = shape<Attempt>({
  acts: arrayOf(isAct),
  answers: arrayOf(shape<AnswerInput>({ question: isString, answer: isString, at: isFiniteNumber })),
  finished: (v): v is Attempt['finished'] => v === undefined || shape({ score: isCount, verdict: oneOf(['under-par', 'at-par', 'over-par'] as const) })(v),
});

/** A record whose numbers agree with each other: the best is the lowest score, the counts add up. */
function consistent(r: AttemptRecord): boolean {
  const total = r.scores.reduce((n, s) => n + s.count, 0);
  // A loop, not Math.min(...scores): a saved list can be longer than a call's arguments may be.
  const lowest = r.scores.reduce<number | undefined>((low, s) => (low === undefined || s.score < low ? s.score : low), undefined);
  return total === r.finished && r.best === lowest;
}

function readProgress(saved: unknown): Record<string, ChallengeProgress> {
  const raw = readSaved<{ progress: Record<string, unknown> }>('challenges', saved, { progress: isRecord }).progress ?? {};
  const out: Record<string, ChallengeProgress> = {};
  for (const [id, entry] of Object.entries(raw)) {
    const ch = challengeById(id);
    if (!ch || own(entry, 'revision') !== ch.revision) continue;
    const valid = isRecordOf(ch);
    const [record] = keepValid('challenges', `${id}.record`, [own(entry, 'record')], (v): v is AttemptRecord => valid(v) && consistent(v));
    const [attempt] = keepValid('challenges', `${id}.attempt`, [own(entry, 'attempt')], isAttempt);
    out[id] = { revision: ch.revision, record: record ?? emptyRecord(ch), attempt: attempt ?? freshAttempt() };
  }
  return out;
}

export const challengesStore = createStore<ChallengesState>()(
  persist(
    (set) => {
      const change = (id: string, fn: (p: ChallengeProgress, ch: Challenge) => Partial<ChallengeProgress>) =>
        set((s) => {
          const ch = challengeById(id);
          if (!ch) return {};
          const p = s.progress[id] ?? freshProgress(ch);
          return { progress: { ...s.progress, [id]: { ...p, ...fn(p, ch) } } };
        });
      return {
        progress: {},
        addActs: (id, acts) => change(id, (p) => ({ attempt: { ...p.attempt, acts: [...p.attempt.acts, ...acts] } })),
        addAnswer: (id, answer) => change(id, (p) => ({ attempt: { ...p.attempt, answers: [...p.attempt.answers, answer] } })),
        finish: (id, result) =>
          change(id, (p, ch) => {
            if (p.attempt.finished || !result.met || result.verdict === 'not-met') return {};
            return { record: recordAttempt(p.record, ch, result), attempt: { ...p.attempt, finished: { score: result.score, verdict: result.verdict } } };
          }),
        restart: (id) =>
          change(id, (p, ch) => {
            const did = p.attempt.acts.length > 0 || p.attempt.answers.length > 0;
            const record = !p.attempt.finished && did ? recordAttempt(p.record, ch, { met: false, score: 0 }) : p.record;
            return { record, attempt: freshAttempt() };
          }),
        resetChallenges: () => set({ progress: {} }),
      };
    },
    {
      name: 'smtp-lab.challenges',
      version: 1,
      storage: lazyJSONStorage(),
      partialize: (s) => ({ progress: s.progress }),
      merge: (saved, current) => ({ ...current, progress: readProgress(saved) }),
    },
  ),
);
