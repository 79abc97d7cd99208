// The log you can rewind: every event in order, the outside inputs that
// caused some of them, and a snapshot of the world every SNAPSHOT_EVERY
// events. Worlds are immutable values, so a snapshot is a reference, and
// going back is "take the nearest snapshot, replay at most K-1 events"
// (DESIGN.md "Core contracts").
import { applyInput, splitInput, step, type WorldInput } from './step';
import type { World, WorldEvent } from './world/index';

export const SNAPSHOT_EVERY = 32;

export type Timeline = {
  readonly world: World;
  readonly log: readonly WorldEvent[];
  /** Inputs by the seq of the event they produced. */
  readonly inputs: Readonly<Record<number, WorldInput>>;
  /** snapshots[k] is the world after event k × SNAPSHOT_EVERY (snapshots[0] the start). */
  readonly snapshots: readonly World[];
};

export function startTimeline(world: World): Timeline {
  return { world, log: [], inputs: {}, snapshots: [world] };
}

function append(tl: Timeline, world: World, events: WorldEvent[], inputs: Record<number, WorldInput> = {}, snaps: World[] = []): Timeline {
  return { world, log: events.length ? [...tl.log, ...events] : tl.log, inputs: Object.keys(inputs).length ? { ...tl.inputs, ...inputs } : tl.inputs, snapshots: snaps.length ? [...tl.snapshots, ...snaps] : tl.snapshots };
}

export type PlayLimit = { maxEvents?: number; until?: number };

/** Plays events until the agenda is empty, `maxEvents` have happened, or the next one is after `until`. */
export function play(tl: Timeline, limit: PlayLimit = {}): Timeline {
  const max = limit.maxEvents ?? Infinity;
  let world = tl.world;
  const events: WorldEvent[] = [];
  const snaps: World[] = [];
  while (events.length < max) {
    const next = world.agenda[0];
    if (!next || (limit.until !== undefined && next.time > limit.until)) break;
    const s = step(world)!;
    world = s.world;
    events.push(s.event);
    if (s.event.seq % SNAPSHOT_EVERY === 0) snaps.push(world);
  }
  return append(tl, world, events, {}, snaps);
}

/** One event forward (the same timeline when nothing is left). */
export function advance(tl: Timeline): Timeline {
  return play(tl, { maxEvents: 1 });
}

/** A person's input joins the log: one event, or one a switch for a faults input that switches several (splitInput). */
export function input(tl: Timeline, what: WorldInput): Timeline {
  return splitInput(what).reduce((acc, one) => {
    const s = applyInput(acc.world, one);
    return append(acc, s.world, [s.event], { [s.event.seq]: one }, s.event.seq % SNAPSHOT_EVERY === 0 ? [s.world] : []);
  }, tl);
}

/**
 * The world as it was right after event n (0: the start); n is clamped to the
 * log. `from`, a world this timeline passed through (the one a viewer shows
 * now), is replayed on instead of a snapshot when it is nearer before the
 * target: playing forward then costs one step, not up to SNAPSHOT_EVERY - 1.
 */
export function seek(tl: Timeline, n: number, from?: World): World {
  const target = Math.max(0, Math.min(tl.log.length, Math.floor(n)));
  let k = Math.min(Math.floor(target / SNAPSHOT_EVERY), tl.snapshots.length - 1);
  // A timeline started from a world that had already run keeps its snapshots off the multiples; step back to one not after the target.
  while (k > 0 && tl.snapshots[k]!.seq > target) k--;
  let world = from && from.seq <= target && from.seq > tl.snapshots[k]!.seq ? from : tl.snapshots[k]!;
  while (world.seq < target && world.agenda.length + (tl.inputs[world.seq + 1] ? 1 : 0) > 0) {
    const seq = world.seq + 1;
    const given = tl.inputs[seq];
    world = given ? applyInput(world, given).world : step(world)!.world;
  }
  return world;
}

/** The timeline cut back to event n, so that new inputs branch from there. */
export function truncate(tl: Timeline, n: number): Timeline {
  const target = Math.max(0, Math.min(tl.log.length, Math.floor(n)));
  const inputs: Record<number, WorldInput> = {};
  for (const [k, v] of Object.entries(tl.inputs)) if (Number(k) <= target) inputs[Number(k)] = v;
  return { world: seek(tl, target), log: tl.log.slice(0, target), inputs, snapshots: tl.snapshots.slice(0, Math.floor(target / SNAPSHOT_EVERY) + 1) };
}
