import { useStore } from 'zustand';
import { CONTENT, GREETING } from '../../core/lessons/check';
import { presenterStore, type PresenterState } from '../../store/presenter';
import { stopAt, type ReplyStop } from '../../store/presenterStops';
import { useSimulator } from '../simulator/useSimulator';

export function usePresenter<T>(selector: (s: PresenterState) => T): T {
  return useStore(presenterStore, selector);
}

/**
 * Where the room stands in a prediction: `asking` before a reply not yet
 * revealed (the world waits one event short of it), `answered` just after a
 * revealed one; only with `Predict every reply` on.
 */
export type Moment = { kind: 'asking' | 'answered'; stop: ReplyStop } | undefined;

export function useMoment(): Moment {
  const timeline = useSimulator((s) => s.timeline);
  const position = useSimulator((s) => s.position);
  const on = usePresenter((s) => s.predictEvery);
  const revealed = usePresenter((s) => s.revealed);
  if (!on) return undefined;
  const ahead = stopAt(timeline, position);
  if (ahead && !revealed.includes(ahead.replyAt)) return { kind: 'asking', stop: ahead };
  const behind = position > 0 ? stopAt(timeline, position - 1) : undefined;
  if (behind && revealed.includes(behind.replyAt)) return { kind: 'answered', stop: behind };
  return undefined;
}

/** The reply as its first line reads on the wire: `250 2.1.5 Ok`. */
export function replyLine(stop: ReplyStop): string {
  const r = stop.exchange.reply;
  return [r.code, r.enhanced, r.lines[0]].filter((x) => x !== undefined && x !== '').join(' ');
}

/** What the client sent that the reply answers, as the room should read it: after DATA's content it is the lone dot (RFC 5321 §4.1.1.4); a greeting answers the connection itself (§3.1). */
export function commandLine(stop: ReplyStop): string {
  const e = stop.exchange;
  if (e.command === CONTENT) return '. (the end of the message)';
  if (e.command === GREETING) return '(connects to port 25 and waits)';
  return e.line || e.command;
}
