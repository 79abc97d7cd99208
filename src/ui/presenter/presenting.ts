// The presenter's actions, one list for the buttons of the presenter view and
// the keys a clicker sends (issue 14 §1).
import { sharedInput, worldShare } from '../../core/share/index';
import { presenterStore } from '../../store/presenter';
import { momentAt } from '../../store/presenterStops';
import { ALL_SCENARIOS, simulatorStore, toWorldInput } from '../../store/simulator';
import { AUDIENCE_HASH } from '../shell/routes';
import { shareUrl } from '../share/link';
import { broadcastAsPresenter } from './channel';

let broadcasting: (() => void) | undefined;
/** Waiting for the window just opened to say hello; when it never does, the audience comes here. */
let awaiting: ReturnType<typeof setTimeout> | undefined;
/** How long a new audience window has to say hello: well inside the few seconds a click lets a page go full screen. */
const HELLO_WITHIN = 2500;

const startBroadcast = () =>
  (broadcasting ??= broadcastAsPresenter(() => {
    clearTimeout(awaiting);
    awaiting = undefined;
  }));

/**
 * Opens the audience window; where none opens (a blocked popup: no hello
 * comes back), this tab shows the audience view full screen instead. Either
 * way this window owns the state and sends it. `noopener` gives the audience
 * a browsing context of its own, so its replay does not wait for this
 * window's main thread (same-origin windows that can script each other share one).
 */
export function present(): void {
  startBroadcast();
  presenterStore.getState().setPresenting(true, presenterStore.getState().inline);
  const url = `${location.href.replace(/#.*$/, '')}${AUDIENCE_HASH}`;
  window.open(url, '_blank', 'noopener,popup,width=1280,height=720');
  clearTimeout(awaiting);
  awaiting = setTimeout(() => showHere(true), HELLO_WITHIN);
}

/** The audience view in this tab (one screen, popups blocked), or back to the presenter's. */
export function showHere(on: boolean): void {
  startBroadcast();
  presenterStore.getState().setPresenting(true, on);
  // Full screen needs the gesture that called this; where it is refused the view still fills the tab.
  if (on) void document.documentElement.requestFullscreen?.().catch(() => undefined);
  else if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

/** Where the room waits for a reveal, if it does. */
function asking() {
  const s = simulatorStore.getState();
  const moment = momentAt(s.timeline, s.position, presenterStore.getState());
  return moment?.kind === 'asking' ? moment.stop : undefined;
}

export const canReveal = (): boolean => asking() !== undefined;

/** The real reply, on both screens: the stop is marked answered, and the world moves onto the reply's event. */
export function reveal(): void {
  const stop = asking();
  if (!stop) return;
  presenterStore.getState().reveal(stop.replyAt);
  simulatorStore.getState().seek(stop.replyAt);
}

/** Next: at a question, the answer; else one event on. */
export function next(): void {
  if (asking()) reveal();
  else simulatorStore.getState().stepBy(1);
}

export function previous(): void {
  simulatorStore.getState().stepBy(-1);
}

/** The position as a link, added to the presenter's list of snapshots: in a lesson, a link to the lesson step. */
export async function snapshot(): Promise<void> {
  const s = simulatorStore.getState();
  if (s.visiting?.kind === 'lesson') {
    // Loaded on demand, so the Simulator's bundle holds no lessons.
    const { lessonStepShare } = await import('../../store/shareLesson');
    presenterStore.getState().addSnapshot(s.position, await shareUrl(lessonStepShare(), location.href));
    return;
  }
  const start = ALL_SCENARIOS.find((sc) => sc.id === s.scenarioId)!;
  const state = worldShare({
    start,
    seed: 1,
    acts: s.acts.map((a) => ({ at: a.at, input: sharedInput(toWorldInput(a.input)) })),
    position: s.position,
    host: s.selectedHost,
    layers: s.layers,
    eavesdropper: s.eavesdropper,
  });
  presenterStore.getState().addSnapshot(s.position, await shareUrl(state, location.href));
}
