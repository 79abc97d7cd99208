// The level builder's glue (issue 16 §2): a lesson of mine on the
// workspace, what the author does there recorded into it (the prelude
// before `Mark start`, the last step's solution after), and `Pin`, `Pause
// here` and `Test` over the world on screen. The world on screen is always
// the record's replay, so what the author sees is exactly what `Test`, a
// reload and a learner's `Show me` replay.
import { createStore } from 'zustand/vanilla';
import type { Timeline } from '../core/net/index';
import {
  addClause,
  addPrediction,
  addStep,
  blankLesson,
  challengeById,
  copyOf,
  lessonById,
  lessonOfChallenge,
  lessonStart,
  markStart as markLessonStart,
  pausePrediction,
  pinClause,
  pinMailbox,
  pinMessage,
  playSteps,
  recordInto,
  removeLastStep,
  testLesson,
  type LeafClause,
  type Lesson,
  type LessonTest,
} from '../core/lessons/index';
import { freeId, myLessonsStore, type MyLesson } from './myLessons';
import { setMailboxPins } from './mailboxPins';
import { simulatorStore, toWorldInput, type SimulatorState } from './simulator';

export type BuilderState = {
  /** The lesson of mine open in the builder. */
  id?: string;
  /** The step the panel shows (0-based): Pin and Pause here add to it. */
  step: number;
  /** The last `Test`, and the very lesson it ran on: a change makes it stale. */
  test?: { of: Lesson; result: LessonTest };
  /** Said by the live region: what Pin, Pause here or Test just did, or why it could not. */
  announcement: string;
};

export const builderStore = createStore<BuilderState>()(() => ({ step: 0, announcement: '' }));

const entry = (id = builderStore.getState().id): MyLesson | undefined => (id === undefined ? undefined : myLessonsStore.getState().mine[id]);

/** The world the lesson records: its start with the prelude, then every step's solution once the start is marked. */
export function builderWorld(e: MyLesson): Timeline {
  return playSteps(lessonStart(e.lesson), e.marked ? e.lesson.steps.flatMap((s) => s.solution) : []);
}

function show(e: MyLesson, position?: number): void {
  const timeline = builderWorld(e);
  simulatorStore.getState().loadStart({ kind: 'builder', id: e.lesson.id, timeline, focus: e.lesson.start.focus, position: Math.min(position ?? timeline.log.length, timeline.log.length) });
}

function change(f: (e: MyLesson) => Partial<MyLesson>): MyLesson | undefined {
  const id = builderStore.getState().id;
  if (id === undefined) return undefined;
  myLessonsStore.getState().change(id, f);
  return entry(id);
}

const building = (s: SimulatorState, id: string | undefined) => s.visiting?.kind === 'builder' && s.visiting.id === id;

/**
 * Each new act joins the record. An act at the end of the log is what the
 * record replays (the store plays each input until the world is idle, as a
 * scenario step does), so the world stays; only an act made while looking at
 * the past, which the store branched from there, is moved to the end by
 * rebuilding the world from the record. Rebuilding after every act would
 * replay the whole session per line typed.
 */
function onSimulator(s: SimulatorState, prev: SimulatorState): void {
  const id = builderStore.getState().id;
  if (!building(s, id) || !building(prev, id) || s.acts.length <= prev.acts.length) return;
  const added = s.acts.slice(prev.acts.length);
  const e = change((x) => ({ lesson: added.reduce((l, a) => recordInto(l, x.marked, toWorldInput(a.input)), x.lesson) }));
  if (e && added.some((a) => a.at < prev.timeline.log.length)) show(e, prev.timeline.log.length);
}

let unsubscribe: (() => void) | undefined;

/** Opens a lesson of mine in the builder; false when there is none by that id. */
export function openBuilder(id: string): boolean {
  const e = entry(id);
  if (!e) return false;
  if (builderStore.getState().id !== id || !building(simulatorStore.getState(), id)) {
    unsubscribe?.();
    builderStore.setState({ id, step: 0, test: undefined, announcement: '' });
    show(e);
    const off = simulatorStore.subscribe(onSimulator);
    setMailboxPins({ mailbox: pinMailboxNow, message: pinMessageNow });
    unsubscribe = () => {
      off();
      setMailboxPins(undefined);
    };
  }
  return true;
}

export function leaveBuilder(): void {
  unsubscribe?.();
  unsubscribe = undefined;
  builderStore.setState({ id: undefined, test: undefined, announcement: '' });
  if (simulatorStore.getState().visiting?.kind === 'builder') simulatorStore.getState().loadStart({ kind: 'sandbox' });
}

/** `New lesson`: an empty lesson of mine; its id. */
export function newLesson(): string {
  const id = freeId('lesson');
  myLessonsStore.getState().put({ lesson: blankLesson(id), marked: false });
  return id;
}

/**
 * `Edit`: a lesson of mine opens as it is; a built-in lesson or a challenge
 * is copied first, so the original never changes, and pressing Edit on it
 * again opens that copy. Its id, or undefined.
 */
export function editLesson(source: string): string | undefined {
  const mine = myLessonsStore.getState().mine;
  if (mine[source]) return source;
  const copy = Object.values(mine).find((e) => e.origin === source);
  if (copy) return copy.lesson.id;
  const lesson = lessonById(source);
  const ch = lesson ? undefined : challengeById(source);
  if (!lesson && !ch) return undefined;
  const id = freeId(source);
  myLessonsStore.getState().put({ lesson: lesson ? copyOf(lesson, id) : lessonOfChallenge(ch!, id), marked: true, origin: source });
  return id;
}

/** The lesson's title, goal and other fields outside its steps. */
export function editLessonFields(f: (l: Lesson) => Lesson): void {
  change((e) => ({ lesson: f(e.lesson) }));
}

export function selectStep(step: number): void {
  const e = entry();
  if (e) builderStore.setState({ step: Math.max(0, Math.min(e.lesson.steps.length - 1, step)) });
}

/** Before `Mark start`: the lesson starts from a scenario's world (its faults, policies and DNS records, not its steps), or the default world. */
export function startFrom(scenario: string | undefined): void {
  const e = change((x) => {
    const { scenario: _, ...start } = x.lesson.start;
    return { lesson: { ...x.lesson, start: scenario ? { ...start, scenario } : start } };
  });
  if (e && !e.marked) show(e);
}

/** `Mark start`: the world as it stands is where learners begin; what the author does next is the first step's solution. */
export function markStart(): void {
  const e = change((x) => ({ lesson: markLessonStart(x.lesson), marked: true }));
  if (!e) return;
  show(e);
  builderStore.setState({ step: e.lesson.steps.length - 1, announcement: 'Start marked. What you do now is recorded as the solution of step 1.' });
}

/** The event the workspace stands at (the one the Inspector shows). */
const selected = () => simulatorStore.getState().position;

/** A pinned clause joins the selected step's check; none pinned before the start is marked, since a check looks at what comes after it. */
function addPinned(make: (tl: Timeline, position: number) => LeafClause | undefined, missing: string, what: string): void {
  const e = entry();
  if (!e) return;
  if (!e.marked) return void builderStore.setState({ announcement: 'Mark the start first: a check looks at what happens after it.' });
  const sim = simulatorStore.getState();
  const clause = make(sim.timeline, sim.position);
  if (!clause) return void builderStore.setState({ announcement: missing });
  const step = builderStore.getState().step;
  change((x) => ({ lesson: addClause(x.lesson, step, clause) }));
  builderStore.setState({ announcement: `Pinned ${what} to step ${step + 1}.` });
}

/** `Pin`: the event the Inspector shows becomes a clause of the step's check. */
export function pin(): void {
  const seq = selected();
  addPinned((tl) => (seq > 0 ? pinClause(tl, seq) : undefined), 'Select an event in the timeline first, then press Pin.', `event ${seq}`);
}

/** `Pin` on a mailbox of the Mailboxes panel: it must hold as many messages as it does now. */
function pinMailboxNow(host: string, user: string): void {
  addPinned((tl, position) => pinMailbox(tl, position, host, user), '', `/var/mail/${user} on ${host}`);
}

/** `Pin` on a message of the Mailboxes panel (0-based, oldest first): a message like it must arrive. */
function pinMessageNow(host: string, user: string, index: number): void {
  addPinned((tl, position) => pinMessage(tl, position, host, user, index), 'That message is not in the mailbox at this event.', `message ${index + 1} of /var/mail/${user}`);
}

/** `Pause here`: learners predict the reply the Inspector shows before they see it. */
export function pauseHere(): void {
  const e = entry();
  if (!e) return;
  const seq = selected();
  const p = seq > 0 ? pausePrediction(simulatorStore.getState().timeline, seq) : undefined;
  if (!p) return void builderStore.setState({ announcement: 'Select a server reply in the timeline first: Pause here asks learners to predict it.' });
  const step = builderStore.getState().step;
  change((x) => ({ lesson: addPrediction(x.lesson, step, p) }));
  builderStore.setState({ announcement: `Learners will predict the reply to ${p.command} at ${p.server} in step ${step + 1}.` });
}

/** `Add step`: what the author does next is the new step's solution. */
export function newStep(): void {
  const e = change((x) => ({ lesson: addStep(x.lesson) }));
  if (e) builderStore.setState({ step: e.lesson.steps.length - 1, announcement: `Step ${e.lesson.steps.length} added: what you do now is its solution.` });
}

/** `Remove last step`, with what it recorded: the world goes back to before it. */
export function dropLastStep(): void {
  const e = change((x) => ({ lesson: removeLastStep(x.lesson) }));
  if (!e) return;
  show(e);
  builderStore.setState({ step: Math.min(builderStore.getState().step, e.lesson.steps.length - 1) });
}

/** `Test`: the solution must meet every check, the bare start none of the learner's. */
export function runTest(): void {
  const e = entry();
  if (!e) return;
  const result = testLesson(e.lesson);
  const failed = result.steps.findIndex((s) => !s.passes || s.bare === 'met' || s.lostPredictions.length > 0);
  builderStore.setState({ test: { of: e.lesson, result }, announcement: result.ok ? 'Test passed: the solution meets every check and the bare start meets none.' : `Test failed at step ${failed + 1}.` });
}

/** The last Test, if it ran on the lesson as it is now. */
export function currentTest(s: BuilderState, lesson: Lesson | undefined): LessonTest | undefined {
  return s.test && s.test.of === lesson ? s.test.result : undefined;
}
