import { describe, expect, it } from 'vitest';
import { HOSTS, seek } from '../net/index';
import { playScenario, scenarioById } from '../scenarios/index';
import { REPLIES } from '../smtp/index';
import { CONTENT } from './check';
import { lessonById } from './curriculum/index';
import { nextPrediction, PREDICTABLE, predictionRight, REPLIES_BY_COMMAND, replyCandidates, stepScore } from './predictions';
import type { LessonStep } from './types';

describe('reply candidates', () => {
  it('for every command and every code it can get: four distinct codes in order, the real one among them', () => {
    for (const command of PREDICTABLE) {
      const keys = REPLIES_BY_COMMAND[command];
      expect(keys, command).toBeDefined();
      for (const real of [...new Set(keys!.map((k) => REPLIES[k].code)), 451, 421]) {
        const c = replyCandidates(command, real);
        expect(c, `${command} ${real}`).toHaveLength(4);
        expect(new Set(c).size).toBe(4);
        expect(c).toContain(real);
        expect([...c].sort((a, b) => a - b)).toEqual(c);
      }
    }
  });

  it('besides the real one, are codes from the reply catalogue (no made-up code on the projector)', () => {
    const catalogue = new Set<number>(Object.values(REPLIES).map((r) => r.code));
    for (const command of PREDICTABLE) {
      for (const key of REPLIES_BY_COMMAND[command]!) {
        const real = REPLIES[key].code;
        expect(replyCandidates(command, real).filter((c) => c !== real).every((c) => catalogue.has(c)), `${command} ${real}`).toBe(true);
      }
    }
  });

  it('are drawn from the catalogue for that command first', () => {
    expect(replyCandidates('RCPT', 250)).toEqual([250, 503, 550, 554]);
    expect(replyCandidates('QUIT', 221)).toEqual([221, 250, 500, 502]);
    expect(replyCandidates('<content>', 250)).toEqual([250, 421, 521, 552]);
  });
});

describe('nextPrediction', () => {
  const tl = playScenario(scenarioById('helo-by-hand')!);
  const step: LessonStep = {
    id: 's', say: '', task: '', solved: '', solution: [], hints: [], check: { type: 'reply' },
    predictions: [
      { server: HOSTS.mx1, command: 'RCPT', why: '' },
      { server: HOSTS.mx1, command: CONTENT, why: '' },
    ],
  };

  it('stops before the reply, so the learner sees the command and not the answer', () => {
    const stop = nextPrediction(tl, 0, step)!;
    expect(stop.index).toBe(0);
    expect(stop.exchange.line).toBe('RCPT TO:<bob@bob.example>');
    expect(stop.reply.code).toBe(250);
    expect(stop.candidates).toContain(250);
    const before = seek(tl, stop.replyAt - 1).hosts[HOSTS.ws]!.shell.screen;
    const after = seek(tl, stop.replyAt).hosts[HOSTS.ws]!.shell.screen;
    expect(before.endsWith('RCPT TO:<bob@bob.example>\n')).toBe(true);
    expect(after).toContain('RCPT TO:<bob@bob.example>\n250 2.1.5 Ok');
  });

  it('goes on to the next prediction, and to none after the last', () => {
    const first = nextPrediction(tl, 0, step)!;
    const second = nextPrediction(tl, first.replyAt, step, [first.index])!;
    expect(second.index).toBe(1);
    expect(second.reply.code).toBe(250);
    expect(second.replyAt).toBeGreaterThan(first.replyAt);
    expect(nextPrediction(tl, second.replyAt, step, [0, 1])).toBeUndefined();
    expect(nextPrediction(tl, 0, { ...step, predictions: [] })).toBeUndefined();
  });

  it('scores a guess and a step, never below zero', () => {
    const stop = nextPrediction(tl, 0, step)!;
    expect(predictionRight(250, stop)).toBe(true);
    expect(predictionRight(550, stop)).toBe(false);
    expect(stepScore({ solved: true, predictionsRight: 2, predictionsAsked: 2, hintsUsed: 0, shownMe: false })).toBe(14);
    expect(stepScore({ solved: true, predictionsRight: 0, predictionsAsked: 1, hintsUsed: 1, shownMe: false })).toBe(7);
    expect(stepScore({ solved: true, predictionsRight: 0, predictionsAsked: 0, hintsUsed: 3, shownMe: true })).toBe(0);
    expect(stepScore({ solved: false, predictionsRight: 1, predictionsAsked: 1, hintsUsed: 0, shownMe: false })).toBe(2);
  });

  it('the lessons’ predictions are all before commands the catalogue knows', () => {
    expect(lessonById('session-by-hand')!.steps.flatMap((s) => s.predictions ?? []).every((p) => PREDICTABLE.includes(p.command))).toBe(true);
  });
});
