import { describe, expect, it } from 'vitest';
import { HOSTS } from '../../net/index';
import { LESSONS, lessonById } from '../curriculum/index';
import { CHALLENGES } from '../challenges/catalogue/index';
import { lessonStart, playSteps } from '../start';
import { validateLesson } from '../validate';
import type { Lesson } from '../types';
import { addClause, addPrediction, addStep, blankLesson, copyOf, editStep, lessonOfChallenge, markStart, recordInto, replaceClause, typedLines } from './draft';
import { pausePrediction, pinClause } from './pin';
import { testLesson } from './test-lesson';
import { builderChecklist, builderReady } from './checklist';

const { ws: WS, mx1: MX1 } = HOSTS;
const SESSION = ['telnet mx1.bob.example 25', 'HELO ws.alice.example', 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<bob@bob.example>', 'DATA', 'Subject: Pinned', '', 'Hello Bob.', '.', 'QUIT'];

/** An author's session: marked start, the lines typed one by one, each recorded as the builder records it. */
function recorded(lines = SESSION): Lesson {
  let l = markStart(blankLesson('my-session'));
  for (const line of lines) l = recordInto(l, true, { type: 'shell', host: WS, line });
  return l;
}
const worldOf = (l: Lesson) => playSteps(lessonStart(l), l.steps.flatMap((s) => s.solution));

describe('the level builder', () => {
  it('records typed lines as one step of lines and writes the exact hint from them', () => {
    const l = recorded();
    expect(l.steps[0]!.solution).toEqual([{ type: 'type', host: WS, lines: SESSION }]);
    expect(l.steps[0]!.hints.at(-1)).toMatchObject({ exact: true, text: expect.stringContaining('HELO ws.alice.example') });
  });

  it('the first line, which also tells the terminal its width, is a typed line of the solution and of the exact hint', () => {
    let l = markStart(blankLesson('wide'));
    l = recordInto(l, true, { type: 'shell', host: WS, line: 'telnet mx1.bob.example 25', columns: 96 });
    l = recordInto(l, true, { type: 'shell', host: WS, line: 'QUIT' });
    expect(l.steps[0]!.solution.map(typedLines)).toEqual([{ host: WS, lines: ['telnet mx1.bob.example 25'] }, { type: 'type', host: WS, lines: ['QUIT'] }]);
    expect(l.steps[0]!.hints.at(-1)).toEqual({ text: `Type at ${WS}: telnet mx1.bob.example 25; then at ${WS}: QUIT`, exact: true });
  });

  it('a long session goes on in a new type step past 200 lines, and its exact hint stays short', () => {
    const lines = Array.from({ length: 450 }, (_, i) => `echo ${i}`);
    const l = recorded(lines);
    expect(l.steps[0]!.solution.map((s) => (s.type === 'type' ? s.lines.length : 0))).toEqual([200, 200, 50]);
    expect(validateLesson(l, { draft: true }).errors).toEqual([]);
    const hint = l.steps[0]!.hints.at(-1)!.text;
    expect(hint).toContain('echo 19 … and 430 more lines (Show me plays them all)');
    expect(hint).not.toContain('echo 20 ');
  });

  it('pins the 250 after the dot as a reply clause and the delivery as a mailbox clause, without ids or times', () => {
    const l = recorded();
    const tl = worldOf(l);
    const queued = tl.log.find((e) => pinClause(tl, e.seq)?.type === 'reply' && (pinClause(tl, e.seq) as { command?: string }).command === '<content>')!;
    expect(pinClause(tl, queued.seq)).toEqual({ type: 'reply', server: MX1, command: '<content>', code: 250, enhanced: '2.0.0' });
    const append = tl.log.find((e) => e.kind === 'append' && e.to.startsWith('mailhost'))!;
    expect(pinClause(tl, append.seq)).toEqual({ type: 'mbox', host: append.to, user: 'bob', delta: 1, message: { sender: 'alice@alice.example', headers: [{ name: 'Subject', value: 'Pinned' }] } });
    const rcpt = tl.log.find((e) => (pinClause(tl, e.seq) as { command?: string } | undefined)?.command === 'RCPT')!;
    expect(pinClause(tl, rcpt.seq)).toMatchObject({ argument: '<bob@bob.example>', code: 250 });
    const syn = tl.log.find((e) => e.kind === 'syn')!;
    expect(pinClause(tl, syn.seq)).toEqual({ type: 'event', layer: 'tcp', kind: 'syn', from: syn.from, to: syn.to });
    expect(pinClause(tl, tl.log.length + 1)).toBeUndefined();
  });

  it('Pause here makes a prediction its step finds, with why from the reply catalogue', () => {
    const l = recorded();
    const tl = worldOf(l);
    const mail = tl.log.find((e) => pausePrediction(tl, e.seq)?.command === 'MAIL')!;
    const p = pausePrediction(tl, mail.seq)!;
    expect(p).toMatchObject({ server: MX1, command: 'MAIL' });
    expect(p.why).toMatch(/^250: .*RFC 5321/);
    expect(pausePrediction(tl, tl.log.find((e) => e.kind === 'syn')!.seq)).toBeUndefined();
  });

  it('Test passes a recorded lesson with pinned clauses and names the clause a broken one fails', () => {
    let l = recorded();
    const tl = worldOf(l);
    const seqOf = (cmd: string) => tl.log.find((e) => (pinClause(tl, e.seq) as { command?: string } | undefined)?.command === cmd)!.seq;
    l = addClause(l, 0, pinClause(tl, seqOf('<content>'))!);
    l = addClause(l, 0, pinClause(tl, tl.log.find((e) => e.kind === 'append' && e.to.startsWith('mailhost'))!.seq)!);
    l = addPrediction(l, 0, pausePrediction(tl, seqOf('MAIL'))!);
    expect(testLesson(l)).toEqual({ ok: true, steps: [{ id: 'step-1', passes: true, bare: 'fails', lostPredictions: [] }] });

    const wrong = replaceClause(l, 0, 0, { type: 'reply', server: MX1, command: '<content>', code: 554 });
    const t = testLesson(wrong);
    expect(t.ok).toBe(false);
    expect(t.steps[0]!.failing).toMatch(/554/);

    const lost = addPrediction(l, 0, { server: MX1, command: 'VRFY', why: 'x' });
    expect(testLesson(lost).steps[0]!.lostPredictions).toEqual([`VRFY at ${MX1}`]);

    // A check the bare start already meets asks nothing of the learner.
    const trivial = addClause(blankLesson('trivial'), 0, { type: 'event', layer: 'tcp', count: { max: 1000 } });
    expect(testLesson(trivial).steps[0]!.bare).toBe('met');
    expect(testLesson(blankLesson('empty')).steps[0]!.failing).toMatch(/No check yet/);
  });

  it('the checklist ticks as the author goes, and a lesson that passes it is a valid lesson file', () => {
    const blank = blankLesson('my-lesson');
    expect(builderChecklist(blank, false, undefined).filter((i) => !i.done).map((i) => i.id)).toEqual(['title', 'goal', 'start', 'check', 'texts', 'tested']);
    let l = recorded();
    const tl = worldOf(l);
    l = addClause(l, 0, pinClause(tl, tl.log.find((e) => e.kind === 'append' && e.to.startsWith('mailhost'))!.seq)!);
    l = { ...editStep(l, 0, { say: 'Send Bob a message by hand.', task: 'Type the session.' }), title: 'By hand', goal: 'Deliver by hand.' };
    const items = builderChecklist(l, true, testLesson(l));
    expect(builderReady(items)).toBe(true);
    expect(validateLesson(JSON.parse(JSON.stringify(l)))).toMatchObject({ ok: true });
  });

  it('Mark start keeps fault switches made first as world changes, the rest as prelude', () => {
    let l = blankLesson('faulty');
    l = recordInto(l, false, { type: 'faults', host: MX1, faults: { down: true } });
    l = recordInto(l, false, { type: 'shell', host: WS, line: 'useradd dave' });
    l = markStart(l);
    expect(l.start.world).toEqual({ faults: { [MX1]: { down: true } } });
    expect(l.start.prelude).toEqual([{ type: 'type', host: WS, lines: ['useradd dave'] }]);
    expect(lessonStart(l).world.hosts[MX1]!.faults.down).toBe(true);
  });

  it('new steps record what comes next; the steps before keep theirs', () => {
    let l = recorded(SESSION.slice(0, 2));
    l = addStep(l);
    l = recordInto(l, true, { type: 'shell', host: WS, line: 'QUIT' });
    expect(l.steps.map((s) => s.id)).toEqual(['step-1', 'step-2']);
    expect(l.steps[1]!.solution).toEqual([{ type: 'type', host: WS, lines: ['QUIT'] }]);
    expect(l.steps[0]!.solution).toEqual([{ type: 'type', host: WS, lines: SESSION.slice(0, 2) }]);
  });

  it('a copy of a built-in lesson or a lesson made of a challenge passes Test as the original does, and the original is untouched', () => {
    const original = lessonById('session-by-hand')!;
    const before = JSON.stringify(original);
    const copy = editStep(copyOf(original, 'my-session-by-hand'), 0, { say: 'Changed.' });
    expect(JSON.stringify(original)).toBe(before);
    expect(copy.steps[0]!.say).toBe('Changed.');
    expect(testLesson(copy).ok).toBe(true);
    for (const ch of CHALLENGES.slice(0, 3)) {
      const l = lessonOfChallenge(ch, `my-${ch.id}`);
      expect(validateLesson(l).errors, ch.id).toEqual([]);
      expect(testLesson(l).steps[0]!.passes, ch.id).toBe(true);
    }
  });

  it('every built-in lesson passes its own Test', () => {
    for (const l of LESSONS.filter((x) => !x.needs?.length)) expect(testLesson(l).ok, l.id).toBe(true);
  });
});
