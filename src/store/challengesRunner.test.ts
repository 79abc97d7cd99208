import { beforeEach, describe, expect, it } from 'vitest';
import { challengeById } from '../core/lessons/index';
import { challengesStore, challengeStatus } from './challenges';
import { answerChallenge, challengeRunStore, leaveChallenge, openChallenge, tryAgain } from './challengesRunner';
import { simulatorStore } from './simulator';

const sim = () => simulatorStore.getState();
const run = () => challengeRunStore.getState();
const progress = (id: string) => challengesStore.getState().progress[id];
function playOut() {
  for (let i = 0; i < 5000 && sim().playing; i++) sim().advance();
}
function type(...lines: string[]) {
  for (const line of lines) {
    sim().sendLine(line);
    playOut();
  }
}
const session = (...rcpts: string[]) => ['telnet mx1.bob.example 25', 'HELO ws.alice.example', 'MAIL FROM:<alice@alice.example>', ...rcpts.map((r) => `RCPT TO:<${r}>`), 'DATA', 'Subject: Lunch', '.', 'QUIT'];

beforeEach(() => {
  leaveChallenge();
  challengesStore.getState().resetChallenges();
  sim().loadScenario('free-play');
});

describe('the challenge runner', () => {
  it('keeps the sandbox aside and gives it back as it was', () => {
    sim().sendLine('help');
    const before = sim().timeline;
    openChallenge('one-data-two-people');
    expect(sim().visiting).toMatchObject({ kind: 'challenge', id: 'one-data-two-people' });
    expect(sim().acts).toEqual([]);
    leaveChallenge();
    expect(sim().timeline).toBe(before);
    expect(sim().visiting).toBeUndefined();
  });

  it('scores a par attempt, keeps the best, and a worse one after Try again adds to the distribution only', () => {
    openChallenge('one-data-two-people');
    expect(run().result?.met).toBe(false);
    type(...session('staff@bob.example'));
    expect(run().result).toMatchObject({ met: true, score: 7, verdict: 'at-par' });
    expect(progress('one-data-two-people')?.attempt.finished).toEqual({ score: 7, verdict: 'at-par' });
    expect(run().announcement).toMatch(/Goal met.*7 SMTP lines; par is 7/);
    // Going on after finishing changes nothing recorded.
    type('telnet mx1.bob.example 25', 'QUIT');
    expect(progress('one-data-two-people')?.record.finished).toBe(1);

    tryAgain();
    expect(sim().acts).toEqual([]);
    expect(run().result?.met).toBe(false);
    expect(progress('one-data-two-people')?.attempt).toEqual({ acts: [], answers: [] });
    type(...session('bob@bob.example', 'carol@bob.example'));
    expect(run().result).toMatchObject({ met: true, score: 8, verdict: 'over-par' });
    expect(progress('one-data-two-people')?.record).toMatchObject({ finished: 2, abandoned: 0, best: 7, scores: [{ score: 7, count: 1 }, { score: 8, count: 1 }] });
  });

  it('waits for the session to end before it finishes: QUIT counts, as it does for par', () => {
    openChallenge('one-data-two-people');
    type(...session('staff@bob.example').slice(0, -1));
    expect(run()).toMatchObject({ result: { met: true, score: 6 }, open: true });
    expect(run().announcement).toMatch(/End your session \(QUIT\)/);
    expect(progress('one-data-two-people')?.attempt.finished).toBeUndefined();
    type('QUIT');
    expect(run()).toMatchObject({ result: { met: true, score: 7 }, open: false });
    expect(progress('one-data-two-people')?.attempt.finished?.score).toBe(7);
  });

  it('counts an attempt left unfinished as abandoned, and one never touched as nothing', () => {
    openChallenge('one-data-two-people');
    tryAgain();
    expect(progress('one-data-two-people')?.record.abandoned).toBe(0);
    type('telnet mx1.bob.example 25');
    tryAgain();
    expect(progress('one-data-two-people')?.record.abandoned).toBe(1);
    expect(challengeStatus(progress('one-data-two-people'))).toBe('in progress');
  });

  it('ticks only what has been shown: a goal met further on the timeline is not met at the position shown', () => {
    openChallenge('one-data-two-people');
    type(...session('staff@bob.example'));
    leaveChallenge();
    challengesStore.setState((s) => ({ progress: { ...s.progress, 'one-data-two-people': { ...s.progress['one-data-two-people']!, attempt: { ...s.progress['one-data-two-people']!.attempt, finished: undefined } } } }));
    openChallenge('one-data-two-people');
    sim().seek(3);
    expect(run().result?.met).toBe(false);
    sim().seek(sim().timeline.log.length);
    expect(run().result?.met).toBe(true);
  });

  it('replays the attempt under way when the challenge is opened again (a reload)', () => {
    openChallenge('one-data-two-people');
    type('telnet mx1.bob.example 25', 'HELO ws.alice.example');
    const log = sim().timeline.log.length;
    leaveChallenge();
    openChallenge('one-data-two-people');
    expect(sim().timeline.log.length).toBe(log);
  });

  it('refuses a withheld command at a prompt as bash does, records nothing, and lets it through inside telnet', () => {
    openChallenge('mx1-down-no-mail');
    const tl = sim().timeline;
    sim().sendLine('mail -s hi bob@bob.example');
    expect(sim().timeline).toBe(tl);
    expect(sim().refused).toMatchObject({ line: 'mail -s hi bob@bob.example', message: 'bash: mail: command not found' });
    expect(run().announcement).toBe('bash: mail: command not found (withheld in this challenge)');
    expect(progress('mx1-down-no-mail')?.attempt.acts ?? []).toEqual([]);
    sim().compose({} as Parameters<ReturnType<typeof sim>['compose']>[0]);
    expect(sim().timeline).toBe(tl);
    expect(sim().refused?.message).toMatch(/Compose/);
    type('telnet mx2.bob.example 25', 'HELO ws.alice.example', 'mail from:<alice@alice.example>', 'RCPT TO:<bob@bob.example>', 'DATA', 'Subject: x', '.', 'QUIT');
    expect(run().result).toMatchObject({ met: true, score: 1, verdict: 'under-par' });
    expect(sim().refused).toBeUndefined();
  });

  it('takes answers to the challenge’s questions', () => {
    openChallenge('staff-without-vrfy');
    type('telnet mx1.bob.example 25', 'EXPN staff', 'QUIT');
    expect(run().result?.met).toBe(false);
    answerChallenge('members', 'bob and carol');
    expect(run().result).toMatchObject({ met: true, score: 2, verdict: 'under-par' });
  });
});

describe('the saved challenges', () => {
  const merge = (saved: unknown) => challengesStore.persist.getOptions().merge!(saved, challengesStore.getState()).progress;
  const ch = challengeById('one-data-two-people')!;
  const good = { revision: 1, record: { challenge: ch.id, revision: 1, finished: 1, abandoned: 0, best: 7, scores: [{ score: 7, count: 1 }] }, attempt: { acts: [], answers: [], finished: { score: 7, verdict: 'at-par' } } };

  it('reads back a good entry', () => {
    expect(merge({ progress: { [ch.id]: good } })[ch.id]).toEqual(good);
  });

  it('drops a record whose numbers disagree, an unknown challenge, another revision, and a bad attempt alone', () => {
    const p = merge({
      progress: {
        [ch.id]: { ...good, record: { ...good.record, best: 3 }, attempt: { acts: [{ at: 'x' }], answers: [] } },
        'no-such-challenge': good,
        'staff-without-vrfy': { ...good, revision: 99 },
        constructor: good,
      },
    });
    expect(Object.keys(p)).toEqual([ch.id]);
    expect(p[ch.id]!.record).toMatchObject({ finished: 0, scores: [] });
    expect(p[ch.id]!.attempt).toEqual({ acts: [], answers: [] });
  });

  it('reads a record of any length: its lowest score found without spreading the list into a call (issue 11 §2.1)', () => {
    const n = 200_000;
    const scores = Array.from({ length: n }, (_, i) => ({ score: n - i, count: 1 }));
    const record = { ...good.record, finished: n, best: 1, scores };
    expect(merge({ progress: { [ch.id]: { ...good, record } } })[ch.id]!.record).toEqual(record);
  });

  it('survives saved data that is not an object at all', () => {
    for (const saved of [null, 3, 'x', [], { progress: [] }, { progress: { [ch.id]: null } }]) expect(() => merge(saved)).not.toThrow();
  });
});
