import { beforeEach, describe, expect, it } from 'vitest';
import { lessonById, type Check, type Lesson } from '../core/lessons/index';
import { lessonsStore } from './lessons';
import { myLessonsStore } from './myLessons';
import { guess, leaveLesson, visitPlayground, openLesson, restartStep, runnerStore, showMeNow } from './lessonsRunner';
import { rebuild } from './lessonWorld';
import { simulatorStore } from './simulator';

const sim = () => simulatorStore.getState();
/** Plays as usePlayback does, one event at a time, until the world stops (the end, or a prediction). */
function playOut() {
  for (let i = 0; i < 5000 && sim().playing; i++) sim().advance();
}
function type(line: string) {
  sim().sendLine(line);
  playOut();
}

beforeEach(() => {
  leaveLesson();
  lessonsStore.getState().resetProgress();
  sim().loadScenario('free-play');
});

describe('the lesson runner', () => {
  it('keeps the sandbox aside while a lesson is open, and gives it back as it was', () => {
    sim().sendLine('help');
    const before = sim().timeline;
    const acts = sim().acts;
    openLesson('session-by-hand', 0);
    expect(sim().visiting?.id).toBe('session-by-hand');
    expect(sim().acts).toEqual([]);
    sim().sendLine('telnet mx1.bob.example 25');
    // What is saved meanwhile is still the sandbox.
    const saved = simulatorStore.persist.getOptions().partialize!(sim()) as { scenarioId: string; acts: unknown };
    expect(saved.scenarioId).toBe('free-play');
    expect(saved.acts).toBe(acts);
    leaveLesson();
    expect(sim().timeline).toBe(before);
    expect(sim().acts).toBe(acts);
  });

  it('holds playback before a reply to predict, then shows it after the guess', () => {
    openLesson('session-by-hand', 0);
    type('telnet mx1.bob.example 25');
    const stop = runnerStore.getState().stop;
    expect(stop?.reply.code).toBe(220);
    expect(sim().position).toBe(stop!.replyAt - 1);
    expect(runnerStore.getState().verdict?.met).toBe(false);
    guess(250);
    playOut();
    expect(runnerStore.getState().revealed?.guess).toBe(250);
    expect(runnerStore.getState().verdict?.met).toBe(true);
    const p = lessonsStore.getState().progress['session-by-hand']!;
    expect(p.guesses).toEqual([{ step: 'connect', index: 0, guess: 250, reply: 220 }]);
    expect(Object.keys(p.solved)).toEqual(['connect']);
    // What the learner typed is the lesson's, and replays to the same world.
    expect(rebuild(lessonById('session-by-hand')!, p.acts).log.length).toBe(sim().timeline.log.length);
  });

  it('Show me plays the step’s solution; Restart step takes it back', () => {
    openLesson('session-by-hand', 0);
    showMeNow();
    playOut();
    guess(220);
    playOut();
    expect(runnerStore.getState().verdict?.met).toBe(true);
    expect(lessonsStore.getState().progress['session-by-hand']!.shownMe).toEqual(['connect']);
    restartStep();
    expect(sim().timeline.log.length).toBe(rebuild(lessonById('session-by-hand')!, []).log.length);
    expect(runnerStore.getState().verdict?.met).toBe(false);
  });

  it('a Playground step counts what the learner decoded there', async () => {
    const { playgroundStore } = await import('./playgroundStore');
    openLesson('relay-and-auth', 2);
    expect(runnerStore.getState().verdict?.met).toBe(false);
    playgroundStore.getState().setDirection('base64', 'decode');
    playgroundStore.getState().setText('base64', 'VXNlcm5hbWU6');
    leaveLesson();
    openLesson('relay-and-auth', 2);
    expect(runnerStore.getState().verdict?.met, 'only after the learner went there').toBe(false);
    visitPlayground();
    leaveLesson();
    openLesson('relay-and-auth', 2);
    expect(runnerStore.getState().verdict?.met).toBe(true);
  });
});

describe('a step whose check has any number of clauses', () => {
  it('is solved without spreading the clauses into a call (issue 11 §2.1): a lesson of mine may hold 200,000', () => {
    const base = lessonById('session-by-hand')!;
    const leaf: Check = { type: 'fault', host: 'mx1.bob.example', key: 'down', value: false };
    const fan = (check: Check, n: number): Check => ({ type: 'all', of: Array.from({ length: n }, () => check) });
    const check = fan(fan(fan(leaf, 4), 200), 200);
    const lesson: Lesson = { ...base, id: 'my-many-clauses', steps: [{ ...base.steps[0]!, check, predictions: [] }] };
    myLessonsStore.getState().put({ lesson, marked: false });
    try {
      openLesson(lesson.id, 0);
      expect(runnerStore.getState().verdict?.clauses.length).toBeGreaterThan(200_000);
      expect(lessonsStore.getState().progress[lesson.id]?.solved).toEqual({ [base.steps[0]!.id]: 0 });
    } finally {
      leaveLesson();
      myLessonsStore.getState().remove(lesson.id);
    }
  });
});
