// The challenge runner: the glue between a challenge (core data), the
// person's attempts (challenges.ts) and the workspace's world
// (simulator.ts). It puts the challenge's start on screen with its withheld
// commands and panels, copies each act into the attempt, and after every
// change evaluates the goal and the score at the position shown, so the
// checklist ticks as the person sees it happen, not before.
import { createStore } from 'zustand/vanilla';
import { advanceView, challengeById, challengeResult, challengeStart, scoreHost, scoreText, viewOf, type Challenge, type ChallengeResult, type LessonView } from '../core/lessons/index';
import type { Timeline, World } from '../core/net/index';
import { checklistItems } from './checklist';
import { challengesStore, freshProgress, type ChallengeProgress } from './challenges';
import { perform, simulatorStore, type Act, type SimulatorState } from './simulator';

export type ChallengeRunState = {
  challengeId?: string;
  /** The goal and score at the position shown. */
  result?: ChallengeResult;
  /** The goal is met but the person's session is still open: what they send until it closes (QUIT) still counts, as it does for par. */
  open?: boolean;
  /** Said by the live region: a clause met, a command refused, the goal met. */
  announcement: string;
};

export const challengeRunStore = createStore<ChallengeRunState>()(() => ({ announcement: '' }));

/** The challenge's world: its start, then the attempt's acts in order. */
export function rebuildChallenge(ch: Challenge, acts: readonly Act[]): Timeline {
  return acts.reduce(perform, challengeStart(ch));
}

let open: { ch: Challenge; unsubscribe: () => void } | undefined;
let cache: { tl: Timeline; view: LessonView } | undefined;

const progressOf = (ch: Challenge): ChallengeProgress => challengesStore.getState().progress[ch.id] ?? freshProgress(ch);

function viewAt(tl: Timeline, position: number): LessonView {
  const view = cache && cache.tl === tl && cache.view.seq <= position ? advanceView(cache.view, tl, position) : viewOf(tl, position);
  cache = { tl, view };
  return view;
}

/**
 * Whether the scored host's shell is back at its prompt. The goal is often
 * met at the 250 after the dot, one QUIT before the session ends; par is
 * the score of a solution that ends it, so an attempt finishes only then.
 */
function sessionClosed(ch: Challenge, world: World): boolean {
  const host = scoreHost(ch);
  return !Object.hasOwn(world.hosts, host) || world.hosts[host]!.shell.mode.type === 'prompt';
}

const visitingThis = (s: SimulatorState, ch: Challenge) => s.visiting?.kind === 'challenge' && s.visiting.id === ch.id;

function recompute(said?: string): void {
  if (!open) return;
  const { ch } = open;
  const sim = simulatorStore.getState();
  const tl = sim.timeline;
  // Only what the person has seen counts yet: the log up to the position shown.
  const shown = sim.position >= tl.log.length ? tl : { ...tl, log: tl.log.slice(0, sim.position) };
  const attempt = progressOf(ch).attempt;
  const result = challengeResult(ch, shown, { answers: attempt.answers }, viewAt(tl, sim.position));
  const before = challengeRunStore.getState();
  let announcement = said ?? before.announcement;
  const newlyMet = checklistItems(result.goal).filter((c) => c.met && !before.result?.goal.clauses.some((b) => b.path === c.path && b.met));
  if (before.result && newlyMet.length) announcement = `Met: ${newlyMet.map((c) => c.sentence).join('; ')}.`;
  const closed = sessionClosed(ch, sim.world);
  if (result.met && !closed && !attempt.finished && !before.open) announcement = 'Goal met. End your session (QUIT) to finish: what you send until then counts.';
  if (result.met && closed && !attempt.finished) {
    challengesStore.getState().finish(ch.id, result);
    const best = progressOf(ch).record.best;
    announcement = `Goal met. Your score: ${scoreText(ch.score.kind, result.score)}; par is ${ch.par}${best !== undefined ? `; your best is ${best}` : ''}.`;
  }
  challengeRunStore.setState({ challengeId: ch.id, result, open: result.met && !closed, announcement });
}

/** A change of the workspace's world: new acts join the attempt; a refused one is said aloud. */
function onSimulator(s: SimulatorState, prev: SimulatorState): void {
  if (!open || !visitingThis(s, open.ch)) return;
  if (s.acts !== prev.acts && s.acts.length > prev.acts.length && visitingThis(prev, open.ch)) challengesStore.getState().addActs(open.ch.id, s.acts.slice(prev.acts.length));
  const refused = s.refused && s.refused !== prev.refused ? `${s.refused.message}${s.refused.line !== undefined ? ' (withheld in this challenge)' : ''}` : undefined;
  if (refused || s.timeline !== prev.timeline || s.position !== prev.position) recompute(refused);
}

function load(ch: Challenge, tl: Timeline): void {
  simulatorStore.getState().loadStart({
    kind: 'challenge',
    id: ch.id,
    timeline: tl,
    focus: ch.start.focus,
    position: tl.log.length,
    withheldCommands: ch.withheldCommands ?? [],
    withheldPanels: ch.withheldPanels ?? [],
  });
}

/** Opens a challenge in the workspace, the attempt under way replayed; the sandbox waits aside. False when there is no such challenge. */
export function openChallenge(id: string): boolean {
  const ch = challengeById(id);
  if (!ch) return false;
  if (open?.ch.id === id && visitingThis(simulatorStore.getState(), ch)) {
    recompute();
    return true;
  }
  open?.unsubscribe();
  cache = undefined;
  challengeRunStore.setState({ challengeId: undefined, result: undefined, announcement: '' });
  load(ch, rebuildChallenge(ch, progressOf(ch).attempt.acts));
  open = { ch, unsubscribe: simulatorStore.subscribe(onSimulator) };
  recompute();
  return true;
}

/** `Try again`: the attempt recorded (abandoned, if it did not finish), and the world back to the start state. */
export function tryAgain(): void {
  if (!open) return;
  const { ch } = open;
  challengesStore.getState().restart(ch.id);
  cache = undefined;
  challengeRunStore.setState({ result: undefined });
  load(ch, challengeStart(ch));
  simulatorStore.getState().pause();
  recompute('Started again from the start state.');
}

/** An answer to one of the challenge's questions, after the event shown. */
export function answerChallenge(question: string, text: string): void {
  if (!open) return;
  challengesStore.getState().addAnswer(open.ch.id, { question, answer: text, at: simulatorStore.getState().position });
  recompute();
}

/** Back to the sandbox, exactly as it was left. */
export function leaveChallenge(): void {
  if (!open) return;
  open.unsubscribe();
  open = undefined;
  cache = undefined;
  simulatorStore.getState().loadStart({ kind: 'sandbox' });
  challengeRunStore.setState({ challengeId: undefined, result: undefined, announcement: '' });
}
