// A lesson that withholds a command: none of the built-in ones does yet, so
// this test lends lesson 2 a withheld `host`.
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../core/lessons/index', async (original) => {
  const core = await original<typeof import('../core/lessons/index')>();
  const lessons = core.LESSONS.map((l) => (l.id === 'session-by-hand' ? { ...l, withheldCommands: ['host'] } : l));
  return { ...core, LESSONS: lessons, lessonById: (id: string) => lessons.find((l) => l.id === id) };
});

const { leaveLesson, openLesson, runnerStore } = await import('./lessonsRunner');
const { lessonsStore } = await import('./lessons');
const { simulatorStore } = await import('./simulator');

describe('withheld commands', () => {
  beforeEach(() => {
    leaveLesson();
    lessonsStore.getState().resetProgress();
  });

  it('are not run at a prompt, and the learner is told', () => {
    openLesson('session-by-hand', 0);
    const before = simulatorStore.getState().timeline.log.length;
    simulatorStore.getState().sendLine('host -a bob.example');
    expect(runnerStore.getState().refused).toBe('host');
    expect(simulatorStore.getState().timeline.log.length).toBe(before);
    expect(lessonsStore.getState().progress['session-by-hand']!.acts).toEqual([]);
    simulatorStore.getState().sendLine('telnet mx1.bob.example 25');
    expect(runnerStore.getState().refused).toBeUndefined();
    expect(lessonsStore.getState().progress['session-by-hand']!.acts).toHaveLength(1);
  });

  it('are refused by the store, as a challenge’s are, as bash answers a command it does not have; inside telnet the word is SMTP’s', () => {
    openLesson('session-by-hand', 0);
    expect(simulatorStore.getState().visiting).toMatchObject({ kind: 'lesson', withheldCommands: ['host'] });
    simulatorStore.getState().sendLine('host bob.example');
    expect(simulatorStore.getState().refused).toMatchObject({ line: 'host bob.example', message: 'bash: host: command not found' });
    simulatorStore.getState().sendLine('telnet mx1.bob.example 25');
    for (let i = 0; i < 100 && simulatorStore.getState().playing; i++) simulatorStore.getState().advance();
    const acts = lessonsStore.getState().progress['session-by-hand']!.acts.length;
    simulatorStore.getState().sendLine('host');
    expect(lessonsStore.getState().progress['session-by-hand']!.acts).toHaveLength(acts + 1);
  });

  it('a whole message (an .eml dropped on the lesson) is refused where Compose is withheld, and the refusal says by whom; elsewhere it is sent', () => {
    openLesson('session-by-hand', 0);
    const eml = new TextEncoder().encode('From: alice@alice.example\r\nTo: bob@bob.example\r\nSubject: hi\r\n\r\nhi\r\n');
    const before = simulatorStore.getState().timeline.log.length;
    expect(simulatorStore.getState().submitMessage(eml)).toMatchObject({ by: 'lesson', message: expect.stringMatching(/Compose/) });
    expect(simulatorStore.getState().timeline.log.length).toBe(before);
    expect(lessonsStore.getState().progress['session-by-hand']!.acts).toEqual([]);
    leaveLesson();
    simulatorStore.getState().loadScenario('free-play');
    expect(simulatorStore.getState().submitMessage(eml)).toBeUndefined();
    expect(simulatorStore.getState().timeline.log[0]!.kind).toBe('submit');
  });
});
