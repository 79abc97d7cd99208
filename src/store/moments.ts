// The scenario's teaching moments (core/scenarios momentsOf) as the
// Simulator uses them: found once per log, a preference to pause playback at
// each, and what to show at the end — the scenario's main moment, not the
// last TCP FIN (issue 10 §2).
import { createStore } from 'zustand/vanilla';
import { createJSONStorage, persist } from 'zustand/middleware';
import { momentsOf, type MomentAt } from '../core/scenarios/index';
import type { WorldEvent } from '../core/net/index';
import { safeLocalStorage } from './storage';
import { isBoolean, readSaved } from './savedState';
import { ALL_SCENARIOS, type SimulatorState } from './simulator';

const NONE: readonly MomentAt[] = [];
// The log only ever grows by new arrays, so its identity names its version.
const found = new WeakMap<readonly WorldEvent[], { scenarioId: string; moments: readonly MomentAt[] }>();

/**
 * The moments of what is on screen: a scenario's, as its script played
 * them — none after the first thing the person did themselves (the story
 * from there is theirs), and none for a lesson, a challenge or a shared state.
 */
export function momentsShown(s: Pick<SimulatorState, 'scenarioId' | 'visiting' | 'timeline' | 'acts'>): readonly MomentAt[] {
  if (s.visiting) return NONE;
  const log = s.timeline.log;
  const known = found.get(log);
  if (known?.scenarioId === s.scenarioId) return known.moments;
  const scenario = ALL_SCENARIOS.find((sc) => sc.id === s.scenarioId);
  const scripted = s.acts[0]?.at ?? Infinity;
  const moments = scenario ? momentsOf(scenario, log).filter((m) => m.seq <= scripted) : NONE;
  found.set(log, { scenarioId: s.scenarioId, moments });
  return moments;
}

/** The moment the world stands on, if it stands on one. */
export function momentAt(s: Pick<SimulatorState, 'scenarioId' | 'visiting' | 'timeline' | 'acts' | 'position'>): MomentAt | undefined {
  return s.position > 0 ? momentsShown(s).find((m) => m.seq === s.position) : undefined;
}

type MomentPrefs = { pauseAtMoments: boolean; togglePause(): void };

export const momentPrefsStore = createStore<MomentPrefs>()(
  persist(
    (set) => ({ pauseAtMoments: true, togglePause: () => set((s) => ({ pauseAtMoments: !s.pauseAtMoments })) }),
    {
      name: 'smtp-lab.moments',
      version: 1,
      storage: createJSONStorage(safeLocalStorage),
      partialize: (s) => ({ pauseAtMoments: s.pauseAtMoments }),
      merge: (saved, current) => ({ ...current, ...readSaved<{ pauseAtMoments: boolean }>('moments', saved, { pauseAtMoments: isBoolean }) }),
    },
  ),
);

/**
 * What playback does next, given the state before and after one change:
 * `pause` on reaching a moment while playing (with the preference on), or
 * `seek` to the main moment once the scripted scenario has played to its end
 * (a person's own acts end where they end).
 */
export function momentStep(prev: SimulatorState, s: SimulatorState, pauseAtMoments: boolean): { type: 'pause' } | { type: 'seek'; to: number } | undefined {
  if (!pauseAtMoments || s.position === prev.position || s.timeline !== prev.timeline) return undefined;
  const length = s.timeline.log.length;
  if (prev.playing && !s.playing && s.position === length && s.acts.length === 0) {
    const moments = momentsShown(s);
    const main = moments.find((m) => m.main) ?? moments[moments.length - 1];
    return main && main.seq < length ? { type: 'seek', to: main.seq } : undefined;
  }
  if (s.playing && s.position < length && momentAt(s)) return { type: 'pause' };
  return undefined;
}
