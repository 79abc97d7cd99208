// Drives the server machine in tests: open a session, feed it lines or raw
// chunks, and read back reply codes, output text and effects.
import { latin1String } from '../../../codec/ascii';
import { defaultPolicy, type ServerPolicy } from '../../policy';
import type { PeerInfo } from '../../types';
import { openSession, stepSession } from '../session';
import type { ServerEffect, ServerSession, ServerStep } from '../types';

export const PEER: PeerInfo = { address: '192.0.2.10', reverseName: 'client.alice.example' };
export const NOW = Date.UTC(2026, 10, 25, 9, 44, 44);

const encoder = new TextEncoder();

export type PolicyOverrides = Partial<Omit<ServerPolicy, 'extensions' | 'relay'>> & {
  extensions?: Partial<ServerPolicy['extensions']>;
  relay?: Partial<ServerPolicy['relay']>;
};

export function policyWith(o: PolicyOverrides = {}): ServerPolicy {
  return {
    ...defaultPolicy,
    ...o,
    extensions: { ...defaultPolicy.extensions, ...o.extensions },
    relay: { ...defaultPolicy.relay, ...o.relay },
  };
}

export type Conversation = {
  state: ServerSession;
  steps: ServerStep[];
  /** Every reply code of every step after the greeting, in order. */
  codes: number[];
  output: string;
  effects: ServerEffect[];
  closed: boolean;
};

/** Opens a session and feeds each chunk as one 'bytes' input. */
export function converse(chunks: (string | Uint8Array)[], options: { policy?: PolicyOverrides; peer?: PeerInfo } = {}): Conversation {
  const open = openSession(policyWith(options.policy), options.peer ?? PEER, NOW);
  let state = open.state;
  const steps: ServerStep[] = [];
  for (const chunk of chunks) {
    const step = stepSession(state, { type: 'bytes', bytes: typeof chunk === 'string' ? encoder.encode(chunk) : chunk, now: NOW });
    steps.push(step);
    state = step.state;
  }
  return {
    state,
    steps,
    codes: steps.flatMap((s) => s.replies.map((r) => r.code)),
    output: steps.map((s) => latin1String(s.output)).join(''),
    effects: steps.flatMap((s) => s.effects),
    closed: state.mode === 'closed',
  };
}

/** Sends each line with its CRLF as its own chunk, like a client waiting for every reply. */
export function talk(lines: string[], options: { policy?: PolicyOverrides; peer?: PeerInfo } = {}): Conversation {
  return converse(
    lines.map((l) => `${l}\r\n`),
    options,
  );
}

/** The code of the last reply. */
export function lastCode(c: Conversation): number | undefined {
  return c.codes[c.codes.length - 1];
}

export function text(bytes: Uint8Array): string {
  return latin1String(bytes);
}
