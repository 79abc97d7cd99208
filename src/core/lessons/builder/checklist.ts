// What a lesson still lacks before it can be shared (issue 16 §2): the
// builder shows these as a checklist that ticks as the author goes. A
// solution "passes" only if `Test` passed on exactly this draft.
import type { Lesson } from '../types';
import { validateLesson } from '../validate';
import type { LessonTest } from './test-lesson';

export type ChecklistItem = { id: 'title' | 'goal' | 'start' | 'check' | 'texts' | 'tested' | 'valid'; label: string; done: boolean; detail?: string };

const hasClause = (l: Lesson) => l.steps.every((s) => !(s.check.type === 'all' && s.check.of.length === 0));

export function builderChecklist(lesson: Lesson, marked: boolean, test: LessonTest | undefined): ChecklistItem[] {
  const empty = lesson.steps.findIndex((s) => !s.say.trim() || !s.task.trim());
  const missingCheck = lesson.steps.findIndex((s) => s.check.type === 'all' && s.check.of.length === 0);
  const items: ChecklistItem[] = [
    { id: 'title', label: 'A title', done: lesson.title.trim() !== '' },
    { id: 'goal', label: 'A goal, one line for the course list', done: lesson.goal.trim() !== '' },
    { id: 'start', label: 'The start marked', done: marked },
    { id: 'check', label: 'At least one check in every step', done: hasClause(lesson), ...(missingCheck >= 0 && { detail: `Step ${missingCheck + 1} has none: select an event and press Pin.` }) },
    { id: 'texts', label: 'Every step says what to read and what to do', done: empty < 0, ...(empty >= 0 && { detail: `Step ${empty + 1} is missing its text or its task.` }) },
    {
      id: 'tested',
      label: 'A solution that passes',
      done: test?.ok === true,
      ...(test === undefined ? { detail: 'Press Test.' } : !test.ok && { detail: 'Test found a problem: see the results.' }),
    },
  ];
  const valid = validateLesson(lesson);
  if (!valid.ok && items.every((i) => i.done)) items.push({ id: 'valid', label: 'A lesson file others can open', done: false, detail: valid.errors.map((e) => `${e.path} ${e.message}`).join('; ') });
  return items;
}

export const builderReady = (items: readonly ChecklistItem[]): boolean => items.every((i) => i.done);
