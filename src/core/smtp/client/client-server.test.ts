// The client machine meets the server machine in memory, bytes pumped both
// ways in arbitrary chunks: whatever the envelope and content, the server
// delivers exactly what the client was given (issue 3, §4).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPolicy, type ServerPolicy } from '../policy';
import { openSession, stepSession } from '../server/session';
import type { ServerEffect } from '../server/types';
import type { Envelope } from '../types';
import { startClient, stepClient } from './session';
import type { ClientInput, ClientOptions, ClientReport } from './types';

type Message = { envelope: Envelope; content: Uint8Array };

const latin1 = (b: Uint8Array) => String.fromCharCode(...b);

/** Cuts a byte stream into pieces of the given sizes, used in turn. */
function chunker(sizes: number[]) {
  let k = 0;
  return (bytes: Uint8Array): Uint8Array[] => {
    const out: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; ) {
      const n = sizes.length ? sizes[k++ % sizes.length]! : bytes.length;
      out.push(bytes.subarray(i, i + n));
      i += n;
    }
    return out;
  };
}

/**
 * Runs one connection to its end: the first message is in the options, the
 * rest follow on the same connection (keepOpen) as each report arrives.
 */
function converse(options: ClientOptions, more: Message[], sizes: number[], policy: ServerPolicy): { reports: ClientReport[]; effects: ServerEffect[]; mails: string[] } {
  const cut = chunker(sizes);
  const queue = [...more];
  let server = openSession(policy, { address: '192.0.2.10', reverseName: 'mail.alice.example' }, 1_700_000_000_000);
  let client = startClient(options);
  const effects: ServerEffect[] = [];
  const reports: ClientReport[] = [];
  const mails: string[] = [];
  let handshake = false;
  const input = (i: ClientInput): Uint8Array[] => {
    client = stepClient(client.state, i);
    handshake ||= client.effects.some((x) => x.type === 'start-tls');
    mails.push(...client.records.filter((r) => r.verb === 'MAIL').map((r) => r.text));
    const out = [client.output];
    if (client.report) {
      reports.push(client.report);
      if (client.state.phase === 'idle') {
        const next = queue.shift();
        out.push(...input(next ? { type: 'send', ...next } : { type: 'quit' }));
      }
    }
    return out;
  };
  let toClient = server.output;
  for (let turn = 0; turn < 400 && client.state.phase !== 'done'; turn++) {
    const sent = cut(toClient).flatMap((bytes) => input({ type: 'bytes', bytes }));
    if (server.closed) input({ type: 'closed' });
    if (handshake) {
      // Both ends asked for the (simulated) TLS upgrade; the hosts complete it.
      handshake = false;
      server = stepSession(server.state, { type: 'tls-established', now: 1_700_000_000_000 + turn });
      sent.push(...input({ type: 'tls-established' }));
    }
    const replies: Uint8Array[] = [];
    for (const piece of cut(Uint8Array.from(sent.flatMap((b) => [...b])))) {
      server = stepSession(server.state, { type: 'bytes', bytes: piece, now: 1_700_000_000_000 + turn });
      // The server's start-tls is the hand-shake the harness completes below.
      effects.push(...server.effects.filter((x) => x.type !== 'start-tls'));
      replies.push(server.output);
    }
    toClient = Uint8Array.from(replies.flatMap((b) => [...b]));
  }
  return { reports, effects, mails };
}

/** What the server prepends on delivery: Return-Path: and the Received: field with its folded lines. */
function withoutTrace(content: Uint8Array): string {
  return latin1(content).replace(/^Return-Path: [^\r\n]*\r\n/, '').replace(/^Received: [^\r\n]*\r\n(?:[ \t][^\r\n]*\r\n)*/, '');
}

/** dotStuff's promise: bare CR and LF become CRLF, and the content ends with a line break. */
function normalised(content: Uint8Array): string {
  const s = latin1(content).replace(/\r\n|\r|\n/g, '\r\n');
  return s === '' || s.endsWith('\r\n') ? s : `${s}\r\n`;
}

const LOCAL: Record<string, string[]> = {
  'bob@bob.example': ['bob'],
  'carol@bob.example': ['carol'],
  'staff@bob.example': ['bob', 'carol'],
};
const ADDRESSES = [...Object.keys(LOCAL), 'nobody@bob.example', 'dave@remote.example'];

const body = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.array(fc.constantFrom('.', '..', '\r\n', '\n', '\r', 'text', ' ', '\u00e9', 'From x', '\t'), { maxLength: 80 }).map((p) => new Uint8Array([...p.join('')].map((c) => c.charCodeAt(0)))),
);

const message = fc.record({
  mailFrom: fc.constantFrom('', 'alice@alice.example', 'a.b+tag@sub.alice.example'),
  rcpts: fc.uniqueArray(fc.constantFrom(...ADDRESSES), { minLength: 1, maxLength: 5 }),
  body,
});

const scenario = fc.record({
  messages: fc.array(message, { minLength: 1, maxLength: 3 }),
  auth: fc.option(fc.constantFrom('LOGIN' as const, 'PLAIN' as const), { nil: undefined }),
  usePipelining: fc.boolean(),
  startTls: fc.constantFrom('never' as const, 'if-offered' as const, 'require' as const),
  serverTls: fc.boolean(),
  sizes: fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 6 }),
});

describe('client machine against server machine', () => {
  it('delivers any envelopes and contents exactly, however the bytes are cut (property)', () => {
    fc.assert(
      fc.property(scenario, ({ messages, auth, usePipelining, startTls, serverTls, sizes }) => {
        const sent: Message[] = messages.map(({ mailFrom, rcpts, body: raw }) => ({
          envelope: { mailFrom, mailParams: [], rcptTo: rcpts.map((address) => ({ address, params: [] })) },
          // A header first, so that stripping the server's trace fields cannot eat content.
          content: new Uint8Array([...'Subject: t\r\n'].map((c) => c.charCodeAt(0)).concat([...raw])),
        }));
        const [first, ...more] = sent;
        const options: ClientOptions = { heloName: 'mail.alice.example', ...first!, usePipelining, startTls, keepOpen: more.length > 0 };
        if (auth) options.auth = { mechanism: auth, username: 'alice', password: 'wonderland' };
        const policy: ServerPolicy = { ...defaultPolicy, extensions: { ...defaultPolicy.extensions, startTls: serverTls } };
        const { reports, effects, mails } = converse(options, more, sizes, policy);

        expect(reports).toHaveLength(sent.length);
        if (startTls === 'require' && !serverTls) {
          // Nothing may go in clear text: every message waits for a server with TLS.
          expect(reports.flatMap((r) => r.recipients.map((x) => `${x.status} ${x.reply.code}`))).toEqual(sent.flatMap((m) => m.envelope.rcptTo.map(() => 'deferred 454')));
          expect(effects).toEqual([{ type: 'close' }]);
          return;
        }
        // RFC 1870 §3: SIZE= is exactly the octets sent, less stuffing and terminator.
        expect(mails.map((m) => Number(/ SIZE=(\d+)/.exec(m)![1]))).toEqual(sent.map((m) => normalised(m.content).length));
        const accepted = (a: string) => a in LOCAL || (a === 'dave@remote.example' && auth !== undefined);
        let e = 0;
        sent.forEach(({ envelope, content }, i) => {
          const rcpts = envelope.rcptTo.map((r) => r.address);
          expect(reports[i]!.recipients.map((r) => [r.address, r.status])).toEqual(rcpts.map((a) => [a, accepted(a) ? 'delivered' : 'failed']));
          // The server's effects for this message come together, in order.
          const mailboxes = new Set(rcpts.flatMap((a) => (accepted(a) ? (LOCAL[a] ?? []) : [])));
          const relays = rcpts.includes('dave@remote.example') && auth ? 1 : 0;
          const mine = effects.slice(e, e + mailboxes.size + relays);
          e += mine.length;
          expect(new Set(mine.filter((x) => x.type === 'deliver').map((x) => x.mailbox))).toEqual(mailboxes);
          expect(mine.filter((x) => x.type === 'relay')).toHaveLength(relays);
          for (const x of mine) {
            if (x.type !== 'deliver' && x.type !== 'relay') throw new Error(`unexpected ${x.type}`);
            expect(withoutTrace(x.content)).toBe(normalised(content));
            expect(x.envelope.mailFrom).toBe(envelope.mailFrom);
          }
        });
        expect(effects.slice(e)).toEqual([{ type: 'close' }]);
      }),
      { numRuns: 300 },
    );
  });
});
