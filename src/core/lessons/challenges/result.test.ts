import { describe, expect, it } from 'vitest';
import { typed, WS } from '../curriculum/common';
import { playSteps } from '../start';
import { sentence } from '../sentence';
import { challengeById } from './catalogue/index';
import { challengeGoal, challengeResult, challengeSince, challengeStart, scoreOf } from './result';
import type { Challenge, ScoreKind } from './types';

const base = challengeById('fewest-round-trips')!;
const as = (kind: ScoreKind, extra: Partial<Challenge> = {}): Challenge => ({ ...base, score: { kind }, ...extra });

const open = 'telnet mx1.bob.example 25';
const session = ['EHLO ws.alice.example', 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<bob@bob.example>', 'DATA', 'Subject: Hi', '.', 'QUIT'];
// The same session with MAIL, RCPT and DATA sent as one segment, as a paste into telnet sends them (RFC 2920 §3).
const pipelined = ['EHLO ws.alice.example', 'MAIL FROM:<alice@alice.example>\r\nRCPT TO:<bob@bob.example>\r\nDATA', 'Subject: Hi', '.', 'QUIT'];

const played = (ch: Challenge, lines: string[]) => playSteps(challengeStart(ch), [typed(WS, open, ...lines)]);

describe('score kinds on known logs', () => {
  it('a pipelined session waits fewer round trips than the same session unpipelined, with the same lines and bytes', () => {
    const score = (kind: ScoreKind, lines: string[]) => scoreOf(as(kind), played(as(kind), lines));
    // The greeting, EHLO, MAIL, RCPT, DATA, the dot, QUIT; pipelined MAIL+RCPT+DATA is one wait.
    expect(score('round-trips', session)).toBe(7);
    expect(score('round-trips', pipelined)).toBe(5);
    expect(score('smtp-lines', pipelined)).toBe(score('smtp-lines', session));
    expect(score('smtp-lines', session)).toBe(7);
    expect(score('bytes', pipelined)).toBe(score('bytes', session));
    expect(score('shell-lines', session)).toBe(1);
  });

  it('counts only the scored host: the MTAs further on do not add to the learner’s score', () => {
    const tl = playSteps(challengeStart(base), base.solution);
    expect(scoreOf(base, tl)).toBe(5);
    expect(scoreOf({ ...base, score: { kind: 'round-trips', host: 'relay.alice.example' } }, tl)).toBe(5);
    expect(scoreOf({ ...base, score: { kind: 'round-trips', host: 'mailhost.bob.example' } }, tl)).toBe(0);
  });

  it('does not count the prelude, which the learner did not type', () => {
    const prelude: Challenge = { ...as('shell-lines'), start: { ...base.start, prelude: [typed(WS, 'hostname', 'whoami')] } };
    const smtp: Challenge = { ...as('smtp-lines'), start: { ...base.start, prelude: [typed(WS, open, ...session)] } };
    expect(challengeSince(prelude)).toBeGreaterThan(0);
    expect(scoreOf(prelude, challengeStart(prelude))).toBe(0);
    expect(scoreOf(prelude, playSteps(challengeStart(prelude), [typed(WS, 'hostname', 'nonsense')]))).toBe(1);
    expect(scoreOf(smtp, challengeStart(smtp))).toBe(0);
    // …and the prelude's delivery does not meet the goal either.
    expect(challengeResult(smtp, challengeStart(smtp)).met).toBe(false);
  });

  it('gives the same result for the same timeline, and says when the goal was met', () => {
    const tl = playSteps(challengeStart(base), base.solution);
    const a = challengeResult(base, tl);
    expect(challengeResult(base, tl)).toEqual(a);
    expect(a.seconds).toBeGreaterThan(0);
    expect(a.seconds).toBeLessThan(1);
  });
});

describe('the goal as evaluated', () => {
  it('is the challenge’s own when nothing is withheld', () => {
    expect(challengeGoal(base)).toBe(base.goal);
  });

  it('adds "not run, or refused" for each withheld command', () => {
    const ch = challengeById('mx1-down-no-mail')!;
    const g = challengeGoal(ch);
    expect(g.type === 'all' && g.of.map((c) => sentence(c))).toEqual(['a new message in /var/mail/bob', 'without mail', 'without mailx']);
    const run = (line: string) => challengeResult(ch, playSteps(challengeStart(ch), [typed(WS, line, 'Hello', '.')]));
    expect(run('mailx -s Hi bob@bob.example').goal.firstUnmet?.sentence).toBe('without mailx');
    // mailq is not mail.
    expect(run('mailq').goal.firstUnmet?.sentence).toBe('a new message in /var/mail/bob');
  });
});
