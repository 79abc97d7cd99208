// Shared states made from what a page holds: the helpers the Share button
// calls, so the store needs to know nothing of digests and hashes.
import type { Layer } from '../net/index';
import type { Timeline } from '../net/index';
import { openScenario, runStep } from '../scenarios/build';
import type { Scenario } from '../scenarios/types';
import { dataHash, logDigest } from './digest';
import { applyAct } from './replay';
import type { PlaygroundShare, SharedAct, SimulatorScreen, WorldShare } from './types';
import { CORE_VERSION, SHARE_FORMAT } from './version';

/** What was on screen, as the store holds it. */
export type ScreenSnapshot = {
  host: string;
  selected?: number;
  layers: Readonly<Record<Layer, boolean>>;
  eavesdropper: boolean;
};

export type WorldSnapshot = ScreenSnapshot & {
  /** The scenario played; its id and data hash go in the link. */
  start: Scenario;
  seed: number;
  /** The store's acts, each with the event it followed. */
  acts: readonly { at: number; input: SharedAct['input'] }[];
  position: number;
};

export function screenOf(s: ScreenSnapshot): SimulatorScreen {
  return {
    host: s.host,
    ...(s.selected !== undefined && { selected: s.selected }),
    layers: (Object.keys(s.layers) as Layer[]).filter((l) => s.layers[l]),
    eavesdropper: s.eavesdropper,
  };
}

/**
 * The shared state of a world: the acts replayed here, so the digest is the
 * replay's, and each act that joined the end of the log written without its
 * `at` (the same act on replay: `applyAct` cuts only when `at` is in the past).
 */
export function worldShare(s: WorldSnapshot): WorldShare {
  let tl: Timeline = s.start.steps.reduce(runStep, openScenario(s.start, s.seed));
  const acts = s.acts.map((a): SharedAct => {
    const act = a.at < tl.log.length ? a : { input: a.input };
    tl = applyAct(tl, act);
    return act;
  });
  return {
    v: SHARE_FORMAT,
    core: CORE_VERSION,
    kind: 'simulator',
    id: s.start.id,
    data: dataHash(s.start),
    seed: s.seed,
    acts,
    position: s.position,
    screen: screenOf(s),
    log: logDigest(tl.log),
  };
}

export function playgroundShare(explorer: string, input: PlaygroundShare['input'], fields?: Record<string, string>, file?: PlaygroundShare['file']): PlaygroundShare {
  return { v: SHARE_FORMAT, core: CORE_VERSION, kind: 'playground', explorer, input, ...(fields && { fields }), ...(file && { file }) };
}
