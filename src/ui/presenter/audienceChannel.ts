// The audience's end of the presenter's channel (channel.ts). Apart from the
// presenter's end because it rebuilds lessons' worlds, which needs the
// curriculum: the Simulator's chunk, which presents, stays without it.
import { lessonWorld } from '../../store/lessonWorld';
import { presenterStore } from '../../store/presenter';
import { replayActs } from '../../store/simulatorAudience';
import { CHANNEL, type PresenterMessage } from './channel';

/** The audience's side: replays what comes, and asks for everything when it opens or falls behind. */
export function listenAsAudience(onShown?: (sent: number) => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent<PresenterMessage>) => {
    const m = e.data;
    if (m?.type !== 'state') return;
    if (!replayActs(m.replay, lessonWorld)) return channel.postMessage({ type: 'hello' } satisfies PresenterMessage);
    presenterStore.getState().receive(m.stage);
    onShown?.(m.sent);
  };
  channel.postMessage({ type: 'hello' } satisfies PresenterMessage);
  return () => channel.close();
}
