import { describe, expect, it } from 'vitest';
import { HOSTS } from '../net/index';
import { lessonById } from './curriculum/index';
import { evaluateStep } from './evaluate';
import { hintsUnlocked, showMe } from './hints';
import { lessonSolution, lessonStart } from './start';
import { viewOf } from './view';

describe('hints and Show me', () => {
  const lesson = lessonById('session-by-hand')!;
  const envelope = lesson.steps.find((s) => s.id === 'envelope')!;

  it('unlocks the ladder rung by rung, by attempts or by time', () => {
    const data = lesson.steps.find((s) => s.id === 'data')!;
    expect(hintsUnlocked(data, 0, 0)).toBe(0);
    expect(hintsUnlocked(data, 1, 0)).toBe(2);
    expect(hintsUnlocked(data, 0, 90)).toBe(2);
    expect(hintsUnlocked(envelope, 0, 0)).toBe(0);
    expect(hintsUnlocked(envelope, 1, 0)).toBe(2);
  });

  it('Show me plays the step’s solution on the learner’s world and meets its check', () => {
    let tl = lessonStart(lesson);
    for (const s of lesson.steps.slice(0, 2)) tl = showMe(tl, s);
    const since = tl.world.seq;
    tl = showMe(tl, envelope);
    expect(evaluateStep(envelope, viewOf(tl), { since }).met).toBe(true);
    expect(tl.world.hosts[HOSTS.ws]!.shell.screen).toContain('RCPT TO:<bob@bob.example>\n250 2.1.5 Ok');
  });

  it('the lesson’s solution is its steps’ solutions in order', () => {
    expect(lessonSolution(lesson)).toEqual(lesson.steps.flatMap((s) => s.solution));
  });
});
