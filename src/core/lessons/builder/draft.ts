// A lesson being written (LESSONS.md "The level builder"): pure steps from
// one draft to the next, so the store only keeps and saves the result. The
// builder records the author's inputs as scenario steps, the same data the
// curriculum's solutions are, so what the author did is what `Test` and a
// learner's `Show me` replay.
import { HOSTS, type WorldInput } from '../../net/index';
import type { ScenarioStep, WorldChanges } from '../../scenarios/index';
import type { Challenge } from '../challenges/types';
import type { Check, LeafClause } from '../check';
import type { Hint, Lesson, LessonStep, Prediction } from '../types';
import { MAX_ITEMS } from '../validate-fields';

const NO_CHECK: Check = { type: 'all', of: [] };

export function blankStep(id: string): LessonStep {
  return { id, say: '', task: '', check: NO_CHECK, hints: [], solved: 'Done.', solution: [] };
}

/** A new lesson: the default world, Alice's workstation in front, one empty step. */
export function blankLesson(id: string): Lesson {
  return { id, revision: 1, title: '', goal: '', topics: [], minutes: 5, start: { focus: HOSTS.ws, opens: 'simulator', prelude: [] }, steps: [blankStep('step-1')] };
}

/** A copy of any lesson under a new id, so that editing it never changes the original. */
export function copyOf(lesson: Lesson, id: string): Lesson {
  return { ...structuredClone(lesson), id, revision: 1 };
}

/** A challenge as a one-step lesson: its goal is the step's check, its par solution the step's solution. */
export function lessonOfChallenge(ch: Challenge, id: string): Lesson {
  const step: LessonStep = {
    id: 'goal',
    say: ch.rules.join(' '),
    task: ch.task,
    check: structuredClone(ch.goal),
    hints: [],
    solved: ch.parNote,
    solution: structuredClone(ch.solution),
    ...(ch.questions && { questions: structuredClone(ch.questions) }),
    ...(ch.outside && { outside: structuredClone(ch.outside) }),
  };
  return withExactHint({
    id,
    revision: 1,
    title: ch.title,
    goal: ch.task,
    topics: [...(ch.topics ?? [])],
    minutes: 10,
    start: structuredClone(ch.start),
    ...(ch.withheldCommands && { withheldCommands: [...ch.withheldCommands] }),
    ...(ch.withheldPanels && { withheldPanels: [...ch.withheldPanels] }),
    steps: [step],
  }, 0);
}

/** One input the author made, as the last scenario step of a list: lines typed at one host in a row join one `type` step. */
export function recordInput(steps: readonly ScenarioStep[], input: WorldInput): ScenarioStep[] {
  if (input.type !== 'shell') return [...steps, { type: 'input', input }];
  const last = steps[steps.length - 1];
  // A `type` step holds as many lines as the validator lets a list hold; a longer session goes on in the next one.
  if (last?.type === 'type' && last.host === input.host && input.columns === undefined && last.lines.length < MAX_ITEMS) return [...steps.slice(0, -1), { ...last, lines: [...last.lines, input.line] }];
  // A width change travels once, as an input of its own, as the shell was told it.
  if (input.columns !== undefined) return [...steps, { type: 'input', input }];
  return [...steps, { type: 'type', host: input.host, lines: [input.line] }];
}

/**
 * `Mark start`: the prelude recorded so far becomes the lesson's start. Fault
 * switches made before anything was typed are world changes, not prelude, so
 * the lesson's world starts with them (LESSONS.md: the start is world changes
 * and a prelude).
 */
export function markStart(lesson: Lesson): Lesson {
  const prelude = lesson.start.prelude ?? [];
  const first = prelude.findIndex((s) => s.type !== 'input' || s.input.type !== 'faults');
  const leading = first < 0 ? prelude : prelude.slice(0, first);
  const faults: NonNullable<WorldChanges['faults']> = { ...lesson.start.world?.faults };
  for (const s of leading) if (s.type === 'input' && s.input.type === 'faults') faults[s.input.host] = { ...faults[s.input.host], ...s.input.faults };
  const world: WorldChanges = { ...lesson.start.world, ...(leading.length > 0 && { faults }) };
  return { ...lesson, start: { ...lesson.start, world, prelude: prelude.slice(leading.length) } };
}

function updateStep(lesson: Lesson, index: number, change: (s: LessonStep) => LessonStep): Lesson {
  return { ...lesson, steps: lesson.steps.map((s, i) => (i === index ? change(s) : s)) };
}

/** The lines a scenario step types at a host: a `type` step's, or the one line of a shell input that also told the terminal's width. */
export function typedLines(s: ScenarioStep): { host: string; lines: readonly string[] } | undefined {
  if (s.type === 'type') return s;
  return s.type === 'input' && s.input.type === 'shell' ? { host: s.input.host, lines: [s.input.line] } : undefined;
}

/** Lines the exact hint spells out; past them it points to `Show me`, which plays them all (and the hint is rewritten per line recorded, so it must stay short). */
export const EXACT_HINT_LINES = 20;

/** The lines a step's solution types, as the exact last hint says them. */
function exactText(solution: readonly ScenarioStep[]): string | undefined {
  let room = EXACT_HINT_LINES;
  let more = 0;
  const said: string[] = [];
  for (const s of solution) {
    if (s.type === 'input' && s.input.type === 'compose') said.push(`send the message from Compose to ${s.input.draft.to.join(', ')}`);
    const typed = typedLines(s);
    if (!typed) continue;
    if (room > 0) said.push(`at ${typed.host}: ${typed.lines.slice(0, room).join(' ⏎ ')}`);
    more += Math.max(0, typed.lines.length - room);
    room = Math.max(0, room - typed.lines.length);
  }
  if (!said.length) return undefined;
  return `Type ${said.join('; then ')}${more ? ` … and ${more.toLocaleString('en')} more lines (Show me plays them all)` : ''}`;
}

/** The hint ladder's last rung is the exact input (the validator requires it): written from the step's solution, after the author's own rungs. */
export function withExactHint(lesson: Lesson, index: number): Lesson {
  return updateStep(lesson, index, (s) => {
    const own = s.hints.filter((h) => !h.exact);
    const text = exactText(s.solution);
    return { ...s, hints: text ? [...own, { text, exact: true }] : own };
  });
}

/** The author's input, recorded into the prelude before `Mark start` and into the last step's solution after. */
export function recordInto(lesson: Lesson, marked: boolean, input: WorldInput): Lesson {
  if (!marked) return { ...lesson, start: { ...lesson.start, prelude: recordInput(lesson.start.prelude ?? [], input) } };
  const last = lesson.steps.length - 1;
  return withExactHint(updateStep(lesson, last, (s) => ({ ...s, solution: recordInput(s.solution, input) })), last);
}

/** A pinned clause joins the step's check: an `all` grows, any other check becomes the first clause of a new `all`. */
export function addClause(lesson: Lesson, index: number, clause: LeafClause): Lesson {
  return updateStep(lesson, index, (s) => ({ ...s, check: { type: 'all', of: [...clausesOf(s.check), clause] } }));
}

/** The clauses the builder lists for a step: an `all`'s own, or the whole check as one. */
export function clausesOf(check: Check): readonly Check[] {
  if (check.type === 'all' && check.says === undefined) return check.of;
  return [check];
}

/** Clause `at` of the list `clausesOf` gives, changed or (undefined) removed. */
export function replaceClause(lesson: Lesson, index: number, at: number, clause: Check | undefined): Lesson {
  return updateStep(lesson, index, (s) => {
    const list = clausesOf(s.check);
    const of = clause ? list.map((c, i) => (i === at ? clause : c)) : list.filter((_, i) => i !== at);
    return { ...s, check: of.length === 1 && s.check.type !== 'all' ? of[0]! : { type: 'all', of } };
  });
}

export function addPrediction(lesson: Lesson, index: number, p: Prediction): Lesson {
  return updateStep(lesson, index, (s) => ({ ...s, predictions: [...(s.predictions ?? []), p] }));
}

export function replacePrediction(lesson: Lesson, index: number, at: number, p: Prediction | undefined): Lesson {
  return updateStep(lesson, index, (s) => {
    const list = p ? (s.predictions ?? []).map((x, i) => (i === at ? p : x)) : (s.predictions ?? []).filter((_, i) => i !== at);
    const { predictions: _, ...rest } = s;
    return list.length ? { ...rest, predictions: list } : rest;
  });
}

/** Text fields of a step and the author's own hints (the exact rung is kept last). */
export type StepText = Partial<Pick<LessonStep, 'say' | 'task' | 'solved' | 'notes'>> & { hints?: Hint[] };

export function editStep(lesson: Lesson, index: number, change: StepText): Lesson {
  const { hints, ...text } = change;
  const edited = updateStep(lesson, index, (s) => ({ ...s, ...text, ...(hints && { hints: [...hints, ...s.hints.filter((h) => h.exact)] }) }));
  return hints ? withExactHint(edited, index) : edited;
}

/** A new last step: what the author does next is its solution. */
export function addStep(lesson: Lesson): Lesson {
  let n = lesson.steps.length + 1;
  while (lesson.steps.some((s) => s.id === `step-${n}`)) n += 1;
  return { ...lesson, steps: [...lesson.steps, blankStep(`step-${n}`)] };
}

/** The last step goes, with what it recorded; a lesson keeps at least one. */
export function removeLastStep(lesson: Lesson): Lesson {
  return lesson.steps.length > 1 ? { ...lesson, steps: lesson.steps.slice(0, -1) } : lesson;
}
