import { beforeEach, describe, expect, it } from 'vitest';
import { lessonById } from '../core/lessons/index';
import { lessonFile } from '../core/share/index';
import { builderStore, builderWorld, currentTest, editLesson, leaveBuilder, markStart, newLesson, newStep, openBuilder, pauseHere, pin, runTest, startFrom } from './builder';
import { SCENARIOS } from '../core/scenarios/index';
import { mailboxPins } from './mailboxPins';
import { findLesson, importLesson, myLessonsStore } from './myLessons';
import { simulatorStore } from './simulator';

const sim = () => simulatorStore.getState();
const mine = (id: string) => myLessonsStore.getState().mine[id]!;
function type(...lines: string[]) {
  for (const line of lines) {
    sim().sendLine(line);
    for (let i = 0; i < 5000 && sim().playing; i++) sim().advance();
  }
}
const seekTo = (match: (summary: string) => boolean) => sim().seek(sim().timeline.log.find((e) => match(e.summary))!.seq);
const SESSION = ['telnet mx1.bob.example 25', 'HELO ws.alice.example', 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<bob@bob.example>', 'DATA', 'Subject: Built', '', 'Hi.', '.', 'QUIT'];

beforeEach(() => {
  leaveBuilder();
  for (const id of Object.keys(myLessonsStore.getState().mine)) myLessonsStore.getState().remove(id);
  sim().loadScenario('free-play');
});

describe('the builder store', () => {
  it('records the prelude, then after Mark start the solution, pins, pauses and tests; the sandbox waits aside', () => {
    const sandbox = sim().timeline;
    const id = newLesson();
    expect(openBuilder(id)).toBe(true);
    expect(sim().visiting).toMatchObject({ kind: 'builder', id });
    type('useradd dave');
    expect(mine(id).lesson.start.prelude).toEqual([{ type: 'type', host: 'ws.alice.example', lines: ['useradd dave'] }]);
    pin();
    expect(builderStore.getState().announcement).toMatch(/Mark the start first/);
    markStart();
    type(...SESSION);
    expect(mine(id).lesson.steps[0]!.solution).toEqual([{ type: 'type', host: 'ws.alice.example', lines: SESSION }]);
    // The world on screen is the record's own replay.
    expect(sim().timeline.log.length).toBe(builderWorld(mine(id)).log.length);
    seekTo((s) => s.startsWith('S: 250 2.0.0'));
    pin();
    seekTo((s) => s.startsWith('S: 250 2.1.0'));
    pauseHere();
    expect(mine(id).lesson.steps[0]!.check).toMatchObject({ type: 'all', of: [{ type: 'reply', command: '<content>', code: 250 }] });
    expect(mine(id).lesson.steps[0]!.predictions).toMatchObject([{ command: 'MAIL' }]);
    // The Mailboxes panel pins through the registry the builder fills while it is open.
    sim().seek(sim().timeline.log.length);
    mailboxPins()!.message('mailhost.bob.example', 'bob', 0);
    mailboxPins()!.mailbox('mailhost.bob.example', 'bob');
    expect(mine(id).lesson.steps[0]!.check).toMatchObject({ of: [{}, { type: 'mbox', user: 'bob', delta: 1, message: { headers: [{ name: 'Subject', value: 'Built' }] } }, { type: 'mbox', count: { exactly: 1 } }] });
    runTest();
    expect(builderStore.getState().test?.result.ok).toBe(true);
    expect(currentTest(builderStore.getState(), mine(id).lesson)).toBeDefined();
    newStep();
    expect(currentTest(builderStore.getState(), mine(id).lesson)).toBeUndefined();
    leaveBuilder();
    expect(mailboxPins()).toBeUndefined();
    expect(sim().timeline).toBe(sandbox);
  });

  it('keeps the world of an act at the end, and moves an act made in the past to the end of the record', () => {
    const id = newLesson();
    openBuilder(id);
    markStart();
    type('host -t mx bob.example');
    const before = sim().timeline;
    type('help');
    // At the end: the store's own world is the record's replay, not rebuilt (a rebuild would start its acts again).
    expect(sim().acts).toHaveLength(2);
    expect(sim().timeline.log.slice(0, before.log.length)).toEqual(before.log);
    expect(sim().timeline.log.length).toBe(builderWorld(mine(id)).log.length);
    // In the past: the store branched, the builder put the line at the end of the record and rebuilt.
    sim().seek(1);
    type('hostname');
    expect(mine(id).lesson.steps[0]!.solution).toEqual([{ type: 'type', host: 'ws.alice.example', lines: ['host -t mx bob.example', 'help', 'hostname'] }]);
    expect(sim().timeline.log.map((e) => e.summary)).toEqual(builderWorld(mine(id)).log.map((e) => e.summary));
  });

  it('starts from a scenario’s world before Mark start, and the default world again', () => {
    const id = newLesson();
    openBuilder(id);
    const down = SCENARIOS.find((sc) => sc.world.faults?.['mx1.bob.example']?.down)!;
    startFrom(down.id);
    expect(mine(id).lesson.start.scenario).toBe(down.id);
    expect(sim().world.hosts['mx1.bob.example']!.faults.down).toBe(true);
    startFrom(undefined);
    expect(mine(id).lesson.start).not.toHaveProperty('scenario');
    expect(sim().world.hosts['mx1.bob.example']!.faults.down).toBe(false);
  });

  it('Edit copies a built-in lesson (the original unchanged) and a challenge; a whole lesson of mine is found, a draft is not', () => {
    const before = JSON.stringify(lessonFile(lessonById('session-by-hand')!));
    const id = editLesson('session-by-hand')!;
    expect(id).toBe('my-session-by-hand');
    myLessonsStore.getState().change(id, (e) => ({ lesson: { ...e.lesson, title: 'Changed' } }));
    expect(JSON.stringify(lessonFile(lessonById('session-by-hand')!))).toBe(before);
    expect(findLesson(id)?.title).toBe('Changed');
    expect(editLesson(id)).toBe(id);
    expect(editLesson('session-by-hand')).toBe(id);
    expect(editLesson('one-data-two-people')).toBe('my-one-data-two-people');
    expect(findLesson(newLesson())).toBeUndefined();
    expect(editLesson('no-such-thing')).toBeUndefined();
  });

  it('an import never takes a built-in id, and replaces an earlier import of the same lesson', () => {
    const l = lessonById('mx-records')!;
    expect(importLesson(l)).toBe('my-mx-records');
    const other = { ...l, id: 'teacher-one', title: 'One' };
    expect(importLesson(other)).toBe('my-teacher-one');
    expect(importLesson({ ...other, title: 'One, corrected' })).toBe('my-teacher-one');
    expect(findLesson('my-teacher-one')?.title).toBe('One, corrected');
  });
});
