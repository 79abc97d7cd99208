// From a scenario to a timeline: the default world with the scenario's
// changes, then its steps played, each input followed by the events it
// causes until the world is idle.
import { defaultWorldSpec } from '../net/index';
import { createWorld } from '../net/index';
import { input, play, startTimeline, type Timeline } from '../net/index';
import type { WorldSpec } from '../net/index';
import type { Scenario, ScenarioStep, WorldChanges } from './types';

/** Events one step may cause before the scenario stops waiting (a safety net against a world that never settles). */
export const MAX_EVENTS_PER_STEP = 20_000;

export function scenarioSpec(changes: WorldChanges): WorldSpec {
  const base = defaultWorldSpec();
  const hosts = base.hosts.map((whole) => {
    const { mta: _, submitTo: __, ...bare } = whole;
    const h: WorldSpec['hosts'][number] = changes.fresh?.includes(whole.name) ? bare : whole;
    const policy = changes.policies?.[h.name];
    const faults = changes.faults?.[h.name];
    return {
      ...h,
      ...(policy && h.mta ? { mta: { ...h.mta, policy: { ...h.mta.policy, ...policy } } } : {}),
      ...(faults ? { faults } : {}),
    };
  });
  return { ...base, hosts, zone: { ...base.zone, records: [...base.zone.records, ...(changes.records ?? [])] } };
}

/** The scenario's world at its start: nothing played but its terminal's command (share replays and the store both start here). */
export function openScenario(s: Scenario, seed = 1): Timeline {
  const tl = startTimeline(createWorld(scenarioSpec(s.world), seed));
  return s.terminal ? runStep(tl, { type: 'type', host: s.terminal.host, lines: [s.terminal.command] }) : tl;
}

export function runStep(tl: Timeline, step: ScenarioStep): Timeline {
  if (step.type === 'play') return play(tl, { maxEvents: MAX_EVENTS_PER_STEP });
  if (step.type === 'input') return play(input(tl, step.input), { maxEvents: MAX_EVENTS_PER_STEP });
  return step.lines.reduce((t, line) => play(input(t, { type: 'shell', host: step.host, line }), { maxEvents: MAX_EVENTS_PER_STEP }), tl);
}

/** The scenario played through: its whole event log. */
export function playScenario(s: Scenario, seed = 1): Timeline {
  return s.steps.reduce(runStep, openScenario(s, seed));
}
