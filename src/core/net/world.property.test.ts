import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newShell, stepShell } from '../shell/shell';
import type { ShellContext } from '../shell/types';
import { defaultWorldSpec, HOSTS } from './world/index';
import { eventJson } from './world/index';
import { createWorld } from './step';
import { input, play, seek, startTimeline, type Timeline } from './timeline';

const hosts = Object.values(HOSTS);

const line = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('telnet mx1.bob.example 25', 'nc -C mailhost.bob.example 25', 'EHLO x', 'HELO ws.alice.example', 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<bob@bob.example>', 'RCPT TO:<nobody@bob.example>', 'DATA', '.', 'QUIT', 'RSET', 'VRFY bob', 'AUTH LOGIN', 'host -a bob.example', 'dig mx bob.example', 'mail -s x bob@bob.example', 'mail', 'mailq', 'useradd eve', 'ls /var/mail', 'tail -f /var/log/mail.log', 'grep -E "(" /var/log/mail.log', 'grep status', 'sudo apt install postfix', '\x03', '\x04', '\x1d'),
);

const action = fc.oneof(
  fc.record({ kind: fc.constant('shell' as const), host: fc.constantFrom(...hosts), line }),
  fc.record({ kind: fc.constant('fault' as const), host: fc.constantFrom(...hosts), down: fc.boolean(), greylist: fc.boolean(), starttls: fc.boolean(), no8bitmime: fc.boolean() }),
  fc.record({ kind: fc.constant('compose' as const), to: fc.constantFrom('bob@bob.example', 'carol@bob.example', 'nobody@bob.example', 'x@nowhere.example', 'not an address') }),
);

type Action = typeof action extends fc.Arbitrary<infer T> ? T : never;

function run(actions: Action[]): Timeline {
  let tl = startTimeline(createWorld(defaultWorldSpec(), 5));
  for (const a of actions) {
    if (a.kind === 'shell') tl = input(tl, { type: 'shell', host: a.host, line: a.line });
    else if (a.kind === 'fault') tl = input(tl, { type: 'faults', host: a.host, faults: { down: a.down, greylist: a.greylist, starttls: a.starttls, no8bitmime: a.no8bitmime } });
    else tl = input(tl, { type: 'compose', host: HOSTS.ws, draft: { to: [a.to], subject: 'p', text: 'q\n' } });
    tl = play(tl, { maxEvents: 400 });
  }
  return play(tl, { maxEvents: 4000 });
}

describe('the world under random inputs', () => {
  it('never throws, keeps its log in order, and seeking replays it exactly', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 12 }), (actions) => {
        const tl = run(actions);
        tl.log.forEach((e, i) => {
          expect(e.seq).toBe(i + 1);
          if (i) expect(e.time).toBeGreaterThanOrEqual(tl.log[i - 1]!.time);
        });
        const n = Math.floor(tl.log.length / 2);
        const middle = seek(tl, n);
        expect(middle.seq).toBe(n);
        // Replaying from a snapshot or from a nearer world reaches the same world as playing did.
        expect(seek(tl, tl.log.length)).toEqual(tl.world);
        expect(seek(tl, n, seek(tl, n - 1))).toEqual(middle);
        expect(run(actions).log.map(eventJson)).toEqual(tl.log.map(eventJson));
      }),
      { numRuns: 60 },
    );
  });
});

describe('the shell under random lines', () => {
  const ctx: ShellContext = { hostname: 'h.example', now: 0, hasMta: true, canSend: true, users: ['u'], mailboxes: {}, queue: [], mailLog: ['Nov 25 09:00:00 h postfix/smtpd[1]: connect from x[192.0.2.1]'], nameServer: { name: 'ns.example', address: '203.0.113.53' } };
  it('never throws and always ends where a prompt or a tool is waiting', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), line), { maxLength: 20 }), (lines) => {
        let s = newShell('u', 'h.example');
        for (const l of lines) {
          const step = stepShell(s, { type: 'line', line: l }, ctx);
          expect(typeof step.output).toBe('string');
          s = step.state;
        }
        expect(s.screen.startsWith('u@h.example:~$ ')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
