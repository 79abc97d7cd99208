// When a connection of the loopback MTA is cut for being too slow: a
// deadline, not an idle timer (Postfix's smtpd_timeout with
// smtpd_per_record_deadline), so a byte does not buy more time and a client
// dripping one byte a second cannot hold a connection (slowloris). Pure, so
// the rule can be checked against any timing of any byte stream.
import type { ServerStep } from '../../core/index';

export type Phase = 'line' | 'data';

/** The deadline running: the next command line must be whole, or the DATA phase over, by `due` (ms). */
export type Deadline = { phase: Phase; due: number };

export type DeadlineLimits = { lineDeadline: number; dataDeadline: number };

/** Whether the step read a whole command line (DATA content and the simulated TLS bytes are not command lines). */
export function completesCommandLine(step: ServerStep): boolean {
  return step.records.some((r) => r.from === 'client' && r.kind !== 'data' && r.kind !== 'tls');
}

/**
 * The deadline after a step taken at `now`: a command line must be whole
 * within lineDeadline of the last one (or of the greeting, or of the end of
 * DATA); the DATA phase, from 354 to the final dot, within dataDeadline as a
 * whole. The same object back means the running deadline stands.
 */
export function nextDeadline(running: Deadline | undefined, inData: boolean, lineDone: boolean, now: number, limits: DeadlineLimits): Deadline {
  const phase: Phase = inData ? 'data' : 'line';
  if (running?.phase === phase && (phase === 'data' || !lineDone)) return running;
  return { phase, due: now + (phase === 'data' ? limits.dataDeadline : limits.lineDeadline) * 1000 };
}
