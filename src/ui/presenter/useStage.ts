import { useStore } from 'zustand';
import { CONTENT, GREETING } from '../../core/lessons/check';
import { presenterStore, type PresenterState } from '../../store/presenter';
import { momentAt, type Moment, type ReplyStop } from '../../store/presenterStops';
import { useSimulator } from '../simulator/useSimulator';

export function usePresenter<T>(selector: (s: PresenterState) => T): T {
  return useStore(presenterStore, selector);
}

export type { Moment } from '../../store/presenterStops';

export function useMoment(): Moment {
  const timeline = useSimulator((s) => s.timeline);
  const position = useSimulator((s) => s.position);
  const predictEvery = usePresenter((s) => s.predictEvery);
  const revealed = usePresenter((s) => s.revealed);
  const lesson = usePresenter((s) => s.lesson);
  return momentAt(timeline, position, { predictEvery, revealed, lesson });
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
