import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommand } from './parse-command';
import { parsePath } from './path';

describe('parseCommand', () => {
  it('reads MAIL with its path and parameters, keywords in upper case', () => {
    expect(parseCommand('mail FROM:<alice@alice.example> size=10 BODY=8BITMIME AUTH=<>')).toEqual({
      ok: true,
      command: {
        verb: 'MAIL',
        address: 'alice@alice.example',
        params: [
          { name: 'SIZE', value: '10' },
          { name: 'BODY', value: '8BITMIME' },
          { name: 'AUTH', value: '<>' },
        ],
      },
    });
  });

  it('drops a source route and keeps the mailbox (RFC 5321 §4.1.2)', () => {
    const r = parseCommand('RCPT TO:<@relay.example,@hub.example:bob@bob.example>');
    expect(r.ok && r.command).toEqual({ verb: 'RCPT', address: 'bob@bob.example', params: [] });
  });

  it('keeps a quoted local part as written', () => {
    const r = parseCommand('RCPT TO:<"bob smith"@bob.example>');
    expect(r.ok && r.command.verb === 'RCPT' && r.command.address).toBe('"bob smith"@bob.example');
  });

  it('reads AUTH with and without an initial response', () => {
    expect(parseCommand('auth plain AGEAYg==')).toEqual({ ok: true, command: { verb: 'AUTH', mechanism: 'PLAIN', initialResponse: 'AGEAYg==' } });
    expect(parseCommand('AUTH LOGIN')).toEqual({ ok: true, command: { verb: 'AUTH', mechanism: 'LOGIN' } });
  });

  it('reads the argument-free commands and the optional arguments', () => {
    expect(parseCommand('quit')).toEqual({ ok: true, command: { verb: 'QUIT' } });
    expect(parseCommand('NOOP')).toEqual({ ok: true, command: { verb: 'NOOP' } });
    expect(parseCommand('HELP data')).toEqual({ ok: true, command: { verb: 'HELP', argument: 'data' } });
    expect(parseCommand('VRFY Bob Smith')).toEqual({ ok: true, command: { verb: 'VRFY', argument: 'Bob Smith' } });
  });

  it.each([
    ['', 'badSyntax', 0],
    ['XYZZY', 'unrecognized', 0],
    ['MAIL FROM:<a@b.example', 'badSender', 22],
    ['MAIL FROM:<a b@b.example>', 'badSender', 12],
    ['RCPT TO:<bob@-bad.example>', 'badRecipient', 13],
    ['RCPT TO:<bob@bad-.example>', 'badRecipient', 13],
    ['MAIL FROM:<a@b.example> SIZE=', 'badParameter', 29],
    ['MAIL FROM:<a@b.example> SIZE=1=2', 'badParameter', 30],
    ['MAIL FROM:<a@b.example> SIZE=\x7f', 'badSyntax', 29],
    ['EHLO a\tb', 'heloInvalid', 5],
    [`NOOP ${'x'.repeat(506)}`, 'lineTooLong', 510],
    ['DATA x', 'noArguments', 5],
    ['RCPT TO:<"unclosed@b.example>', 'badRecipient', 9],
    ['RCPT TO:<@a.example>', 'badRecipient', 19],
  ])('%j → %s at %i', (line, reply, position) => {
    const r = parseCommand(line);
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.error.reply, r.error.position]).toEqual([reply, position]);
  });
});

describe('parsePath', () => {
  it('accepts <> only as a reverse-path and <Postmaster> only as a forward-path', () => {
    expect(parsePath('<>', 0, 'reverse')).toEqual({ ok: true, address: '', end: 2 });
    expect(parsePath('<>', 0, 'forward').ok).toBe(false);
    expect(parsePath('<postmaster>', 0, 'forward')).toEqual({ ok: true, address: 'postmaster', end: 12 });
    expect(parsePath('<postmaster>', 0, 'reverse').ok).toBe(false);
  });

  it('accepts IPv4 and IPv6 address literals', () => {
    expect(parsePath('<a@[192.0.2.1]>', 0, 'forward')).toEqual({ ok: true, address: 'a@[192.0.2.1]', end: 15 });
    expect(parsePath('<a@[IPv6:2001:db8::1]>', 0, 'forward').ok).toBe(true);
  });

  it('takes a mailbox exactly when the grammar of RFC 5321 §4.1.2 does (fast-check)', () => {
    // Dot-string = Atom *("." Atom); Domain = sub-domain *("." sub-domain),
    // sub-domain = Let-dig [Ldh-str]: the grammar as regular expressions.
    const atext = "[A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~]";
    const label = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
    const mailbox = new RegExp(`^<(${atext}+(?:\\.${atext}+)*@${label}(?:\\.${label})*)>`);
    const chars = fc.oneof(
      { arbitrary: fc.constantFrom('a', 'Z', '7'), weight: 8 },
      { arbitrary: fc.constantFrom('.', '-', '_', '!', '~', '@', '>', ' ', 'é', '\u0130', '\u212A'), weight: 2 },
    );
    let taken = 0;
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 16 }).filter((l) => !l.startsWith('>')), fc.string({ unit: chars, maxLength: 12 }), (local, domain) => {
        // (A local part starting with ">" would be the null path <>.)
        const text = `<${local}@${domain}>`;
        const r = parsePath(text, 0, 'reverse');
        const m = mailbox.exec(text);
        expect(r.ok ? r.address : undefined, text).toBe(m ? m[1] : undefined);
        if (r.ok) taken++;
      }),
      { numRuns: 3000 },
    );
    expect(taken).toBeGreaterThan(300);
  });
});
