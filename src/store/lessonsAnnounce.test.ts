// The "Met: …" live announcement says what the Checklist shows: a `not` is
// one item, and the clause inside it coming true is a violation, never news
// of progress. No built-in lesson has a `not` yet, so this test lends lesson
// 2's first step one: "no VRFY sent" beside a telnet and a HELO.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../core/lessons/index', async (original) => {
  const core = await original<typeof import('../core/lessons/index')>();
  const lessons = core.LESSONS.map((l) =>
    l.id !== 'session-by-hand'
      ? l
      : {
          ...l,
          steps: l.steps.map((s, i) =>
            i === 0 ? { ...s, predictions: [], check: { type: 'all' as const, of: [{ type: 'not' as const, check: { type: 'reply' as const, command: 'VRFY' }, says: 'no VRFY sent' }, { type: 'shell' as const, command: { text: 'telnet' } }, { type: 'reply' as const, command: 'HELO', code: 250 }] } } : s,
          ),
        },
  );
  return { ...core, LESSONS: lessons, lessonById: (id: string) => lessons.find((l) => l.id === id) };
});

const { openLesson, runnerStore } = await import('./lessonsRunner');
const { simulatorStore } = await import('./simulator');

function type(line: string) {
  simulatorStore.getState().sendLine(line);
  for (let i = 0; i < 5000 && simulatorStore.getState().playing; i++) simulatorStore.getState().advance();
}

describe('the live announcement of clauses met', () => {
  it('names the checklist’s items, never a violated `not`’s inner clause', () => {
    openLesson('session-by-hand', 0);
    type('telnet mx1.bob.example 25');
    expect(runnerStore.getState().announcement).toMatch(/^Met: /);
    expect(runnerStore.getState().announcement).not.toMatch(/VRFY/);
    runnerStore.setState({ announcement: '' });
    type('VRFY bob');
    const verdict = runnerStore.getState().verdict!;
    // The inner clause is met (a VRFY got its reply), so the `not` is not…
    expect(verdict.clauses.find((c) => c.type === 'reply')?.met).toBe(true);
    expect(verdict.clauses.find((c) => c.type === 'not')?.met).toBe(false);
    // …and nothing is announced as met.
    expect(runnerStore.getState().announcement).toBe('');
  });
});
