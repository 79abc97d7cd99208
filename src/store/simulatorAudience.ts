// The audience window's side of presenter mode (issue 14): the presenter's
// acts replayed into this window's simulator store by the same core, so both
// logs agree byte for byte. The store itself keeps the audience from writing
// the presenter's saved session (see simulator.ts).
import type { Timeline } from '../core/net/index';
import { hasOwnKey } from './savedState';
import type { LessonAct } from './lessons';
import { asideOf, at, load, perform, scenarioOf, simulatorStore, type Act, type Speed, type Visiting } from './simulator';

/**
 * What the presenter's window sends: all its acts (`full`) or those since
 * `base`, and where it stands. While a lesson's world is on screen, `lesson`
 * names it, with (when `full`) the lesson's own acts its start was rebuilt from.
 */
export type ActsReplay = {
  scenarioId: string;
  full: boolean;
  base: number;
  acts: readonly Act[];
  position: number;
  selectedHost: string;
  speed: Speed;
  lesson?: { id: string; from?: readonly LessonAct[] };
};

/** A lesson's world rebuilt from its acts (store/lessonWorld.ts); passed in so the Simulator's chunk never holds the curriculum. */
export type LessonWorld = (id: string, from: readonly LessonAct[]) => Timeline | undefined;

/**
 * The audience's side: the presenter's acts replayed by the same core, so
 * both logs agree byte for byte (one seed, one log). False when the acts do
 * not follow on from what this store holds: the caller asks for all of them.
 * A lesson this build does not have shows nothing new (asking again would loop).
 */
export function replayActs(r: ActsReplay, lessonWorld?: LessonWorld): boolean {
  const s = simulatorStore.getState();
  const v = s.visiting;
  const sameWorld = r.lesson ? v?.kind === 'lesson' && v.id === r.lesson.id : !v && r.scenarioId === s.scenarioId;
  if (!r.full && (!sameWorld || r.base !== s.acts.length)) return false;
  let next: { timeline: Timeline; acts: readonly Act[] };
  let visiting: Visiting | undefined;
  if (!r.full) next = { timeline: r.acts.reduce(perform, s.timeline), acts: [...s.acts, ...r.acts] };
  else if (!r.lesson) next = load(r.scenarioId, r.acts);
  else {
    const start = lessonWorld?.(r.lesson.id, r.lesson.from ?? []);
    if (!start) return true;
    next = { timeline: r.acts.reduce(perform, start), acts: r.acts };
    visiting = { kind: 'lesson', id: r.lesson.id, withheldCommands: [], withheldPanels: [], sandbox: asideOf(s) };
  }
  const same = next.timeline === s.timeline;
  const hosts = next.timeline.world.hosts;
  simulatorStore.setState({
    ...next,
    ...(r.full && { visiting }),
    scenarioId: scenarioOf(r.scenarioId).id,
    ...at(next.timeline, r.position, same ? s.world : undefined),
    selectedHost: hasOwnKey(hosts, r.selectedHost) ? r.selectedHost : s.selectedHost,
    speed: r.speed,
    playing: false,
  });
  return true;
}
