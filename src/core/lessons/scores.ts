// Golf scores for challenges (LESSONS.md "SMTP golf"): counted from the log,
// never from keystrokes, so a score is what the world saw. Each takes the
// host whose work is scored (the learner's), or counts every host.
import type { WorldEvent } from '../net/index';
import { shellFailed } from './shell-failure';
import type { LessonView } from './view';

/** Each connection's client, from its SYN (RFC 793 §3.4: the client opens). */
function clients(log: readonly WorldEvent[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of log) if (e.kind === 'syn' && e.connection) out.set(e.connection, e.from);
  return out;
}

function* clientSegments(log: readonly WorldEvent[], client?: string): Generator<{ e: WorldEvent; fromClient: boolean }> {
  const of = clients(log);
  for (const e of log) {
    if (e.layer !== 'smtp' || e.kind !== 'segment' || !e.connection) continue;
    const c = of.get(e.connection);
    if (c === undefined || (client !== undefined && c !== client)) continue;
    yield { e, fromClient: e.from === c };
  }
}

/** Shell lines typed at the prompt that did not fail. */
export function shellLinesOk(view: LessonView, host?: string): number {
  return view.shell.filter((r) => (host === undefined || r.host === host) && !shellFailed(r)).length;
}

/** SMTP lines the client sent (commands and content lines alike). */
export function smtpLinesSent(log: readonly WorldEvent[], client?: string): number {
  let n = 0;
  for (const { e, fromClient } of clientSegments(log, client)) if (fromClient) for (const b of e.bytes) if (b === 0x0a) n++;
  return n;
}

/**
 * Round trips waited for: on each connection the greeting, then every time
 * the server answers after the client has sent something since its last
 * answer (pipelined commands share one, RFC 2920 §3).
 */
export function roundTrips(log: readonly WorldEvent[], client?: string): number {
  const waiting = new Map<string, boolean>();
  let n = 0;
  for (const { e, fromClient } of clientSegments(log, client)) {
    const id = e.connection!;
    if (fromClient) waiting.set(id, true);
    else if (waiting.get(id) ?? true) {
      n++;
      waiting.set(id, false);
    }
  }
  return n;
}

/** Bytes on the wire in the SMTP segments of the client's connections, both directions. */
export function bytesOnWire(log: readonly WorldEvent[], client?: string): number {
  let n = 0;
  for (const { e } of clientSegments(log, client)) n += e.bytes.length;
  return n;
}
