// Shared states made from what a page holds: the helpers the Share button
// calls, so the store needs to know nothing of digests and hashes.
import type { Layer, WorldEvent } from '../net/event';
import type { Scenario } from '../scenarios/types';
import { dataHash, logDigest } from './digest';
import type { PlaygroundShare, SharedAct, SimulatorScreen, WorldShare } from './types';
import { CORE_VERSION, SHARE_FORMAT } from './version';

export type WorldSnapshot = {
  kind: 'simulator' | 'lesson';
  /** The scenario played (for a lesson, its start as a scenario); its id and data hash go in the link. */
  start: Scenario;
  step?: number;
  seed: number;
  acts: readonly SharedAct[];
  position: number;
  /** The log the acts gave, whose digest goes in the link. */
  log: readonly WorldEvent[];
  host: string;
  selected?: number;
  layers: Readonly<Record<Layer, boolean>>;
  eavesdropper: boolean;
};

export function worldShare(s: WorldSnapshot): WorldShare {
  const screen: SimulatorScreen = {
    host: s.host,
    ...(s.selected !== undefined && { selected: s.selected }),
    layers: (Object.keys(s.layers) as Layer[]).filter((l) => s.layers[l]),
    eavesdropper: s.eavesdropper,
  };
  return {
    v: SHARE_FORMAT,
    core: CORE_VERSION,
    kind: s.kind,
    id: s.start.id,
    data: dataHash(s.start),
    ...(s.step !== undefined && { step: s.step }),
    seed: s.seed,
    acts: [...s.acts],
    position: s.position,
    screen,
    log: logDigest(s.log),
  };
}

export function playgroundShare(explorer: string, input: PlaygroundShare['input'], fields?: Record<string, string>): PlaygroundShare {
  return { v: SHARE_FORMAT, core: CORE_VERSION, kind: 'playground', explorer, input, ...(fields && { fields }) };
}
