// lesson-check: every check of the longest lesson evaluated after each event
// of a 1,000-event log, as a runner does while the learner plays; the row
// is the worst event (view extended by that event, then all checks, each
// event's best of five rounds). Goal:
// ≤ 1 ms. The reference, measured in the same run, is one pass over the
// whole log cutting every event into wire lines (what the inspector does
// for each event it shows), so the ratio says how many such passes one
// event's checking costs (> 1: cheaper than a pass).
import { bestTime, result, type Suite } from '../harness';
import { input, play, seek, wireLines, type World } from '../../src/core/net/index';
import { emptyView, evaluateStep, extendView, LESSONS, lessonSolution, lessonStart, playSteps, type Lesson } from '../../src/core/lessons/index';

const EVENTS = 1000;

function clauses(l: Lesson): number {
  const count = (c: unknown): number => {
    const x = c as { of?: unknown[]; check?: unknown };
    return 1 + (x.of ?? []).reduce<number>((n, y) => n + count(y), 0) + (x.check ? count(x.check) : 0);
  };
  return l.steps.reduce((n, s) => n + count(s.check), 0);
}

export const suite: Suite = {
  name: 'lessons',
  async run() {
    const lesson = LESSONS.filter((l) => !l.needs).reduce((a, b) => (clauses(b) > clauses(a) ? b : a));
    let tl = playSteps(lessonStart(lesson), lessonSolution(lesson));
    for (let i = 0; tl.log.length < EVENTS; i++) {
      tl = play(input(tl, { type: 'compose', host: 'ws.alice.example', draft: { to: ['bob@bob.example', 'carol@bob.example'], subject: `More ${i}`, text: 'Hello\n' } }));
    }
    const log = tl.log.slice(0, EVENTS);
    // The runner has each world as it plays; build them outside the timing.
    const worlds: World[] = [];
    let w = seek(tl, 0);
    const start = w;
    for (const e of log) worlds.push((w = seek(tl, e.seq, w)));

    // Each event's time is its best over the rounds, so a pause caused by another process on a shared machine does not count; the row is the worst event.
    const best = new Array<number>(log.length).fill(Infinity);
    for (let round = 0; round < 5; round++) {
      let view = emptyView(start, tl.log);
      for (let i = 0; i < log.length; i++) {
        const t0 = performance.now();
        view = extendView(view, log[i]!, worlds[i]!, tl.log);
        for (const step of lesson.steps) evaluateStep(step, view, { since: 0 });
        best[i] = Math.min(best[i]!, performance.now() - t0);
      }
    }
    const worst = Math.max(...best);
    let lines = 0;
    const pass = await bestTime(() => {
      lines = 0;
      for (const e of log) lines += wireLines(e.bytes, e.ranges).length;
    });
    return [result('lesson-check', 'worst ms/event', worst, pass, `one pass over the log, wireLines per event (${lines} lines); lesson ${lesson.id}, ${clauses(lesson)} clauses; goal ≤ 1 ms`, false, '≤ 1 ms')];
  },
};
