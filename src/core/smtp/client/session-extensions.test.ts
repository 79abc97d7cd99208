import { describe, expect, it } from 'vitest';
import { stepClient } from './session';
import { Conversation, EHLO_FULL, EHLO_PLAIN, enc, options } from './test-support/conversation';

describe('client session extensions', () => {
  describe('pipelining (RFC 2920)', () => {
    it('sends MAIL, every RCPT and DATA in one batch, the content after the 354', () => {
      const c = new Conversation(options({ usePipelining: true })).feed('220 mx\r\n', EHLO_FULL);
      expect(c.sent.at(-1)).toBe('MAIL FROM:<alice@alice.example> SIZE=22\r\nRCPT TO:<bob@bob.example>\r\nRCPT TO:<carol@bob.example>\r\nDATA\r\n');
      c.feed('250 Ok\r\n250 Ok\r\n550 no\r\n354 go\r\n');
      expect(c.sent.at(-1)).toBe('Subject: hi\r\n\r\nHello\r\n.\r\n');
      c.feed('250 queued\r\n', '221 bye\r\n');
      expect(c.statuses()).toEqual(['bob@bob.example delivered 250', 'carol@bob.example failed 550']);
    });

    it('keeps MAIL’s refusal as every recipient’s reply, whatever the RCPTs got', () => {
      const c = new Conversation(options({ usePipelining: true })).feed('220 mx\r\n', EHLO_FULL, '553 5.1.8 bad sender\r\n503 need MAIL\r\n', '503 need MAIL\r\n503 need RCPT\r\n', '221 bye\r\n');
      expect(c.statuses()).toEqual(['bob@bob.example failed 553', 'carol@bob.example failed 553']);
      expect(c.lines.slice(-2)).toEqual(['DATA', 'QUIT']);
    });

    it('sends no content when every RCPT is refused and DATA gets 554', () => {
      const c = new Conversation(options({ usePipelining: true })).feed('220 mx\r\n', EHLO_FULL, '250 Ok\r\n550 no\r\n450 later\r\n554 5.5.1 Error: no valid recipients\r\n', '221 bye\r\n');
      expect(c.lines.slice(-2)).toEqual(['DATA', 'QUIT']);
      expect(c.statuses()).toEqual(['bob@bob.example failed 550', 'carol@bob.example deferred 450']);
      expect(c.report!.error).toMatch(/no recipient was accepted/);
    });

    it('ends an unwanted 354 with a lone dot, never the content', () => {
      const c = new Conversation(options({ usePipelining: true, keepOpen: true })).feed('220 mx\r\n', EHLO_FULL, '250 Ok\r\n550 no\r\n550 no\r\n354 go\r\n');
      expect(c.sent.at(-1)).toBe('.\r\n');
      expect(c.report).toBeUndefined();
      c.feed('250 nothing to deliver\r\n');
      expect(c.statuses()).toEqual(['bob@bob.example failed 550', 'carol@bob.example failed 550']);
      expect(c.report!.messageReply).toBeUndefined();
      expect(c.state.transaction.settled).toBe(true);
    });

    it('hangs up when DATA is taken after MAIL was refused', () => {
      const c = new Conversation(options({ usePipelining: true })).feed('220 mx\r\n', EHLO_FULL, '550 no\r\n503 a\r\n503 b\r\n354 go\r\n');
      expect(c.effects).toEqual([{ type: 'close' }]);
      expect(c.report!.error).toMatch(/refused MAIL FROM: 550/);
      expect(c.lines).not.toContain('.');
      expect(c.statuses()).toEqual(['bob@bob.example failed 550', 'carol@bob.example failed 550']);
    });

    it('does not pipeline when the server does not offer it', () => {
      const c = new Conversation(options({ usePipelining: true })).feed('220 mx\r\n', '250-mx\r\n250 SIZE\r\n');
      expect(c.sent.at(-1)).toBe('MAIL FROM:<alice@alice.example> SIZE=22\r\n');
    });
  });

  describe('content the server must be able to take', () => {
    const eightBit = enc('Subject: caf\u00e9\r\n\r\ncr\u00e8me\r\n');

    it('declares BODY=8BITMIME for 8-bit content when offered', () => {
      const c = new Conversation(options({ content: eightBit })).feed('220 mx\r\n', EHLO_FULL);
      expect(c.lines.at(-1)).toBe(`MAIL FROM:<alice@alice.example> SIZE=${eightBit.length} BODY=8BITMIME`);
    });

    it('records 8-bit lines one character a byte', () => {
      const c = new Conversation(options({ content: eightBit })).feed('220 mx\r\n', EHLO_FULL, '250 Ok\r\n', '250 Ok\r\n', '250 Ok\r\n', '354 go\r\n');
      const data = c.records.filter((r) => r.kind === 'data');
      expect(data.map((r) => r.text)).toEqual(['Subject: caf\u00c3\u00a9\r\n', '\r\n', 'cr\u00c3\u00a8me\r\n']);
      expect(data.map((r) => r.bytes.length)).toEqual(data.map((r) => r.text.length));
    });

    it('refuses to send 8-bit content to a server without 8BITMIME', () => {
      const c = new Conversation(options({ content: eightBit })).feed('220 mx\r\n', EHLO_PLAIN, '221 bye\r\n');
      expect(c.lines).toEqual(['EHLO mail.alice.example', 'QUIT']);
      expect(c.report!.recipients[0]!.reply).toMatchObject({ code: 554, enhanced: '5.6.3' });
      expect(c.report!.error).toMatch(/8BITMIME/);
    });

    it('never writes an envelope with a control character: a CR LF in an address cannot inject a command', () => {
      const injected = options({
        envelope: { mailFrom: 'alice@alice.example', mailParams: [], rcptTo: [{ address: 'bob@bob.example>\r\nRCPT TO:<eve@evil.example', params: [] }] },
      });
      const c = new Conversation(injected).feed('220 mx\r\n', EHLO_FULL, '221 bye\r\n');
      expect(c.lines).toEqual(['EHLO mail.alice.example', 'QUIT']);
      expect(c.report!.recipients[0]!.reply).toMatchObject({ code: 501, enhanced: '5.5.4' });
      expect(c.report!.error).toMatch(/control character/);
    });

    it('does not offer a message bigger than the server’s SIZE', () => {
      const c = new Conversation(options()).feed('220 mx\r\n', '250-mx\r\n250 SIZE 10\r\n', '221 bye\r\n');
      expect(c.lines).toEqual(['EHLO mail.alice.example', 'QUIT']);
      expect(c.statuses()[0]).toBe('bob@bob.example failed 552');
    });

    it('dot-stuffs the content and replaces caller SIZE/BODY parameters', () => {
      const c = new Conversation(
        options({ content: enc('.hidden\r\n.\r\nend'), envelope: { mailFrom: '', mailParams: [{ name: 'SIZE', value: '1' }, { name: 'RET', value: 'HDRS' }], rcptTo: [{ address: 'bob@bob.example', params: [{ name: 'NOTIFY', value: 'NEVER' }] }] } }),
      ).feed('220 mx\r\n', EHLO_FULL, '250 Ok\r\n', '250 Ok\r\n', '354 go\r\n');
      expect(c.lines).toEqual(['EHLO mail.alice.example', 'MAIL FROM:<> RET=HDRS SIZE=17', 'RCPT TO:<bob@bob.example> NOTIFY=NEVER', 'DATA', '..hidden', '..', 'end', '.']);
    });
  });

  describe('STARTTLS (RFC 3207)', () => {
    const EHLO_TLS = '250-mx\r\n250-STARTTLS\r\n250 AUTH PLAIN\r\n';

    it('upgrades when offered, then greets again and forgets the old extensions', () => {
      const c = new Conversation(options({ startTls: 'if-offered' })).feed('220 mx\r\n', EHLO_TLS, '220 2.0.0 Ready to start TLS\r\n');
      expect(c.lines).toEqual(['EHLO mail.alice.example', 'STARTTLS']);
      expect(c.effects).toEqual([{ type: 'start-tls' }]);
      c.feed({ type: 'tls-established' });
      expect(c.lines.at(-1)).toBe('EHLO mail.alice.example');
      expect(c.state.extensions.keywords).toEqual([]);
      c.feed(EHLO_FULL);
      expect(c.lines.at(-1)).toBe('MAIL FROM:<alice@alice.example> SIZE=22');
      expect(c.state.tls).toBe('on');
    });

    it('refuses replies smuggled in before the hand-shake', () => {
      const c = new Conversation(options({ startTls: 'require' })).feed('220 mx\r\n', EHLO_TLS, '220 go ahead\r\n250 injected\r\n');
      expect(c.report!.error).toMatch(/before the TLS hand-shake/);
    });

    it('goes on in clear text when STARTTLS is only wanted and not offered', () => {
      const c = new Conversation(options({ startTls: 'if-offered' })).feed('220 mx\r\n', EHLO_FULL);
      expect(c.lines.at(-1)).toMatch(/^MAIL FROM/);
    });

    it('defers when TLS is required and not offered', () => {
      const c = new Conversation(options({ startTls: 'require' })).feed('220 mx\r\n', EHLO_FULL, '221 bye\r\n');
      expect(c.lines.at(-1)).toBe('QUIT');
      expect(c.statuses()[0]).toBe('bob@bob.example deferred 454');
    });

    it('goes on without TLS after a 454 when only wanted', () => {
      const c = new Conversation(options({ startTls: 'if-offered' })).feed('220 mx\r\n', EHLO_TLS, '454 4.7.0 TLS not available\r\n');
      expect(c.lines.at(-1)).toMatch(/^MAIL FROM/);
    });
  });

  describe('several messages on one connection (keepOpen)', () => {
    it('reports each transaction and clears a failed one with RSET', () => {
      const c = new Conversation(options({ keepOpen: true })).feed('220 mx\r\n', EHLO_FULL, '250 Ok\r\n', '550 no\r\n', '550 no\r\n');
      expect(c.state.phase).toBe('idle');
      expect(c.report!.error).toMatch(/no recipient/);
      c.report = undefined;
      const one = { mailFrom: 'a@x', mailParams: [], rcptTo: [{ address: 'bob@bob.example', params: [] }] };
      c.feed({ type: 'send', envelope: one, content: enc('x\r\n') }, '250 flushed\r\n');
      expect(c.lines.slice(-2)).toEqual(['RSET', 'MAIL FROM:<a@x> SIZE=3']);
      c.feed('250 Ok\r\n', '250 Ok\r\n', '354 go\r\n', '250 queued\r\n');
      expect(c.statuses()).toEqual(['bob@bob.example delivered 250']);
      c.report = undefined;
      c.feed({ type: 'send', envelope: one, content: enc('y\r\n') });
      expect(c.lines.at(-1)).toBe('MAIL FROM:<a@x> SIZE=3');
      c.feed('250 Ok\r\n', '250 Ok\r\n', '354 go\r\n', '250 queued\r\n', { type: 'quit' }, '221 bye\r\n');
      expect(c.lines.at(-1)).toBe('QUIT');
      expect(c.state.phase).toBe('done');
      expect(c.effects).toEqual([{ type: 'close' }]);
    });

    it('ends quietly when the server hangs up between messages, and refuses misuse', () => {
      const c = new Conversation(options({ keepOpen: true })).feed('220 mx\r\n', EHLO_FULL, '250 Ok\r\n', '250 Ok\r\n', '250 Ok\r\n', '354 go\r\n');
      expect(() => stepClient(c.state, { type: 'quit' })).toThrow(/not idle/);
      c.feed('250 queued\r\n');
      c.report = undefined;
      c.feed('421 4.4.2 timeout\r\n');
      expect(c.state.phase).toBe('done');
      expect(c.report).toBeUndefined();
      expect(c.effects).toEqual([{ type: 'close' }]);
    });

    it('fails every later message the same way when the session never became ready', () => {
      const c = new Conversation(options({ keepOpen: true, auth: { mechanism: 'PLAIN', username: 'alice', password: 'x' } })).feed('220 mx\r\n', EHLO_FULL, '535 5.7.8 no\r\n');
      expect(c.statuses()[0]).toBe('bob@bob.example failed 535');
      c.report = undefined;
      const sentBefore = c.sent.length;
      c.feed({ type: 'send', envelope: { mailFrom: 'a@x', mailParams: [], rcptTo: [{ address: 'bob@bob.example', params: [] }] }, content: enc('x\r\n') });
      expect(c.sent.length).toBe(sentBefore);
      expect(c.statuses()).toEqual(['bob@bob.example failed 535']);
      expect(c.state.phase).toBe('idle');
    });
  });
});
