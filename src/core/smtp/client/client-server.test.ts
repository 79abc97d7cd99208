// The client machine meets the server machine in memory, bytes pumped both
// ways in arbitrary chunks: whatever the envelope and content, the server
// delivers exactly what the client was given (issue 3, §4).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../policy';
import { openSession, stepSession } from '../server/session';
import type { ServerEffect } from '../server/types';
import type { Envelope } from '../types';
import { startClient, stepClient } from './session';
import type { ClientOptions, ClientReport } from './types';

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

function converse(options: ClientOptions, sizes: number[]): { report?: ClientReport; effects: ServerEffect[] } {
  const cut = chunker(sizes);
  let server = openSession(defaultPolicy, { address: '192.0.2.10', reverseName: 'mail.alice.example' }, 1_700_000_000_000);
  let client = startClient(options);
  const effects: ServerEffect[] = [];
  let report: ClientReport | undefined;
  let toClient = server.output;
  let toServer: Uint8Array = client.output;
  for (let turn = 0; turn < 200 && !report; turn++) {
    const sent: Uint8Array[] = [];
    for (const piece of cut(toClient)) {
      client = stepClient(client.state, { type: 'bytes', bytes: piece });
      sent.push(client.output);
      report ??= client.report;
    }
    if (server.closed && !report) {
      client = stepClient(client.state, { type: 'closed' });
      report = client.report;
    }
    toServer = Uint8Array.from(sent.flatMap((b) => [...b]));
    const replies: Uint8Array[] = [];
    for (const piece of cut(toServer)) {
      server = stepSession(server.state, { type: 'bytes', bytes: piece, now: 1_700_000_000_000 + turn });
      effects.push(...server.effects);
      replies.push(server.output);
    }
    toClient = Uint8Array.from(replies.flatMap((b) => [...b]));
  }
  return { report, effects };
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

const scenario = fc.record({
  mailFrom: fc.constantFrom('', 'alice@alice.example', 'a.b+tag@sub.alice.example'),
  rcpts: fc.uniqueArray(fc.constantFrom(...ADDRESSES), { minLength: 1, maxLength: 5 }),
  body,
  auth: fc.option(fc.constantFrom('LOGIN' as const, 'PLAIN' as const), { nil: undefined }),
  usePipelining: fc.boolean(),
  sizes: fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 6 }),
});

describe('client machine against server machine', () => {
  it('delivers any envelope and content exactly, however the bytes are cut (property)', () => {
    fc.assert(
      fc.property(scenario, ({ mailFrom, rcpts, body: raw, auth, usePipelining, sizes }) => {
        // A header first, so that stripping the server's trace fields cannot eat content.
        const content = new Uint8Array([...'Subject: t\r\n'].map((c) => c.charCodeAt(0)).concat([...raw]));
        const envelope: Envelope = { mailFrom, mailParams: [], rcptTo: rcpts.map((address) => ({ address, params: [] })) };
        const options: ClientOptions = { heloName: 'mail.alice.example', envelope, content, usePipelining };
        if (auth) options.auth = { mechanism: auth, username: 'alice', password: 'wonderland' };
        const { report, effects } = converse(options, sizes);

        expect(report, 'the session ends with a report').toBeDefined();
        const accepted = (a: string) => a in LOCAL || (a === 'dave@remote.example' && auth !== undefined);
        expect(report!.recipients.map((r) => [r.address, r.status])).toEqual(rcpts.map((a) => [a, accepted(a) ? 'delivered' : 'failed']));

        const want = normalised(content);
        const mailboxes = new Set(rcpts.flatMap((a) => (accepted(a) ? (LOCAL[a] ?? []) : [])));
        const delivered = effects.filter((e) => e.type === 'deliver');
        expect(new Set(delivered.map((e) => e.mailbox))).toEqual(mailboxes);
        const relayed = effects.filter((e) => e.type === 'relay');
        expect(relayed.length).toBe(rcpts.includes('dave@remote.example') && auth ? 1 : 0);
        for (const e of [...delivered, ...relayed]) {
          expect(withoutTrace(e.content)).toBe(want);
          expect(e.envelope.mailFrom).toBe(mailFrom);
        }
      }),
      { numRuns: 300 },
    );
  });
});
