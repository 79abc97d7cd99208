// The lesson runner: the glue between a lesson (core data), the learner's
// progress (lessons.ts) and the workspace's world (simulator.ts). It puts
// the lesson's world on screen, copies each act the learner makes into the
// lesson's progress, evaluates the step's check at the position shown, and
// holds playback before a reply the step asks the learner to predict.
import { createStore } from 'zustand/vanilla';
import type { Timeline } from '../core/net/index';
import {
  advanceView,
  evaluateStep,
  hintsUnlocked,
  nextPrediction,
  viewOf,
  type Lesson,
  type LessonStep,
  type LessonView,
  type PredictionStop,
  type Verdict,
} from '../core/lessons/index';
import { checklistItems } from './checklist';
import { simulatorStore, type SimulatorState } from './simulator';
import { rebuild } from './lessonWorld';
import { presenterStore, type PresenterState } from './presenter';
import { freshProgress, lessonsStore, progressIn, type LessonAct, type LessonProgress } from './lessons';
import { playgroundStore } from './playgroundStore';
import { runCodec } from './playgroundCodecs';
import { findLesson } from './myLessons';

export type RunnerState = {
  lessonId?: string;
  verdict?: Verdict;
  /** The prediction the world stands before (its command sent, its reply not yet shown). */
  stop?: PredictionStop;
  /** The last prediction answered on this step: the real reply and why, and the learner's guess (none when the presenter revealed it). */
  revealed?: { stop: PredictionStop; guess?: number };
  /** Said by the live region: a clause just met, a step solved. */
  announcement: string;
  /** A command the lesson withholds that the learner just typed (and the world did not run). */
  refused?: string;
};

export const runnerStore = createStore<RunnerState>()(() => ({ announcement: '' }));

/**
 * The lesson's world on screen, with what it withholds: the store refuses
 * those acts before they reach core, for lessons as for challenges (one
 * mechanism; the shell itself knows no withheld list).
 */
export function load(lesson: Lesson, acts: readonly LessonAct[], timeline: Timeline, position: number): void {
  simulatorStore.getState().loadStart({
    from: acts,
    kind: 'lesson',
    id: lesson.id,
    timeline,
    focus: lesson.start.focus,
    position,
    withheldCommands: lesson.withheldCommands ?? [],
    withheldPanels: lesson.withheldPanels ?? [],
  });
}

const visitingThis = (s: SimulatorState, lesson: Lesson) => s.visiting?.kind === 'lesson' && s.visiting.id === lesson.id;

const progressOf = (lesson: Lesson): LessonProgress => progressIn(lessonsStore.getState(), lesson.id) ?? freshProgress(lesson);
const update = (lesson: Lesson, change: (p: LessonProgress) => Partial<LessonProgress>) => lessonsStore.getState().update(lesson.id, change);

let open: { lesson: Lesson; index: number; enteredAt: number; unsubscribe: () => void } | undefined;
let cache: { tl: Timeline; view: LessonView } | undefined;

function currentStep(): { lesson: Lesson; step: LessonStep; p: LessonProgress } | undefined {
  if (!open) return undefined;
  const step = open.lesson.steps[open.index];
  return step && { lesson: open.lesson, step, p: progressOf(open.lesson) };
}

/** The view up to the position shown, extended event by event while the timeline stays the same. */
function viewAt(tl: Timeline, position: number): LessonView {
  const view = cache && cache.tl === tl && cache.view.seq <= position ? advanceView(cache.view, tl, position) : viewOf(tl, position);
  cache = { tl, view };
  return view;
}

/** Predictions a presenter revealed to the room (`step id:index`): answered without a guess, and not saved. */
const presented = new Set<string>();

function asked(p: LessonProgress, step: LessonStep): number[] {
  return [...p.guesses.filter((g) => g.step === step.id).map((g) => g.index), ...(step.predictions ?? []).flatMap((_, i) => (presented.has(`${step.id}:${i}`) ? [i] : []))];
}

function stopFor(sim: SimulatorState, step: LessonStep, p: LessonProgress): PredictionStop | undefined {
  return nextPrediction(sim.timeline, p.since[step.id] ?? 0, step, asked(p, step));
}

/** After any change: the verdict at the position shown, the prediction waiting, what to announce. */
function recompute(): void {
  const cur = currentStep();
  if (!cur) return;
  const { lesson, step, p } = cur;
  const sim = simulatorStore.getState();
  const since = p.since[step.id] ?? 0;
  const verdict = evaluateStep(step, viewAt(sim.timeline, sim.position), { since, outside: { playground: p.playground, answers: p.answers } });
  const before = runnerStore.getState();
  // The items the Checklist shows: a `not` is one item, its inner clause never announced as met.
  const newlyMet = checklistItems(verdict).filter((c) => c.met && !before.verdict?.clauses.some((b) => b.path === c.path && b.met));
  const stop = stopFor(sim, step, p);
  const waiting = stop && sim.position < stop.replyAt && sim.position >= stop.exchange.sentAt ? stop : undefined;
  let announcement = before.announcement;
  if (before.verdict && newlyMet.length) announcement = `Met: ${newlyMet.map((c) => c.sentence).join('; ')}.`;
  if (verdict.met && !Object.hasOwn(p.solved, step.id)) {
    // A loop, not Math.max(...clauses): a lesson of mine may have more clauses than a call may have arguments.
    const at = verdict.clauses.reduce((latest, c) => Math.max(latest, c.at ?? 0), since);
    update(lesson, (q) => ({ solved: { ...q.solved, [step.id]: at } }));
    announcement = `Step solved. ${step.solved}`;
  }
  runnerStore.setState({ lessonId: lesson.id, verdict, stop: waiting, announcement });
  // The room is asked too, when the lesson is presented.
  if (waiting) presenterStore.getState().lessonAsks({ replyAt: waiting.replyAt, candidates: waiting.candidates });
}

/** The presenter's `Reveal` at the prediction the world waits at: answered for the room, the learner's question closed. */
function onPresenter(p: PresenterState, prev: PresenterState): void {
  const cur = currentStep();
  const stop = runnerStore.getState().stop;
  if (p.revealed === prev.revealed || !cur || !stop || !p.revealed.includes(stop.replyAt)) return;
  presented.add(`${cur.step.id}:${stop.index}`);
  runnerStore.setState({ revealed: { stop }, stop: undefined, announcement: `The reply was ${stop.reply.code}.` });
}

/** The step's task for the room and its notes for the presenter, nothing yet revealed on it. */
function presentStep(step: LessonStep): void {
  presenterStore.getState().setLesson({ task: step.task, ...(step.notes !== undefined && { notes: step.notes }) });
}

/** A change of the workspace's world: new acts join the lesson's, and playback holds before a reply to predict. */
function onSimulator(s: SimulatorState, prev: SimulatorState): void {
  const cur = currentStep();
  if (!cur || !visitingThis(s, cur.lesson)) return;
  if (s.refused && s.refused !== prev.refused && s.refused.line !== undefined) {
    // Refused by the store before core saw it, as in a challenge: the world is as if the line had not been typed.
    const refused = s.refused.line.trim().split(/\s+/)[0] ?? '';
    runnerStore.setState({ refused, announcement: `${refused} is not available in this lesson.` });
  }
  if (s.acts !== prev.acts && s.acts.length > prev.acts.length && visitingThis(prev, cur.lesson)) {
    const added = s.acts.slice(prev.acts.length);
    runnerStore.setState({ refused: undefined });
    update(cur.lesson, (p) => ({ acts: [...p.acts, ...added] }));
  }
  const stop = stopFor(s, cur.step, cur.p);
  if (stop && s.position >= stop.replyAt && (prev.position < stop.replyAt || prev.timeline !== s.timeline)) {
    // Not yet: the reply is what the learner is about to guess.
    s.seek(stop.replyAt - 1);
    return;
  }
  recompute();
}

// The Playground opens with samples (base64's is this very prompt): what it
// shows counts only once the learner went there from the step.
let playgroundVisit: { lesson: string; step: string } | undefined;

/** The learner follows the step's link to the Playground. */
export function visitPlayground(): void {
  const cur = currentStep();
  playgroundVisit = cur && { lesson: cur.lesson.id, step: cur.step.id };
}

/** What the Playground showed for the explorers a Playground step reads, recorded as the learner comes back. */
function recordPlayground(lesson: Lesson, step: LessonStep, at: number): void {
  if (step.opens !== 'playground' || playgroundVisit?.lesson !== lesson.id || playgroundVisit.step !== step.id) return;
  playgroundVisit = undefined;
  const inputs = playgroundStore.getState().inputs;
  const seen = (['base64', 'quoted-printable', 'encoded-words', 'received'] as const).flatMap((explorer) => {
    const i = inputs[explorer];
    if (!i.text.trim()) return [];
    const output = explorer === 'received' ? '' : runCodec({ codec: explorer, direction: i.direction, text: i.text, charset: i.charset, wordEncoding: i.wordEncoding }).text;
    const input = i.direction === 'decode' || explorer === 'received' ? i.text : output;
    return [{ explorer, direction: i.direction, charset: i.charset, input, output: i.direction === 'decode' ? output : i.text, at }];
  });
  update(lesson, (p) => ({
    playground: [...p.playground, ...seen.filter((x) => !p.playground.some((y) => y.explorer === x.explorer && y.input === x.input && y.output === x.output))],
  }));
}

function stepIndex(lesson: Lesson, n: number): number {
  return Math.max(0, Math.min(lesson.steps.length - 1, Number.isFinite(n) ? Math.round(n) : 0));
}

/** Opens a lesson at a step (0-based) in the workspace; the sandbox waits aside. False when there is no such lesson. */
export function openLesson(id: string, index: number): boolean {
  const lesson = findLesson(id);
  if (!lesson) return false;
  const i = stepIndex(lesson, index);
  const sim = simulatorStore.getState();
  if (!visitingThis(sim, lesson) || open?.lesson.id !== id) {
    const tl = rebuild(lesson, progressOf(lesson).acts);
    open?.unsubscribe();
    cache = undefined;
    presented.clear();
    runnerStore.setState({ verdict: undefined, revealed: undefined, stop: undefined, announcement: '' });
    load(lesson, progressOf(lesson).acts, tl, tl.log.length);
    const offSimulator = simulatorStore.subscribe(onSimulator);
    const offPresenter = presenterStore.subscribe(onPresenter);
    open = {
      lesson,
      index: i,
      enteredAt: Date.now(),
      unsubscribe: () => {
        offSimulator();
        offPresenter();
      },
    };
  }
  if (open!.index !== i) runnerStore.setState({ revealed: undefined, verdict: undefined });
  open = { ...open!, index: i, enteredAt: open!.index === i ? open!.enteredAt : Date.now() };
  const step = lesson.steps[i]!;
  presentStep(step);
  const position = simulatorStore.getState().position;
  update(lesson, (p) => {
    const prev = lesson.steps[i - 1];
    const since = Object.hasOwn(p.since, step.id) ? p.since[step.id]! : Math.min(position, prev && Object.hasOwn(p.solved, prev.id) ? p.solved[prev.id]! : position);
    return { step: i, since: { ...p.since, [step.id]: since } };
  });
  recordPlayground(lesson, step, position);
  lessonsStore.getState().setCurrent({ id, step: i });
  recompute();
  return true;
}

/** Back to the sandbox, exactly as it was left; a lesson step opened from a link is let go. */
export function leaveLesson(): void {
  open?.unsubscribe();
  open = undefined;
  cache = undefined;
  simulatorStore.getState().loadStart({ kind: 'sandbox' });
  lessonsStore.getState().setCurrent(undefined);
  lessonsStore.getState().leaveShared();
  presenterStore.getState().setLesson({});
  runnerStore.setState({ lessonId: undefined, verdict: undefined, stop: undefined, revealed: undefined, announcement: '' });
}

/** The learner's guess for the reply the world stands before; then the world plays on and shows it. */
export function guess(code: number): void {
  const cur = currentStep();
  const stop = runnerStore.getState().stop;
  if (!cur || !stop) return;
  update(cur.lesson, (p) => ({ guesses: [...p.guesses, { step: cur.step.id, index: stop.index, guess: code, reply: stop.reply.code }] }));
  runnerStore.setState({ revealed: { stop, guess: code }, stop: undefined, announcement: `The reply was ${stop.reply.code}. ${code === stop.reply.code ? 'You were right.' : `You said ${code}.`}` });
  presenterStore.getState().reveal(stop.replyAt);
  simulatorStore.getState().play();
}

/** `Show me`: the step's solution played on the learner's world from where it stands, and its answers outside the world given. */
export function showMeNow(): void {
  const cur = currentStep();
  if (!cur) return;
  const { lesson, step } = cur;
  const sim = simulatorStore.getState();
  const at = sim.playing ? sim.timeline.log.length : sim.position;
  const acts = [...cur.p.acts, { at, showMe: step.id }];
  const tl = rebuild(lesson, acts);
  const end = tl.log.length;
  update(lesson, (p) => ({
    acts,
    shownMe: p.shownMe.includes(step.id) ? p.shownMe : [...p.shownMe, step.id],
    playground: [...p.playground, ...(step.outside?.playground ?? []).map((x) => ({ ...x, at: end }))],
    answers: [...p.answers, ...(step.outside?.answers ?? []).map((x) => ({ ...x, at: end }))],
  }));
  load(lesson, acts, tl, Math.min(at, end));
  recompute();
}

/** `Restart step`: the world back to where the step began, the step's own work and guesses forgotten (hints opened stay counted). */
export function restartStep(): void {
  const cur = currentStep();
  if (!cur) return;
  const { lesson, step, p } = cur;
  const since = p.since[step.id] ?? 0;
  const cut = p.acts.findIndex((a) => a.at >= since);
  const acts = cut < 0 ? p.acts : p.acts.slice(0, cut);
  const { [step.id]: _dropped, ...solved } = p.solved;
  update(lesson, (q) => ({
    acts,
    solved,
    guesses: q.guesses.filter((g) => g.step !== step.id),
    playground: q.playground.filter((x) => x.at < since),
    answers: q.answers.filter((x) => x.at < since),
  }));
  const tl = rebuild(lesson, acts);
  for (const k of presented) if (k.startsWith(`${step.id}:`)) presented.delete(k);
  runnerStore.setState({ revealed: undefined, verdict: undefined });
  presentStep(step);
  load(lesson, acts, tl, Math.min(since, tl.log.length));
  simulatorStore.getState().pause();
  recompute();
}

/** An answer to one of the step's questions, after the event shown. */
export function answer(question: string, text: string): void {
  const cur = currentStep();
  if (!cur) return;
  const at = simulatorStore.getState().position;
  update(cur.lesson, (p) => ({ answers: [...p.answers, { question, answer: text, at }] }));
  recompute();
}

export type HintState = { shown: number; unlocked: number; total: number };

/** The ladder now: rungs opened, rungs that may be opened (failed attempts are the learner's acts since the step began). */
export function hintState(now = Date.now()): HintState | undefined {
  const cur = currentStep();
  if (!cur || !open) return undefined;
  const since = cur.p.since[cur.step.id] ?? 0;
  const attempts = cur.p.acts.filter((a) => !('showMe' in a) && a.at >= since).length;
  const unlocked = hintsUnlocked(cur.step, attempts, (now - open.enteredAt) / 1000);
  return { shown: Math.min(cur.p.hints[cur.step.id] ?? 0, cur.step.hints.length), unlocked, total: cur.step.hints.length };
}

/** Opens the next rung of the ladder, if it is unlocked. */
export function openHint(): void {
  const cur = currentStep();
  const h = hintState();
  if (!cur || !h || h.shown >= h.unlocked) return;
  update(cur.lesson, (p) => ({ hints: { ...p.hints, [cur.step.id]: h.shown + 1 } }));
}
