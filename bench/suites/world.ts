// sim-1000-messages: 1,000 messages through the four-MTA world with faults
// on (greylisting at MX 10, one recipient in ten unknown, so bounces too),
// as messages per second of wall time; goal: all in 1 s.
// seek-10k: random seeks in a 10,000-event log; goal: the worst ≤ 16 ms,
// one frame. Both goals are the references, so the ratio says how far from
// the goal SMTP Lab is (> 1: better than the goal).
import { bestTime, result, type Suite } from '../harness';
import { applyInput, createWorld, step } from '../../src/core/net/index';
import type { World } from '../../src/core/net/index';
import { defaultWorldSpec, HOSTS } from '../../src/core/net/index';
import { nextRandom, seedRandom } from '../../src/core/net/world/index';
import { play, input, seek, startTimeline, type Timeline } from '../../src/core/net/index';

const MESSAGES = 1000;

function runToIdle(world: World): { world: World; events: number } {
  let w = world;
  let events = 0;
  for (let s = step(w); s; s = step(s.world)) {
    w = s.world;
    events++;
  }
  return { world: w, events };
}

function simulate(): { world: World; events: number } {
  let world = applyInput(createWorld(defaultWorldSpec(), 1), { type: 'faults', host: HOSTS.mx1, faults: { greylist: true } }).world;
  let events = 0;
  for (let i = 0; i < MESSAGES; i++) {
    const to = i % 10 === 9 ? `nobody${i}@bob.example` : i % 2 ? 'bob@bob.example' : 'carol@bob.example';
    const r = runToIdle(applyInput(world, { type: 'compose', host: HOSTS.ws, draft: { to: [to], subject: `Message ${i}`, text: `Hello, this is message ${i}.\n` } }).world);
    world = r.world;
    events += r.events;
  }
  return { world, events };
}

function longLog(target: number): Timeline {
  let tl = startTimeline(createWorld(defaultWorldSpec(), 2));
  for (let i = 0; tl.log.length < target; i++) {
    tl = input(tl, { type: 'compose', host: HOSTS.ws, draft: { to: ['bob@bob.example'], subject: `Message ${i}`, text: 'Hello\n' } });
    tl = play(tl);
  }
  return tl;
}

export const suite: Suite = {
  name: 'world',
  async run() {
    let events = 0;
    const ms = await bestTime(() => {
      events = simulate().events;
    }, 2);
    const perSecond = MESSAGES / (ms / 1000);
    const tl = longLog(10_000);
    let random = seedRandom(7);
    let worst = 0;
    for (let i = 0; i < 300; i++) {
      const r = nextRandom(random);
      random = r.state;
      const n = Math.floor(r.value * tl.log.length);
      const t0 = performance.now();
      seek(tl, n);
      worst = Math.max(worst, performance.now() - t0);
    }
    return [
      result('sim-1000-messages', 'messages/s', perSecond, 1000, `goal: 1,000 messages (${events} events) in 1 s`, true, '≥ 1000/s'),
      result('seek-10k', 'worst ms', worst, 16, `goal: one 16 ms frame (${tl.log.length}-event log)`, false, '≤ 16 ms'),
    ];
  },
};
