// The reply catalogue, the command table and the EHLO keywords are data the
// in-app reference renders; these keep them consistent with each other and
// with the parser.
import { describe, expect, it } from 'vitest';
import { COMMANDS, EXTENSIONS, SMTP_STATES, UNIMPLEMENTED_VERBS } from './commands';
import { formatReply } from './format-reply';
import { parseCommand } from './parse-command';
import { defaultPolicy, ehloKeywords, inNetworks } from './policy';
import { REPLIES, fillTemplate, replyCatalogue } from './replies';

describe('reply catalogue', () => {
  it.each(replyCatalogue.map((r) => [r.key, r] as const))('%s is a well-formed entry', (_, r) => {
    expect(r.code).toBeGreaterThanOrEqual(200);
    expect(r.code).toBeLessThanOrEqual(599);
    // RFC 3463 §2: the class digit of the enhanced code is the reply's first digit.
    if (r.enhanced !== undefined) expect(r.enhanced).toMatch(new RegExp(`^${String(r.code)[0]}\\.\\d{1,3}\\.\\d{1,3}$`));
    expect(r.meaning).toMatch(/^[A-Z"].*\.$/);
    expect(r.rfc).toMatch(/^RFC \d+ §[\d.]+$/);
  });

  it('leaves enhanced codes out only where RFC 2034 §3 does: greeting, HELO/EHLO, 3xx', () => {
    const without = replyCatalogue.filter((r) => r.enhanced === undefined).map((r) => r.key);
    expect(without.sort()).toEqual(['authChallenge', 'greeting', 'hello', 'startData']);
  });

  it('fills templates and leaves unknown names empty', () => {
    expect(fillTemplate(REPLIES.userUnknown.text, { address: 'x@bob.example' })).toBe('<x@bob.example>: Recipient address rejected: User unknown in local recipient table');
    expect(fillTemplate('{a}-{b}', { a: '1' })).toBe('1-');
  });
});

describe('command table', () => {
  it('names only states that exist, and every verb parses', () => {
    for (const c of COMMANDS) {
      expect(c.states.length).toBeGreaterThan(0);
      for (const s of c.states) expect(SMTP_STATES).toContain(s);
      const example = c.syntax.replace(/\[[^\]]*\]/g, '').replace('reverse-path', 'a@b.example').replace('forward-path', 'c@d.example').replace(/ (domain|string|mechanism)/, ' x').trim();
      const parsed = parseCommand(example);
      expect(parsed.ok ? parsed.command.verb : parsed.error, example).toBe(c.verb);
    }
  });

  it('keeps unimplemented verbs apart from implemented ones', () => {
    for (const v of UNIMPLEMENTED_VERBS) expect(COMMANDS.map((c) => c.verb)).not.toContain(v);
  });

  it('explains every keyword the default policy offers', () => {
    for (const k of ehloKeywords({ ...defaultPolicy, extensions: { ...defaultPolicy.extensions, startTls: true } }, false)) {
      expect(EXTENSIONS.map((e) => e.keyword)).toContain(k.split(' ')[0]);
    }
  });
});

describe('formatReply', () => {
  it('joins lines with "-" and ends with a space line, enhanced code on each (RFC 5321 §4.2.1, RFC 2034 §3)', () => {
    expect(formatReply({ code: 250, enhanced: '2.1.5', lines: ['<a@b>', '<c@d>'] })).toBe('250-2.1.5 <a@b>\r\n250 2.1.5 <c@d>\r\n');
    expect(formatReply({ code: 334, lines: [''] })).toBe('334 \r\n');
    expect(formatReply({ code: 221, lines: [] })).toBe('221 \r\n');
  });
});

describe('policy', () => {
  it('matches the issue: mx.bob.example, bob and carol, staff, alice, SIZE 10485760', () => {
    expect(defaultPolicy.hostname).toBe('mx.bob.example');
    expect(defaultPolicy.mailboxes).toEqual(['bob', 'carol']);
    expect(defaultPolicy.lists.staff).toEqual(['bob@bob.example', 'carol@bob.example']);
    expect(defaultPolicy.accounts).toEqual([{ user: 'alice', password: 'wonderland' }]);
    expect(ehloKeywords(defaultPolicy, false)).toEqual(['SIZE 10485760', '8BITMIME', 'PIPELINING', 'ENHANCEDSTATUSCODES', 'AUTH LOGIN PLAIN', 'HELP']);
  });

  it('checks IPv4 networks', () => {
    expect(inNetworks('192.0.2.77', ['192.0.2.0/24'])).toBe(true);
    expect(inNetworks('192.0.3.1', ['192.0.2.0/24'])).toBe(false);
    expect(inNetworks('10.1.2.3', ['0.0.0.0/0'])).toBe(true);
    expect(inNetworks('127.0.0.1', ['127.0.0.1'])).toBe(true);
    expect(inNetworks('::1', ['127.0.0.0/8'])).toBe(false);
    expect(inNetworks('192.0.2.1', ['192.0.2.0/33', 'junk'])).toBe(false);
  });
});
