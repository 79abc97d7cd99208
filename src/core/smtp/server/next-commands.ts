// What a server session lets the client do next, read from the machine
// itself rather than from a textbook table: its state, the extensions its
// EHLO answer offered, and whether it is still open. The session diagram
// shows this, so it never promises a command the server would refuse.
import { COMMANDS, type CommandSpec, type SmtpState } from '../commands';
import { ehloKeywords } from '../policy';
import { smtpState } from './commands';
import type { ServerSession } from './types';

/** Where a session stands, as the diagram lights it. */
export type SessionPhase = SmtpState | 'data' | 'closed';

export type NextCommands = {
  phase: SessionPhase;
  /** Commands the server would take up now; empty while it is not reading commands. */
  allowed: readonly CommandSpec[];
  /** What the server reads instead of commands, when it is not reading commands at all. */
  awaiting?: 'content' | 'sasl-response' | 'tls-handshake';
};

/**
 * The extension keywords of the EHLO answer in force. A HELO greeting offers
 * none, and the TLS hand-shake forgets the earlier answer (RFC 3207 §4.2),
 * so only a session greeted by EHLO since has any; the policy and TLS state
 * it was answered with are the session's own, so the answer is recomputed
 * exactly.
 */
export function offeredExtensions(s: ServerSession): string[] {
  if (s.greeted !== 'ehlo') return [];
  return ehloKeywords(s.policy, s.tls).map((line) => line.split(' ')[0] ?? line);
}

export function nextCommands(s: ServerSession): NextCommands {
  if (s.mode === 'closed') return { phase: 'closed', allowed: [] };
  if (s.mode === 'data') return { phase: 'data', allowed: [], awaiting: 'content' };
  const phase = smtpState(s);
  if (s.mode === 'auth') return { phase, allowed: [], awaiting: 'sasl-response' };
  if (s.mode === 'tls-pending') return { phase, allowed: [], awaiting: 'tls-handshake' };
  const offered = offeredExtensions(s);
  return { phase, allowed: COMMANDS.filter((c) => c.states.includes(phase) && takenUp(s, c.verb, offered)) };
}

/** Whether the server would answer the verb rather than refuse it as unknown, not offered or disabled. */
function takenUp(s: ServerSession, verb: string, offered: readonly string[]): boolean {
  const x = s.policy.extensions;
  switch (verb) {
    case 'EHLO':
      return x.esmtp;
    // RFC 3207 §4 and RFC 4954 §4: a client uses these only once the EHLO answer has offered them.
    case 'STARTTLS':
      return offered.includes('STARTTLS');
    case 'AUTH':
      return offered.includes('AUTH') && s.user === undefined;
    case 'HELP':
      return x.help;
    case 'VRFY':
      return s.policy.vrfy !== '502';
    case 'EXPN':
      return s.policy.expn !== '502';
    default:
      return true;
  }
}
