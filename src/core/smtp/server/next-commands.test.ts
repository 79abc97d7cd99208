import { describe, expect, it } from 'vitest';
import { nextCommands, offeredExtensions } from './next-commands';
import { stepSession } from './session';
import { talk, NOW, type PolicyOverrides } from './test-support/talk';

const verbs = (lines: string[], policy?: PolicyOverrides) => nextCommands(talk(lines, policy ? { policy } : {}).state).allowed.map((c) => c.verb);

describe('nextCommands', () => {
  it('offers no STARTTLS after EHLO on a server whose answer left it out', () => {
    const c = talk(['EHLO client.alice.example'], { policy: { extensions: { startTls: false } } });
    expect(offeredExtensions(c.state)).not.toContain('STARTTLS');
    expect(nextCommands(c.state).phase).toBe('greeted');
    expect(verbs(['EHLO client.alice.example'], { extensions: { startTls: false } })).not.toContain('STARTTLS');
    expect(verbs(['EHLO client.alice.example'], { extensions: { startTls: false } })).toContain('MAIL');
  });

  it('offers STARTTLS once the EHLO answer has, and not before EHLO nor after the hand-shake', () => {
    const policy = { extensions: { startTls: true } };
    expect(verbs([], policy)).not.toContain('STARTTLS');
    expect(verbs(['EHLO client.alice.example'], policy)).toContain('STARTTLS');
    const pending = talk(['EHLO client.alice.example', 'STARTTLS'], { policy }).state;
    expect(nextCommands(pending)).toEqual({ phase: 'greeted', allowed: [], awaiting: 'tls-handshake' });
    const secure = stepSession(pending, { type: 'tls-established', now: NOW }).state;
    expect(nextCommands(secure).phase).toBe('connected');
    const again = stepSession(secure, { type: 'bytes', bytes: new TextEncoder().encode('EHLO client.alice.example\r\n'), now: NOW }).state;
    expect(nextCommands(again).allowed.map((c) => c.verb)).not.toContain('STARTTLS');
  });

  it('offers AUTH only after EHLO, only when offered, and not once authenticated', () => {
    expect(verbs([])).not.toContain('AUTH');
    expect(verbs(['HELO client.alice.example'])).not.toContain('AUTH');
    expect(verbs(['EHLO client.alice.example'])).toContain('AUTH');
    expect(verbs(['EHLO client.alice.example'], { extensions: { auth: [] } })).not.toContain('AUTH');
    expect(verbs(['EHLO client.alice.example', 'AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ='])).not.toContain('AUTH');
  });

  it('allows nothing and lights only closed after QUIT', () => {
    const c = talk(['EHLO client.alice.example', 'QUIT']);
    expect(c.codes.at(-1)).toBe(221);
    expect(nextCommands(c.state)).toEqual({ phase: 'closed', allowed: [] });
  });

  it('follows the transaction and reads content, not commands, in DATA', () => {
    expect(verbs(['EHLO c.example', 'MAIL FROM:<a@a.example>'])).toEqual(['EHLO', 'HELO', 'RCPT', 'RSET', 'VRFY', 'EXPN', 'HELP', 'NOOP', 'QUIT']);
    expect(verbs(['EHLO c.example', 'MAIL FROM:<a@a.example>', 'RCPT TO:<bob@bob.example>'])).toContain('DATA');
    const data = talk(['EHLO c.example', 'MAIL FROM:<a@a.example>', 'RCPT TO:<bob@bob.example>', 'DATA']).state;
    expect(nextCommands(data)).toEqual({ phase: 'data', allowed: [], awaiting: 'content' });
    expect(nextCommands(talk(['EHLO c.example', 'AUTH LOGIN']).state).awaiting).toBe('sasl-response');
  });

  it('leaves out what an RFC 821-only or tight-lipped server refuses', () => {
    const old = verbs([], { extensions: { esmtp: false } });
    expect(old).not.toContain('EHLO');
    expect(old).toContain('HELO');
    expect(verbs([], { vrfy: '502', expn: '502', extensions: { help: false } })).toEqual(['EHLO', 'HELO', 'RSET', 'NOOP', 'QUIT']);
  });
});
