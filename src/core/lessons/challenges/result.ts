// What a UI needs of a challenge: where it starts, its rules in words, its
// score on a timeline and the result against par. Pure: the same timeline
// always gives the same result, and only what happened after the start
// (after the prelude) is scored or checked.
import type { Timeline, WorldEvent } from '../../net/index';
import type { Check } from '../check';
import { evaluateCheck, type Verdict } from '../evaluate';
import { bytesOnWire, roundTrips, shellLinesOk, smtpLinesSent } from '../scores';
import { lessonStart } from '../start';
import type { Lesson } from '../types';
import { viewOf, type LessonView, type Outside } from '../view';
import type { Challenge, ParVerdict, ScoreKind } from './types';

/** The challenge's start as a lesson's, so that one function builds both worlds. */
function asLesson(ch: Challenge): Lesson {
  return { id: ch.id, revision: ch.revision, title: ch.title, goal: ch.task, topics: [], minutes: 0, start: ch.start, steps: [] };
}

const starts = new WeakMap<Challenge, Timeline>();

/** The world the learner begins in, the prelude played; `Try again` starts here. */
export function challengeStart(ch: Challenge): Timeline {
  let tl = starts.get(ch);
  if (!tl) starts.set(ch, (tl = lessonStart(asLesson(ch))));
  return tl;
}

/** The seq the learner's work begins after. */
export function challengeSince(ch: Challenge): number {
  return challengeStart(ch).world.seq;
}

export const SCORE_UNITS: Record<ScoreKind, { one: string; many: string; counts: string }> = {
  'shell-lines': { one: 'shell line', many: 'shell lines', counts: 'Each line typed at a shell prompt counts, unless it failed; lines typed inside telnet or mail do not.' },
  'smtp-lines': { one: 'SMTP line', many: 'SMTP lines', counts: 'Each line your host sends on an SMTP connection counts: commands and the lines of the message alike.' },
  'round-trips': { one: 'round trip', many: 'round trips', counts: 'Each time your host waits for the server counts: the greeting, then every reply to what you sent since the last one (pipelined commands share one, RFC 2920).' },
  bytes: { one: 'byte', many: 'bytes', counts: 'Every byte on your host’s SMTP connections counts, both ways: what you send and what the server answers.' },
};

export const scoreHost = (ch: Challenge): string => ch.score.host ?? ch.start.focus;

/** A score in words: "1 round trip", "360 bytes". */
export function scoreText(kind: ScoreKind, n: number): string {
  return `${n} ${n === 1 ? SCORE_UNITS[kind].one : SCORE_UNITS[kind].many}`;
}

function duration(seconds: number): string {
  return seconds % 60 === 0 ? `${seconds / 60} simulated minute${seconds === 60 ? '' : 's'}` : `${seconds} simulated second${seconds === 1 ? '' : 's'}`;
}

/** The rules as shown before the learner starts: what counts, what is withheld, the time limit, then the challenge's own. */
export function challengeRules(ch: Challenge): string[] {
  const unit = SCORE_UNITS[ch.score.kind];
  const rules = [`Score: ${unit.many} of ${scoreHost(ch)}, fewer is better; par is ${scoreText(ch.score.kind, ch.par)}. ${unit.counts}`];
  if (ch.withheldCommands?.length) rules.push(`Withheld: ${ch.withheldCommands.join(', ')} (using ${ch.withheldCommands.length === 1 ? 'it' : 'them'} does not meet the goal).`);
  if (ch.withheldPanels?.length) rules.push(`Hidden panels: ${ch.withheldPanels.join(', ')}.`);
  if (ch.withinSeconds !== undefined) rules.push(`The goal must be met within ${duration(ch.withinSeconds)} of the start.`);
  return [...rules, ...ch.rules];
}

function after(log: readonly WorldEvent[], since: number): readonly WorldEvent[] {
  return since === 0 ? log : log.filter((e) => e.seq > since);
}

/** The score of the learner's work on the timeline (a view of it, when the caller has one). */
export function scoreOf(ch: Challenge, tl: Timeline, view?: LessonView): number {
  const since = challengeSince(ch);
  const host = scoreHost(ch);
  switch (ch.score.kind) {
    case 'shell-lines': {
      const v = view ?? viewOf(tl);
      return shellLinesOk({ ...v, shell: v.shell.filter((r) => r.at > since) }, host);
    }
    case 'smtp-lines':
      return smtpLinesSent(after(tl.log, since), host);
    case 'round-trips':
      return roundTrips(after(tl.log, since), host);
    case 'bytes':
      return bytesOnWire(after(tl.log, since), host);
  }
}

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const goals = new WeakMap<Challenge, Check>();

/**
 * The goal as evaluated: the challenge's own, and for each withheld command
 * "not run, or refused". A shell that withholds a command makes it fail
 * (`bash: mail: command not found`), which costs nothing; one that lets it
 * through still cannot meet the goal with it.
 */
export function challengeGoal(ch: Challenge): Check {
  let g = goals.get(ch);
  if (!g) {
    const nots: Check[] = (ch.withheldCommands ?? []).map((c) => ({ type: 'not', check: { type: 'shell', command: { text: `^\\s*${escaped(c)}(\\s|$)`, regex: true }, failed: false }, says: `without ${c}` }));
    goals.set(ch, (g = nots.length ? { type: 'all', of: [ch.goal, ...nots] } : ch.goal));
  }
  return g;
}

export type ChallengeResult = {
  met: boolean;
  score: number;
  par: number;
  verdict: ParVerdict;
  /** The goal's clauses, for the checklist; the first unmet one says why. */
  goal: Verdict;
  /** Simulated seconds from the start to the event that met the goal. */
  seconds?: number;
  /** Set when the goal was met, but too late. */
  late?: string;
};

/**
 * The goal against the timeline, the score against par. A runner that keeps
 * a view of the timeline (advanceView after each event) passes it, so that
 * a result costs the new events only.
 */
export function challengeResult(ch: Challenge, tl: Timeline, outside: Outside = {}, view: LessonView = viewOf(tl)): ChallengeResult {
  const start = challengeStart(ch);
  const since = start.world.seq;
  const goal = evaluateCheck(challengeGoal(ch), view, { since, outside });
  const score = scoreOf(ch, tl, view);
  const at = goal.met ? (goal.clauses[0]?.at ?? since) : undefined;
  const time = at === undefined ? undefined : (tl.log.find((e) => e.seq === at)?.time ?? start.world.now);
  const seconds = time === undefined ? undefined : (time - start.world.now) / 1000;
  const late = seconds !== undefined && ch.withinSeconds !== undefined && seconds > ch.withinSeconds ? `met after ${Math.round(seconds)} simulated seconds, over the ${ch.withinSeconds} allowed` : undefined;
  const met = goal.met && late === undefined;
  const verdict: ParVerdict = !met ? 'not-met' : score < ch.par ? 'under-par' : score > ch.par ? 'over-par' : 'at-par';
  return { met, score, par: ch.par, verdict, goal, ...(seconds !== undefined ? { seconds } : {}), ...(late ? { late } : {}) };
}

/** The par solution, only for a result that met the goal (LESSONS.md: par's solution shows after finishing). */
export function parSolution(ch: Challenge, result: Pick<ChallengeResult, 'met'>): Pick<Challenge, 'solution' | 'parNote' | 'par'> | undefined {
  return result.met ? { solution: ch.solution, parNote: ch.parNote, par: ch.par } : undefined;
}
