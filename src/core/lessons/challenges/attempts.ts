// A person's own attempts at one challenge, as plain data the store keeps
// (locally, as JSON): the best score, and how many finished attempts gave
// each score, for the distribution shown on finishing. A record made for
// another revision of the challenge starts again, since its par may differ.
import type { ChallengeResult } from './result';
import type { Challenge } from './types';

export type AttemptRecord = {
  challenge: string;
  revision: number;
  /** Attempts that met the goal. */
  finished: number;
  /** Attempts ended (`Try again`) without meeting it. */
  abandoned: number;
  best?: number;
  /** Finished attempts by score, lowest score first. */
  scores: { score: number; count: number }[];
};

export function emptyRecord(ch: Challenge): AttemptRecord {
  return { challenge: ch.id, revision: ch.revision, finished: 0, abandoned: 0, scores: [] };
}

/** The record with one more attempt; a record of another challenge or revision is replaced, never mixed in. */
export function recordAttempt(record: AttemptRecord | undefined, ch: Challenge, result: Pick<ChallengeResult, 'met' | 'score'>): AttemptRecord {
  const r = record && record.challenge === ch.id && record.revision === ch.revision ? record : emptyRecord(ch);
  if (!result.met) return { ...r, abandoned: r.abandoned + 1 };
  const found = r.scores.some((s) => s.score === result.score);
  const scores = found ? r.scores.map((s) => (s.score === result.score ? { ...s, count: s.count + 1 } : s)) : [...r.scores, { score: result.score, count: 1 }].sort((a, b) => a.score - b.score);
  return { ...r, finished: r.finished + 1, best: r.best === undefined ? result.score : Math.min(r.best, result.score), scores };
}

/** The distribution as bars: each score's share of the finished attempts, with where par falls. */
export function distribution(record: AttemptRecord, par: number): { score: number; count: number; share: number; relative: 'under-par' | 'at-par' | 'over-par' }[] {
  return record.scores.map((s) => ({ ...s, share: record.finished ? s.count / record.finished : 0, relative: s.score < par ? 'under-par' : s.score > par ? 'over-par' : 'at-par' }));
}
