// AUTH LOGIN and PLAIN (RFC 4954, RFC 4616), and the STARTTLS upgrade (RFC 3207).
import { describe, expect, it } from 'vitest';
import { base64Encode } from '../../codec/base64';
import { AUTH_WARNING } from '../explanations';
import { converse, NOW, talk } from './test-support/talk';
import { stepSession } from './session';

const b64 = (s: string) => base64Encode(new TextEncoder().encode(s));
const EHLO = 'EHLO client.alice.example';

describe('AUTH LOGIN', () => {
  it('prompts for Username: and Password: in base64 and accepts the right ones', () => {
    const c = talk([EHLO, 'AUTH LOGIN', b64('alice'), b64('wonderland')]);
    expect(c.output.split('\r\n').slice(-4)).toEqual(['334 VXNlcm5hbWU6', '334 UGFzc3dvcmQ6', '235 2.7.0 Authentication successful', '']);
    expect(c.state.user).toBe('alice');
  });

  it('takes the user name as an initial response', () => {
    const c = talk([EHLO, `AUTH LOGIN ${b64('alice')}`, b64('wonderland')]);
    expect(c.codes.slice(1)).toEqual([334, 235]);
  });

  it('refuses a wrong password with 535 5.7.8 and lets the client try again', () => {
    const c = talk([EHLO, 'AUTH LOGIN', b64('alice'), b64('looking-glass'), 'AUTH LOGIN', b64('alice'), b64('wonderland')]);
    expect(c.codes.slice(1)).toEqual([334, 334, 535, 334, 334, 235]);
    expect(c.output).toContain('535 5.7.8 ');
  });

  it('cancels on "*" with 501', () => {
    const c = talk([EHLO, 'AUTH LOGIN', '*', 'NOOP']);
    expect(c.codes.slice(1)).toEqual([334, 501, 250]);
    expect(c.state.user).toBeUndefined();
  });

  it('answers bad base64 with 501 5.5.2 and leaves the exchange', () => {
    const c = talk([EHLO, 'AUTH LOGIN', 'not base64!', 'NOOP']);
    expect(c.codes.slice(1)).toEqual([334, 501, 250]);
    expect(c.output).toContain('501 5.5.2 ');
  });

  it('decodes each line in its explanation and warns it is not encryption', () => {
    const c = talk([EHLO, 'AUTH LOGIN', b64('alice'), b64('wonderland')]);
    const auth = c.steps.flatMap((s) => s.records).filter((r) => r.kind === 'auth');
    expect(auth.map((r) => r.explanation.meaning)).toEqual([expect.stringContaining('"alice"'), expect.stringContaining('"wonderland"')]);
    for (const r of auth) expect(r.explanation.meaning).toContain(AUTH_WARNING);
    const prompt = c.steps[1]!.records.find((r) => r.code === 334)!;
    expect(prompt.explanation.meaning).toContain('"Username:"');
  });
});

describe('AUTH PLAIN', () => {
  it('accepts credentials as an initial response', () => {
    expect(talk([EHLO, `AUTH PLAIN ${b64('\0alice\0wonderland')}`]).codes[1]).toBe(235);
  });

  it('sends an empty challenge "334 " without an initial response', () => {
    const c = talk([EHLO, 'AUTH PLAIN', b64('\0alice\0wonderland')]);
    expect(c.output).toContain('\r\n334 \r\n235 2.7.0 ');
  });

  it('accepts an authorization id equal to the user and refuses another', () => {
    expect(talk([EHLO, `AUTH PLAIN ${b64('alice\0alice\0wonderland')}`]).codes[1]).toBe(235);
    expect(talk([EHLO, `AUTH PLAIN ${b64('bob\0alice\0wonderland')}`]).codes[1]).toBe(535);
  });

  it('refuses a response without two NULs', () => {
    expect(talk([EHLO, `AUTH PLAIN ${b64('alice wonderland')}`]).codes[1]).toBe(535);
  });

  it('treats "=" as an empty initial response, which fails', () => {
    expect(talk([EHLO, 'AUTH PLAIN =']).codes[1]).toBe(535);
  });

  it('is refused inside a transaction', () => {
    expect(talk([EHLO, 'MAIL FROM:<a@a.example>', `AUTH PLAIN ${b64('\0alice\0wonderland')}`]).codes[2]).toBe(503);
  });

  it('explains the three PLAIN fields', () => {
    const c = talk([EHLO, `AUTH PLAIN ${b64('\0alice\0wonderland')}`]);
    expect(c.steps[1]!.records[0]!.explanation.meaning).toContain('user "alice", password "wonderland"');
  });

  it('gives 500 for an over-long response and leaves the exchange', () => {
    const c = converse([`${EHLO}\r\nAUTH PLAIN\r\n`, 'A'.repeat(7000), 'A'.repeat(7000), '\r\nNOOP\r\n']);
    expect(c.codes).toEqual([250, 334, 500, 250]);
  });
});

describe('STARTTLS', () => {
  const policy = { extensions: { startTls: true } };

  it('answers 220 2.0.0, asks the host to start TLS and drops what was pipelined behind it', () => {
    const c = converse([`${EHLO}\r\nSTARTTLS\r\nMAIL FROM:<injected@x.example>\r\n`], { policy });
    expect(c.output.endsWith('220 2.0.0 Ready to start TLS\r\n')).toBe(true);
    expect(c.effects).toEqual([{ type: 'start-tls' }]);
    expect(c.state.mode).toBe('tls-pending');
    expect(c.steps[0]!.records.at(-1)!.kind).toBe('tls');
    const after = stepSession(c.state, { type: 'tls-established', now: NOW });
    const mail = stepSession(after.state, { type: 'bytes', bytes: new TextEncoder().encode('MAIL FROM:<a@a.example>\r\n'), now: NOW });
    expect(mail.replies.map((r) => r.code)).toEqual([503]);
  });

  it('starts over from EHLO, forgets AUTH, stops offering STARTTLS and says ESMTPS', () => {
    const first = converse([`${EHLO}\r\nAUTH PLAIN ${b64('\0alice\0wonderland')}\r\nSTARTTLS\r\n`], { policy });
    const up = stepSession(first.state, { type: 'tls-established', now: NOW });
    expect(up.state.user).toBeUndefined();
    expect(up.state.greeted).toBe('none');
    const again = stepSession(up.state, {
      type: 'bytes',
      bytes: new TextEncoder().encode(`${EHLO}\r\nSTARTTLS\r\nMAIL FROM:<a@a.example>\r\nRCPT TO:<bob@bob.example>\r\nDATA\r\nx\r\n.\r\n`),
      now: NOW,
    });
    const text = new TextDecoder().decode(again.output);
    expect(text).not.toContain('STARTTLS');
    expect(again.replies.map((r) => r.code)).toEqual([250, 503, 250, 250, 354, 250]);
    const deliver = again.effects[0]!;
    expect(deliver.type === 'deliver' && new TextDecoder().decode(deliver.content)).toContain(' with ESMTPS id ');
  });
});

describe('host events', () => {
  it('answers a timeout with 421 4.4.2 and closes', () => {
    const c = talk([EHLO]);
    const t = stepSession(c.state, { type: 'timeout', now: NOW });
    expect(new TextDecoder().decode(t.output)).toBe('421 4.4.2 mx.bob.example Error: timeout exceeded\r\n');
    expect(t.closed).toBe(true);
    expect(t.effects).toEqual([{ type: 'close' }]);
  });

  it('answers a shutdown with 421 4.3.2 and closes, even in the middle of DATA', () => {
    const c = talk([EHLO, 'MAIL FROM:<a@a.example>', 'RCPT TO:<bob@bob.example>', 'DATA', 'half a message']);
    const t = stepSession(c.state, { type: 'shutdown', now: NOW });
    expect(t.replies).toEqual([{ code: 421, enhanced: '4.3.2', lines: ['mx.bob.example Service shutting down, closing transmission channel'] }]);
    expect(t.effects).toEqual([{ type: 'close' }]);
  });

  it('does nothing once closed', () => {
    const c = talk(['QUIT']);
    const t = stepSession(c.state, { type: 'timeout', now: NOW });
    expect(t.output.length).toBe(0);
    expect(t.closed).toBe(true);
  });
});
