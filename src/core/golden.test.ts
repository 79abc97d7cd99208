// The golden test of the simulated world: every scenario with three seeds,
// and a free-play session, give exactly the event logs recorded before
// src/core/net was split into rooms (issue 12). A digest of the whole log
// (its eventJson lines), one per 64 events so a failure says where, and one
// of what the log does not show (every shell's screen and history, every
// mailbox, queue and resolver cache). Rewrite the fixture only for a
// change of behaviour that is meant: GOLDEN_WRITE=1 npx vitest run src/core/golden.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorld, defaultWorldSpec, eventJson, input, play, startTimeline, type Timeline } from './net/index';
import { MAX_EVENTS_PER_STEP, playScenario, SCENARIOS } from './scenarios/index';
import { FREE_PLAY } from './test-support/golden/free-play';
import { sha256Hex } from './test-support/golden/sha256';

const FIXTURE = join(__dirname, 'test-support/golden/golden.json');
const SEEDS = [1, 7, 42];
const CHUNK = 64;

type Golden = { events: number; log: string; chunks: string[]; state: string };

const utf8 = (s: string) => new TextEncoder().encode(s);

function freePlay(seed: number): Timeline {
  return FREE_PLAY.reduce((tl, what) => play(input(tl, what), { maxEvents: MAX_EVENTS_PER_STEP }), startTimeline(createWorld(defaultWorldSpec(), seed)));
}

function golden(tl: Timeline): Golden {
  const lines = tl.log.map(eventJson);
  const chunks: string[] = [];
  for (let i = 0; i < lines.length; i += CHUNK) chunks.push(sha256Hex(utf8(lines.slice(i, i + CHUNK).join('\n'))).slice(0, 16));
  const w = tl.world;
  const hosts = Object.values(w.hosts).map((h) => ({
    name: h.name,
    users: h.users,
    shell: h.shell,
    mailboxes: Object.fromEntries(Object.entries(h.mailboxes).map(([u, m]) => [u, m.map((e) => sha256Hex(e))])),
    queue: h.queue.map((q) => ({ ...q, content: sha256Hex(q.content) })),
    dns: h.dns,
    greylist: h.greylist,
  }));
  const state = JSON.stringify({ now: w.now, seq: w.seq, order: w.order, nextId: w.nextId, random: w.random, agenda: w.agenda.length, connections: w.connections.size, hosts });
  return { events: lines.length, log: sha256Hex(utf8(lines.join('\n'))), chunks, state: sha256Hex(utf8(state)) };
}

function runs(): [string, () => Timeline][] {
  return SEEDS.flatMap((seed) => [
    ...SCENARIOS.map((s): [string, () => Timeline] => [`${s.id} seed ${seed}`, () => playScenario(s, seed)]),
    [`free play seed ${seed}`, () => freePlay(seed)] as [string, () => Timeline],
  ]);
}

describe('golden event logs', () => {
  if (process.env.GOLDEN_WRITE) {
    it('writes the fixture', () => {
      const all: Record<string, Golden> = {};
      for (const [name, run] of runs()) all[name] = golden(run());
      writeFileSync(FIXTURE, `${JSON.stringify(all, null, 1)}\n`);
    });
    return;
  }
  const expected = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, Golden>;

  it('covers every scenario with three seeds, and free play', () => {
    expect(Object.keys(expected).sort()).toEqual(runs().map(([name]) => name).sort());
  });

  for (const [name, run] of runs()) {
    it(name, () => {
      const want = expected[name];
      expect(want, `${name} is not in the fixture`).toBeDefined();
      const got = golden(run());
      const firstBad = got.chunks.findIndex((c, i) => c !== want!.chunks[i]);
      expect(firstBad, `${name}: events ${firstBad * CHUNK + 1}… differ`).toBe(-1);
      expect(got).toEqual(want);
    });
  }
});
