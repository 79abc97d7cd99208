// Every command in every session state, and the malformed forms, each with
// the exact reply code a careful MTA gives.
import { describe, expect, it } from 'vitest';
import { base64Encode } from '../../codec/base64';
import { SMTP_STATES, type SmtpState } from '../commands';
import { lastCode, talk, type PolicyOverrides } from './test-support/talk';

const plain = (user: string, password: string) => base64Encode(new TextEncoder().encode(`\0${user}\0${password}`));
const ALICE = plain('alice', 'wonderland');

const PREFIX: Record<SmtpState, string[]> = {
  connected: [],
  greeted: ['EHLO client.alice.example'],
  mail: ['EHLO client.alice.example', 'MAIL FROM:<alice@alice.example>'],
  rcpt: ['EHLO client.alice.example', 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<bob@bob.example>'],
};

// command → expected code in connected, greeted, mail, rcpt
const MATRIX: [string, [number, number, number, number], PolicyOverrides?][] = [
  ['EHLO client.alice.example', [250, 250, 250, 250]],
  ['HELO client.alice.example', [250, 250, 250, 250]],
  ['MAIL FROM:<alice@alice.example>', [503, 250, 503, 503]],
  ['RCPT TO:<carol@bob.example>', [503, 503, 250, 250]],
  ['DATA', [503, 503, 503, 354]],
  ['RSET', [250, 250, 250, 250]],
  ['NOOP', [250, 250, 250, 250]],
  ['QUIT', [221, 221, 221, 221]],
  ['VRFY bob', [250, 250, 250, 250]],
  ['EXPN staff', [250, 250, 250, 250]],
  ['HELP', [214, 214, 214, 214]],
  [`AUTH PLAIN ${ALICE}`, [503, 235, 503, 503]],
  ['AUTH LOGIN', [503, 334, 503, 503]],
  ['STARTTLS', [502, 502, 502, 502]],
  ['STARTTLS', [220, 220, 503, 503], { extensions: { startTls: true } }],
];

describe('every command in every state', () => {
  for (const [command, codes, policy] of MATRIX) {
    SMTP_STATES.forEach((state, i) => {
      const expected = codes[i]!;
      it(`${command} in ${state}${policy ? ' (STARTTLS offered)' : ''} → ${expected}`, () => {
        const c = talk([...PREFIX[state], command], policy ? { policy } : {});
        expect(c.codes.slice(0, -1).every((code) => code < 400)).toBe(true);
        expect(lastCode(c)).toBe(expected);
      });
    });
  }
});

const GREETED = PREFIX.greeted;
const MAIL = PREFIX.mail;
const RCPT = PREFIX.rcpt;

// [description, lines, expected last code, policy]
const CASES: [string, string[], number, PolicyOverrides?][] = [
  ['empty line', [''], 500],
  ['unknown verb', ['FOO bar'], 500],
  ['RFC 821 TURN is not implemented', ['TURN'], 502],
  ['RFC 821 SEND is not implemented', [...GREETED, 'SEND FROM:<a@b.example>'], 502],
  ['BDAT without CHUNKING', [...GREETED, 'BDAT 10 LAST'], 502],
  ['EHLO without a name', ['EHLO'], 501],
  ['HELO without a name', ['HELO'], 501],
  ['EHLO with two names', ['EHLO a.example b.example'], 501],
  ['EHLO with an invalid name', ['EHLO bad!name'], 501],
  ['EHLO with an address literal', ['EHLO [192.0.2.10]'], 250],
  ['EHLO with an underscore name', ['EHLO my_pc'], 250],
  ['lower-case verb', ['ehlo client.alice.example'], 250],
  ['mixed-case verb', ['EhLo client.alice.example'], 250],
  ['MAIL without FROM:', [...GREETED, 'MAIL'], 501],
  ['MAIL TO: instead of FROM:', [...GREETED, 'MAIL TO:<a@a.example>'], 501],
  ['MAIL without angle brackets', [...GREETED, 'MAIL FROM:alice@alice.example'], 501],
  ['MAIL with an unclosed path', [...GREETED, 'MAIL FROM:<alice@alice.example'], 501],
  ['MAIL with no local part', [...GREETED, 'MAIL FROM:<@alice.example>'], 501],
  ['MAIL with no domain', [...GREETED, 'MAIL FROM:<alice@>'], 501],
  ['MAIL with two dots in a row', [...GREETED, 'MAIL FROM:<a..b@alice.example>'], 501],
  ['MAIL with a bad source route', [...GREETED, 'MAIL FROM:<@a.example;alice@alice.example>'], 501],
  ['MAIL with the null path', [...GREETED, 'MAIL FROM:<>'], 250],
  ['MAIL with a space after the colon', [...GREETED, 'MAIL FROM: <alice@alice.example>'], 250],
  ['lower-case mail from', [...GREETED, 'mail from:<alice@alice.example>'], 250],
  ['MAIL with a quoted local part', [...GREETED, 'MAIL FROM:<"alice liddell"@alice.example>'], 250],
  ['MAIL with a quoted pair', [...GREETED, 'MAIL FROM:<"a\\"b"@alice.example>'], 250],
  ['MAIL with a source route', [...GREETED, 'MAIL FROM:<@r1.example,@r2.example:alice@alice.example>'], 250],
  ['MAIL with an address literal', [...GREETED, 'MAIL FROM:<alice@[192.0.2.1]>'], 250],
  ['MAIL with SIZE', [...GREETED, 'MAIL FROM:<alice@alice.example> SIZE=1000'], 250],
  ['MAIL with a non-numeric SIZE', [...GREETED, 'MAIL FROM:<alice@alice.example> SIZE=big'], 501],
  ['MAIL with SIZE over the limit', [...GREETED, 'MAIL FROM:<alice@alice.example> SIZE=10485761'], 552],
  ['MAIL with SIZE at the limit', [...GREETED, 'MAIL FROM:<alice@alice.example> SIZE=10485760'], 250],
  ['MAIL with BODY=8BITMIME', [...GREETED, 'MAIL FROM:<alice@alice.example> BODY=8BITMIME'], 250],
  ['MAIL with BODY=7bit in lower case', [...GREETED, 'MAIL FROM:<alice@alice.example> body=7bit'], 250],
  ['MAIL with BODY=BINARYMIME', [...GREETED, 'MAIL FROM:<alice@alice.example> BODY=BINARYMIME'], 501],
  ['MAIL with an unknown parameter', [...GREETED, 'MAIL FROM:<alice@alice.example> RET=HDRS'], 555],
  ['MAIL with SIZE twice', [...GREETED, 'MAIL FROM:<alice@alice.example> SIZE=1 SIZE=2'], 501],
  ['MAIL with a parameter glued to the path', [...GREETED, 'MAIL FROM:<alice@alice.example>SIZE=1'], 501],
  ['MAIL with an empty keyword', [...GREETED, 'MAIL FROM:<alice@alice.example> =1'], 501],
  ['MAIL with AUTH=<>', [...GREETED, 'MAIL FROM:<alice@alice.example> AUTH=<>'], 250],
  ['MAIL with SIZE when SIZE is not offered', [...GREETED, 'MAIL FROM:<alice@alice.example> SIZE=1'], 555, { extensions: { size: false } }],
  ['MAIL with BODY when 8BITMIME is not offered', [...GREETED, 'MAIL FROM:<alice@alice.example> BODY=8BITMIME'], 555, { extensions: { eightBitMime: false } }],
  ['RCPT with the null path', [...MAIL, 'RCPT TO:<>'], 501],
  ['RCPT to <Postmaster> without a domain', [...MAIL, 'RCPT TO:<Postmaster>'], 250],
  ['RCPT to a list', [...MAIL, 'RCPT TO:<staff@bob.example>'], 250],
  ['RCPT in upper case', [...MAIL, 'RCPT TO:<BOB@BOB.EXAMPLE>'], 250],
  ['RCPT to an unknown local user', [...MAIL, 'RCPT TO:<nobody@bob.example>'], 550],
  ['RCPT to another domain without AUTH', [...MAIL, 'RCPT TO:<dave@elsewhere.example>'], 554],
  ['RCPT to another domain after AUTH', [...GREETED, `AUTH PLAIN ${ALICE}`, 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<dave@elsewhere.example>'], 250],
  ['RCPT to another domain from a trusted network', [...MAIL, 'RCPT TO:<dave@elsewhere.example>'], 250, { relay: { networks: ['192.0.2.0/24'] } }],
  ['RCPT to another domain from an untrusted network', [...MAIL, 'RCPT TO:<dave@elsewhere.example>'], 554, { relay: { networks: ['198.51.100.0/24'] } }],
  ['RCPT with a DSN parameter', [...MAIL, 'RCPT TO:<bob@bob.example> NOTIFY=NEVER'], 555],
  ['RCPT FROM: instead of TO:', [...MAIL, 'RCPT FROM:<bob@bob.example>'], 501],
  ['RCPT without angle brackets', [...MAIL, 'RCPT TO:bob@bob.example'], 501],
  ['RCPT past the recipient limit', [...RCPT, 'RCPT TO:<carol@bob.example>', 'RCPT TO:<staff@bob.example>'], 452, { maxRecipients: 2 }],
  ['DATA with an argument', [...RCPT, 'DATA now'], 501],
  ['DATA after every RCPT was refused', [...MAIL, 'RCPT TO:<nobody@bob.example>', 'DATA'], 554],
  ['DATA with no RCPT at all', [...MAIL, 'DATA'], 503],
  ['RSET with an argument', ['RSET x'], 501],
  ['QUIT with an argument', ['QUIT now'], 501],
  ['NOOP with an argument', ['NOOP hello there'], 250],
  ['MAIL after RSET in a transaction', [...RCPT, 'RSET', 'MAIL FROM:<alice@alice.example>'], 250],
  ['MAIL after a new EHLO in a transaction', [...RCPT, 'EHLO client.alice.example', 'MAIL FROM:<alice@alice.example>'], 250],
  ['VRFY without an argument', ['VRFY'], 501],
  ['VRFY an unknown user', ['VRFY nobody'], 550],
  ['VRFY a full address', ['VRFY <carol@bob.example>'], 250],
  ['VRFY a remote address', ['VRFY dave@elsewhere.example'], 252],
  ['VRFY when the policy says 252', ['VRFY bob'], 252, { vrfy: '252' }],
  ['VRFY when the policy says 502', ['VRFY bob'], 502, { vrfy: '502' }],
  ['EXPN without an argument', ['EXPN'], 501],
  ['EXPN a mailbox', ['EXPN bob'], 550],
  ['EXPN an unknown name', ['EXPN nobody'], 550],
  ['EXPN when the policy says 252', ['EXPN staff'], 252, { expn: '252' }],
  ['EXPN when the policy says 502', ['EXPN staff'], 502, { expn: '502' }],
  ['HELP about a command', ['HELP mail'], 214],
  ['HELP about an unknown topic', ['HELP FOO'], 504],
  ['HELP when the policy offers none', ['HELP'], 502, { extensions: { help: false } }],
  ['AUTH without a mechanism', [...GREETED, 'AUTH'], 501],
  ['AUTH with an unknown mechanism', [...GREETED, 'AUTH CRAM-MD5'], 504],
  ['AUTH with a mechanism not offered', [...GREETED, `AUTH PLAIN ${ALICE}`], 504, { extensions: { auth: ['LOGIN'] } }],
  ['AUTH with too many arguments', [...GREETED, 'AUTH PLAIN a b'], 501],
  ['AUTH PLAIN with bad base64', [...GREETED, 'AUTH PLAIN !!!!'], 501],
  ['AUTH PLAIN with a wrong password', [...GREETED, `AUTH PLAIN ${plain('alice', 'looking-glass')}`], 535],
  ['AUTH PLAIN for an unknown user', [...GREETED, `AUTH PLAIN ${plain('mallory', 'wonderland')}`], 535],
  ['AUTH after HELO', ['HELO client.alice.example', `AUTH PLAIN ${ALICE}`], 503],
  ['AUTH twice', [...GREETED, `AUTH PLAIN ${ALICE}`, `AUTH PLAIN ${ALICE}`], 503],
  ['AUTH when no mechanism is offered', [...GREETED, `AUTH PLAIN ${ALICE}`], 502, { extensions: { auth: [] } }],
  ['a line over 512 octets', [`NOOP ${'x'.repeat(600)}`], 500],
  ['a line of exactly 512 octets', [`NOOP ${'x'.repeat(505)}`], 250],
  ['a line of 513 octets', [`NOOP ${'x'.repeat(506)}`], 500],
  ['a bare CR inside a command', ['NOOP\rQUIT'], 500],
  ['a NUL inside a command', ['NO\0OP'], 500],
  ['EHLO on an RFC 821-only server', ['EHLO client.alice.example'], 500, { extensions: { esmtp: false } }],
  ['HELO on an RFC 821-only server', ['HELO client.alice.example'], 250, { extensions: { esmtp: false } }],
  ['AUTH on an RFC 821-only server', ['HELO client.alice.example', `AUTH PLAIN ${ALICE}`], 500, { extensions: { esmtp: false } }],
  ['HELO matching reverse DNS under reject', ['HELO client.alice.example'], 250, { reverseDnsCheck: 'reject' }],
  ['HELO not matching reverse DNS under reject', ['HELO forged.example'], 550, { reverseDnsCheck: 'reject' }],
  ['HELO not matching reverse DNS under warn', ['HELO forged.example'], 250, { reverseDnsCheck: 'warn' }],
  ['MAIL after a refused HELO', ['HELO forged.example', 'MAIL FROM:<a@a.example>'], 503, { reverseDnsCheck: 'reject' }],
  ['HELO with the client address literal under reject', ['HELO [192.0.2.10]'], 250, { reverseDnsCheck: 'reject' }],
];

describe('malformed and policy-dependent commands', () => {
  it('has at least 60 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(60));
  for (const [name, lines, expected, policy] of CASES) {
    it(`${name} → ${expected}`, () => {
      const c = talk(lines, policy ? { policy } : {});
      expect(c.codes).toHaveLength(lines.length);
      expect(lastCode(c)).toBe(expected);
    });
  }
});

describe('reply details', () => {
  it('gives enhanced codes except in the greeting and HELO/EHLO answers (RFC 2034 §3)', () => {
    const c = talk(['EHLO client.alice.example', 'NOOP', 'FOO']);
    expect(c.output).toBe(
      '250-mx.bob.example Hello client.alice.example [192.0.2.10]\r\n250-SIZE 10485760\r\n250-8BITMIME\r\n250-PIPELINING\r\n' +
        '250-ENHANCEDSTATUSCODES\r\n250-AUTH LOGIN PLAIN\r\n250 HELP\r\n250 2.0.0 Ok\r\n500 5.5.2 Error: command not recognized\r\n',
    );
  });

  it('leaves enhanced codes out when the policy does not offer them', () => {
    expect(talk(['NOOP'], { policy: { extensions: { enhancedStatusCodes: false } } }).output).toBe('250 Ok\r\n');
    // An RFC 821-only server has no EHLO answer to offer them in.
    expect(talk(['NOOP'], { policy: { extensions: { esmtp: false } } }).output).toBe('250 Ok\r\n');
  });

  it('says "may be forged" when the HELO name does not match under warn', () => {
    expect(talk(['HELO forged.example'], { policy: { reverseDnsCheck: 'warn' } }).output).toContain('(may be forged)');
  });

  it('closes after QUIT and ignores anything more', () => {
    const c = talk(['QUIT', 'NOOP']);
    expect(c.codes).toEqual([221]);
    expect(c.closed).toBe(true);
    expect(c.effects).toEqual([{ type: 'close' }]);
  });

  it('points at the octet where a path goes wrong', () => {
    const c = talk([...GREETED, 'MAIL FROM:<alice@>']);
    const reply = c.steps[1]!.records.find((r) => r.from === 'server')!;
    expect(reply.explanation.position).toBe(17);
  });

  it('lists the members of a list with EXPN, one per line', () => {
    expect(talk(['EXPN staff']).output).toBe('250-2.1.5 <bob@bob.example>\r\n250 2.1.5 <carol@bob.example>\r\n');
  });

  it('expands lists that name each other, or themselves, once each', () => {
    const lists = { a: ['b@bob.example', 'bob@bob.example', 'a@bob.example'], b: ['a@bob.example', 'carol@bob.example', 'dave@elsewhere.example'] };
    expect(talk(['EXPN a'], { policy: { lists } }).output).toBe('250-2.1.5 <carol@bob.example>\r\n250-2.1.5 <bob@bob.example>\r\n250 2.1.5 <dave@elsewhere.example>\r\n');
    const c = talk([...GREETED, 'MAIL FROM:<>', 'RCPT TO:<b@bob.example>', 'DATA', '.'], { policy: { lists } });
    expect(c.codes.slice(-3)).toEqual([250, 354, 250]);
    // The list's remote member is relayed: the list, not the client, chose it.
    expect(c.effects.map((e) => (e.type === 'deliver' ? e.mailbox : e.type))).toEqual(['bob', 'carol', 'relay']);
  });

  it('advertises STARTTLS only when offered and not yet in TLS', () => {
    expect(talk(['EHLO c.example']).output).not.toContain('STARTTLS');
    expect(talk(['EHLO c.example'], { policy: { extensions: { startTls: true } } }).output).toContain('250-STARTTLS\r\n');
  });
});
