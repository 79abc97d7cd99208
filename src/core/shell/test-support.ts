// Shared by the shell's tests: a workstation's context and a runner that
// answers DNS requests from a small zone as the world would.
import { mboxEntry } from '../mbox/index';
import { lookup, type Zone } from '../dns/index';
import { newShell, stepShell } from './shell';
import type { ShellContext, ShellInput, ShellRequest, ShellState } from './types';

export const zone: Zone = {
  negativeTtl: 300,
  records: [
    { type: 'MX', name: 'bob.example', ttl: 3600, preference: 10, exchange: 'mx1.bob.example' },
    { type: 'MX', name: 'bob.example', ttl: 3600, preference: 20, exchange: 'mx2.bob.example' },
    { type: 'A', name: 'mx1.bob.example', ttl: 3600, address: '198.51.100.25' },
    { type: 'PTR', name: '25.100.51.198.in-addr.arpa', ttl: 3600, target: 'mx1.bob.example' },
  ],
};

export const enc = (s: string) => new TextEncoder().encode(s);
export const message = enc('From: Alice <alice@alice.example>\r\nSubject: Lunch?\r\n\r\nHi Bob\r\n');

export function ctx(change: Partial<ShellContext> = {}): ShellContext {
  return {
    hostname: 'ws.alice.example',
    now: 1_000_000,
    hasMta: false,
    canSend: true,
    users: ['alice'],
    mailboxes: { alice: mboxEntry('bob@bob.example', Date.UTC(2026, 10, 25, 9, 44, 45), message) },
    queue: [],
    mailLog: [],
    nameServer: { name: 'ns.example', address: '203.0.113.53' },
    ...change,
  };
}

/** Runs inputs through the shell, answering DNS requests from the zone as the world would. */
export function run(lines: (string | ShellInput)[], c: ShellContext = ctx(), start: ShellState = newShell('alice', 'ws.alice.example')) {
  let state = start;
  let output = '';
  const requests: ShellRequest[] = [];
  for (const l of lines) {
    const step = stepShell(state, typeof l === 'string' ? { type: 'line', line: l } : l, { ...c, now: c.now + 12 });
    state = step.state;
    output += step.output;
    for (const r of step.requests) {
      requests.push(r);
      if (r.type === 'resolve') {
        const answered = stepShell(state, { type: 'dns', question: r.question, answer: lookup(zone, r.question) }, { ...c, now: c.now + 12 });
        state = answered.state;
        output += answered.output;
      }
    }
  }
  return { state, output, requests };
}

