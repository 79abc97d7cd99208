// The presenter's window and the audience's talk over one BroadcastChannel
// (same origin, no server). The presenter sends acts and position, never
// worlds: the audience replays them with the same core, so the messages stay
// small and both logs agree byte for byte. An audience that opens (or
// reopens, or missed a message) says hello and gets everything again
// (audienceChannel.ts).
import { presenterStore, stageOf, type Stage } from '../../store/presenter';
import { stopAt } from '../../store/presenterStops';
import { simulatorStore, type SimulatorState } from '../../store/simulator';
import type { ActsReplay } from '../../store/simulatorAudience';

export const CHANNEL = 'smtp-lab.presenter';

export type PresenterMessage =
  | { type: 'hello' }
  | { type: 'state'; replay: ActsReplay; stage: Stage; /** When the presenter sent it (timeOrigin + now), for the sync bench. */ sent: number };

const now = () => performance.timeOrigin + performance.now();

/**
 * The presenter's side: sends on every change, and stops playback before a
 * reply not yet revealed while `Predict every reply` is on. Returns the stop.
 */
export function broadcastAsPresenter(onHello?: () => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  let sentScenario: string | undefined;
  let sentVisit: SimulatorState['visiting'];
  let sentActs = 0;
  const send = (all: boolean) => {
    const s = simulatorStore.getState();
    // A new visit (a lesson opened, a step restarted, Show me) starts a world of its own: all of it again.
    const full = all || s.scenarioId !== sentScenario || s.visiting !== sentVisit || s.acts.length < sentActs;
    const base = full ? 0 : sentActs;
    const v = s.visiting;
    const lesson = v?.kind === 'lesson' ? { id: v.id, ...(full && { from: v.from ?? [] }) } : undefined;
    const replay: ActsReplay = { scenarioId: s.scenarioId, full, base, acts: s.acts.slice(base), position: s.position, selectedHost: s.selectedHost, speed: s.speed, ...(lesson && { lesson }) };
    sentScenario = s.scenarioId;
    sentVisit = v;
    sentActs = s.acts.length;
    channel.postMessage({ type: 'state', replay, stage: stageOf(presenterStore.getState()), sent: now() } satisfies PresenterMessage);
  };
  const holdAtStops = () => {
    const s = simulatorStore.getState();
    const p = presenterStore.getState();
    if (!s.playing || !p.predictEvery) return;
    const stop = stopAt(s.timeline, s.position);
    if (stop && !p.revealed.includes(stop.replyAt)) s.pause();
  };
  channel.onmessage = (e: MessageEvent<PresenterMessage>) => {
    if (e.data?.type !== 'hello') return;
    send(true);
    onHello?.();
  };
  const offSim = simulatorStore.subscribe((s, prev) => {
    holdAtStops();
    if (s.position !== prev.position || s.acts !== prev.acts || s.scenarioId !== prev.scenarioId || s.visiting !== prev.visiting || s.selectedHost !== prev.selectedHost) send(false);
  });
  const offStage = presenterStore.subscribe((s, prev) => {
    if (s.predictEvery !== prev.predictEvery) holdAtStops();
    if (stageOf(s).revealed !== prev.revealed || s.blackout !== prev.blackout || s.scale !== prev.scale || s.predictEvery !== prev.predictEvery || s.lesson !== prev.lesson) send(false);
  });
  send(true);
  return () => {
    offSim();
    offStage();
    channel.close();
  };
}
