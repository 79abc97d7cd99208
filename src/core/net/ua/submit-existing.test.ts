import { describe, expect, it } from 'vitest';
import { HOSTS, defaultWorldSpec } from '../world/index';
import { mailboxBytes } from '../mta/index';
import { parseMbox } from '../../mbox/index';
import { createWorld } from '../step';
import { readEnvelope } from './submit-existing';
import { input, play, startTimeline, type Timeline } from '../timeline';

const bytes = (text: string) => new TextEncoder().encode(text.replace(/\n/g, '\r\n'));
const text = (b: Uint8Array) => new TextDecoder().decode(b);

const withBcc = bytes(
  [
    'From: Alice <alice@alice.example>',
    'To: Bob <bob@bob.example>',
    'Cc: "Doe, Jane" <jane@x.example>',
    'Bcc: carol@bob.example,',
    ' Dave <dave@x.example>',
    'Subject: Quiet copy',
    'Message-ID: <quiet@ws.alice.example>',
    '',
    'Carol is copied without Bob knowing.',
    '',
  ].join('\n'),
);

function submitted(content: Uint8Array): Timeline {
  return play(input(startTimeline(createWorld(defaultWorldSpec(), 1)), { type: 'submit', host: HOSTS.ws, content }));
}

const mails = (tl: Timeline, user: string) => parseMbox(mailboxBytes(tl.world.hosts[HOSTS.mailhost]!, user) ?? new Uint8Array(0)).entries;

describe('readEnvelope: the envelope from the headers, as sendmail -t reads it', () => {
  it('MAIL FROM from From:, RCPT TO from To, Cc and Bcc, the Bcc field removed whole', () => {
    const r = readEnvelope(withBcc);
    if (!r.ok) throw new Error(r.reason);
    expect(r.envelope.mailFrom).toBe('alice@alice.example');
    expect(r.envelope.rcptTo.map((x) => x.address)).toEqual(['bob@bob.example', 'jane@x.example', 'carol@bob.example', 'dave@x.example']);
    expect(r.senderField).toBe('From');
    expect(text(r.content).split('\r\n\r\n')[0]).not.toMatch(/bcc|carol|dave/i);
    expect(text(r.content)).toContain('Cc: "Doe, Jane" <jane@x.example>\r\nSubject: Quiet copy\r\n');
  });

  it('Sender: wins over From: for MAIL FROM (RFC 5322 §3.6.2); a recipient named twice is sent once', () => {
    const r = readEnvelope(bytes('From: a@x.example, b@x.example\nSender: sec@x.example\nTo: bob@bob.example\nCc: bob@bob.example\n\nhi\n'));
    if (!r.ok) throw new Error(r.reason);
    expect(r.envelope.mailFrom).toBe('sec@x.example');
    expect(r.envelope.rcptTo).toEqual([{ address: 'bob@bob.example', params: [] }]);
  });

  it('a message saved from a mailbox loses its old Return-Path: only final delivery writes one (RFC 5321 §4.4)', () => {
    const r = readEnvelope(bytes('Return-Path: <alice@alice.example>\nFrom: alice@alice.example\nTo: bob@bob.example\n\nhi\n'));
    if (!r.ok) throw new Error(r.reason);
    expect(r.hadReturnPath).toBe(true);
    expect(text(r.content)).toBe('From: alice@alice.example\r\nTo: bob@bob.example\r\n\r\nhi\r\n');
  });

  it('no recipient, or no From, is a reason, not an exception', () => {
    const none = readEnvelope(bytes('From: alice@alice.example\nTo: undisclosed-recipients:;\n\nhi\n'));
    expect(none).toMatchObject({ ok: false, reason: 'the message has no recipient', rfc: 'RFC 5321 §3.3' });
    expect(readEnvelope(bytes('To: bob@bob.example\n\nhi\n'))).toMatchObject({ ok: false, rfc: 'RFC 5322 §3.6.2' });
  });
});

describe('submitting an existing message', () => {
  it('travels like a composed one and lands in the mailboxes, Bcc in the envelope only', () => {
    const tl = submitted(withBcc);
    const first = tl.log[0]!;
    expect(first).toMatchObject({ layer: 'ua', kind: 'submit', rfc: 'RFC 5322 §3.6.3', messageId: '<quiet@ws.alice.example>' });
    expect(first.explanation).toContain('The Bcc: field is removed');
    expect(first.summary).toBe('ws.alice.example: submit "Quiet copy" to bob@bob.example, jane@x.example, carol@bob.example, dave@x.example');
    const [bob] = mails(tl, 'bob');
    const [carol] = mails(tl, 'carol');
    expect(text(bob!.content)).toContain('Carol is copied without Bob knowing.');
    expect(text(carol!.content)).not.toMatch(/^Bcc:/im);
    expect(carol!.sender).toBe('alice@alice.example');
    const rcpts = tl.log.filter((e) => e.kind === 'segment' && e.to === HOSTS.mailhost).map((e) => text(e.bytes)).join('');
    expect(rcpts).toContain('RCPT TO:<carol@bob.example>');
  });

  it('8-bit content arrives byte for byte (8BITMIME on every hop, RFC 6152)', () => {
    const koi8 = new Uint8Array([...bytes('From: olga@alice.example\nTo: bob@bob.example\nSubject: 8bit\nContent-Type: text/plain; charset=koi8-r\nContent-Transfer-Encoding: 8bit\n\n'), 0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4, 0x0d, 0x0a]);
    const [bob] = mails(submitted(koi8), 'bob');
    const body = bob!.content.subarray(bob!.content.length - 8);
    expect([...body]).toEqual([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4, 0x0d, 0x0a]);
  });

  it('no recipient: one UA event saying why, and nothing else happens', () => {
    const tl = submitted(bytes('From: alice@alice.example\nSubject: to nobody\n\nhi\n'));
    expect(tl.log).toHaveLength(1);
    expect(tl.log[0]).toMatchObject({ layer: 'ua', kind: 'submit-failed', summary: 'ws.alice.example: not sent: the message has no recipient' });
  });

  it('garbage bytes are data: a reason, never an exception', () => {
    const garbage = Uint8Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256);
    const tl = submitted(garbage);
    expect(tl.log).toHaveLength(1);
    expect(tl.log[0]).toMatchObject({ kind: 'submit-failed', summary: 'ws.alice.example: not sent: the message has no From: address' });
    expect(submitted(new Uint8Array(0)).log[0]!.kind).toBe('submit-failed');
  });

  it('a host with nowhere to submit says so', () => {
    const tl = play(input(startTimeline(createWorld(defaultWorldSpec(), 1)), { type: 'submit', host: HOSTS.ns, content: withBcc }));
    expect(tl.log.map((e) => e.kind)).toEqual(['compose-failed']);
  });
});
