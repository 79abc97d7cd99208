import { beforeEach, describe, expect, it } from 'vitest';
import { lessonById } from '../core/lessons/index';
import { lessonsStore } from './lessons';
import { guess, leaveLesson, openLesson, runnerStore, showMeNow } from './lessonsRunner';
import { lessonWorld } from './lessonWorld';
import { presenterStore } from './presenter';
import { momentAt } from './presenterStops';
import { simulatorStore } from './simulator';
import { replayActs, type ActsReplay } from './simulatorAudience';

// Presenting a lesson (issue 14 §1): the room's copy of the lesson's world is
// rebuilt from what the presenter sends, and the lesson's predictions ask the room.
const sim = () => simulatorStore.getState();
const stage = () => presenterStore.getState();
const json = <T,>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const logText = () => JSON.stringify(sim().timeline.log.map((e) => [e.seq, e.summary, Array.from(e.bytes)]));
function playOut() {
  for (let i = 0; i < 5000 && sim().playing; i++) sim().advance();
}
/** What the presenter's channel sends for everything: the lesson, its own acts, the acts since it was put on screen. */
function fullMessage(): ActsReplay {
  const s = sim();
  const v = s.visiting!;
  return json({ scenarioId: s.scenarioId, full: true, base: 0, acts: s.acts, position: s.position, selectedHost: s.selectedHost, speed: s.speed, lesson: { id: v.id, from: v.kind === 'lesson' ? (v.from ?? []) : [] } });
}

beforeEach(() => {
  leaveLesson();
  lessonsStore.getState().resetProgress();
  sim().loadScenario('free-play');
});

describe('presenting a lesson', () => {
  it('the audience rebuilds the same world from the lesson id, its acts and the acts since, at the same position', () => {
    openLesson('session-by-hand', 0);
    showMeNow();
    playOut();
    guess(220);
    playOut();
    sim().sendLine('HELO ws.alice.example');
    playOut();
    const message = fullMessage();
    expect(message.lesson!.from!.length).toBeGreaterThan(0);
    const presenter = { log: logText(), screen: sim().world.hosts[sim().selectedHost]!.shell.screen };
    leaveLesson();
    sim().loadScenario('helo-by-hand');
    expect(replayActs(message, lessonWorld)).toBe(true);
    expect(logText()).toBe(presenter.log);
    expect(sim().visiting).toMatchObject({ kind: 'lesson', id: 'session-by-hand' });
    expect(sim().world.hosts[sim().selectedHost]!.shell.screen).toBe(presenter.screen);
    // Then the acts since the last message follow on; a scenario's message leaves the lesson.
    expect(replayActs({ ...message, full: false, base: message.acts.length, acts: [] }, lessonWorld)).toBe(true);
    expect(replayActs({ ...message, full: false, base: 0, lesson: undefined }, lessonWorld)).toBe(false);
    expect(replayActs({ ...message, lesson: undefined, acts: [] }, lessonWorld)).toBe(true);
    expect(sim().visiting).toBeUndefined();
  });

  it('gives the room the step’s task and the presenter its notes, and forgets them on leaving', () => {
    const lesson = lessonById('session-by-hand')!;
    const i = lesson.steps.findIndex((s) => s.notes);
    openLesson(lesson.id, i);
    expect(stage().lesson.task).toBe(lesson.steps[i]!.task);
    expect(stage().lesson.notes).toBe(lesson.steps[i]!.notes);
    leaveLesson();
    expect(stage().lesson).toEqual({});
  });

  it('a lesson’s prediction asks the room with the runner’s choices; Reveal answers it for both', () => {
    openLesson('session-by-hand', 0);
    sim().sendLine('telnet mx1.bob.example 25');
    playOut();
    const stop = runnerStore.getState().stop!;
    expect(sim().position).toBe(stop.replyAt - 1);
    const asking = momentAt(sim().timeline, sim().position, stage());
    expect(asking?.kind).toBe('asking');
    expect(asking!.stop.candidates).toEqual(stop.candidates);
    // The presenter's Reveal (presenting.ts): marked revealed, the world onto the reply, and the runner lets it stay there.
    stage().reveal(stop.replyAt);
    sim().seek(stop.replyAt);
    expect(sim().position).toBe(stop.replyAt);
    expect(runnerStore.getState().stop).toBeUndefined();
    expect(runnerStore.getState().revealed).toEqual({ stop });
    expect(momentAt(sim().timeline, sim().position, stage())?.kind).toBe('answered');
    expect(lessonsStore.getState().progress['session-by-hand']!.guesses).toEqual([]);
  });

  it('the learner’s own answer reveals it to the room too', () => {
    openLesson('session-by-hand', 0);
    sim().sendLine('telnet mx1.bob.example 25');
    playOut();
    const stop = runnerStore.getState().stop!;
    guess(220);
    expect(stage().revealed).toContain(stop.replyAt);
    sim().seek(stop.replyAt);
    expect(momentAt(sim().timeline, sim().position, stage())?.kind).toBe('answered');
  });
});
