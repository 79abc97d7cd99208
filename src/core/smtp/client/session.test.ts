import { describe, expect, it } from 'vitest';
import type { TranscriptRecord } from '../types';
import { startClient, stepClient } from './session';
import type { ClientEffect, ClientInput, ClientOptions, ClientReport, ClientSession } from './types';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

const EHLO_FULL =
  '250-mx.bob.example\r\n250-SIZE 10485760\r\n250-8BITMIME\r\n250-PIPELINING\r\n250-ENHANCEDSTATUSCODES\r\n250-AUTH LOGIN PLAIN\r\n250 HELP\r\n';
const EHLO_PLAIN = '250-mx.bob.example\r\n250 HELP\r\n';

function options(over: Partial<ClientOptions> = {}): ClientOptions {
  return {
    heloName: 'mail.alice.example',
    envelope: {
      mailFrom: 'alice@alice.example',
      mailParams: [],
      rcptTo: [
        { address: 'bob@bob.example', params: [] },
        { address: 'carol@bob.example', params: [] },
      ],
    },
    content: enc('Subject: hi\r\n\r\nHello\r\n'),
    ...over,
  };
}

/** Feeds the server's chunks one at a time and keeps what the client did. */
class Conversation {
  state: ClientSession;
  sent: string[] = [];
  records: TranscriptRecord[] = [];
  effects: ClientEffect[] = [];
  report?: ClientReport;

  constructor(opts: ClientOptions) {
    const first = startClient(opts);
    this.state = first.state;
    expect(first.output.length).toBe(0);
  }

  feed(...inputs: (string | ClientInput)[]): this {
    for (const input of inputs) {
      const step = stepClient(this.state, typeof input === 'string' ? { type: 'bytes', bytes: enc(input) } : input);
      this.state = step.state;
      if (step.output.length) this.sent.push(dec(step.output));
      this.records.push(...step.records);
      this.effects.push(...step.effects);
      if (step.report) {
        expect(this.report, 'one report per transaction').toBeUndefined();
        this.report = step.report;
      }
    }
    return this;
  }

  /** What the client sent, one command line an entry. */
  get lines(): string[] {
    return this.sent.join('').split('\r\n').slice(0, -1);
  }

  statuses(): string[] {
    return this.report!.recipients.map((r) => `${r.address} ${r.status} ${r.reply.code}`);
  }
}

const happyTail = ['250 2.1.0 Ok\r\n', '250 2.1.5 Ok\r\n', '250 2.1.5 Ok\r\n', '354 End data with <CR><LF>.<CR><LF>\r\n', '250 2.0.0 Ok: queued\r\n', '221 2.0.0 Bye\r\n'];

describe('client session', () => {
  it('runs a whole ESMTP transaction and reports every recipient delivered', () => {
    const c = new Conversation(options()).feed('220 mx.bob.example ESMTP\r\n', EHLO_FULL, ...happyTail);
    expect(c.lines).toEqual([
      'EHLO mail.alice.example',
      'MAIL FROM:<alice@alice.example> SIZE=22',
      'RCPT TO:<bob@bob.example>',
      'RCPT TO:<carol@bob.example>',
      'DATA',
      'Subject: hi',
      '',
      'Hello',
      '.',
      'QUIT',
    ]);
    expect(c.statuses()).toEqual(['bob@bob.example delivered 250', 'carol@bob.example delivered 250']);
    expect(c.report!.messageReply).toEqual({ code: 250, enhanced: '2.0.0', lines: ['Ok: queued'] });
    expect(c.report!.error).toBeUndefined();
    expect(c.effects).toEqual([{ type: 'close' }]);
    expect(c.state.phase).toBe('done');
  });

  it('writes one record a line, with explanations', () => {
    const c = new Conversation(options()).feed('220 mx ESMTP\r\n', EHLO_FULL, ...happyTail);
    const ehloLines = c.records.filter((r) => r.from === 'server' && r.code === 250).slice(0, 7);
    expect(ehloLines.map((r) => r.text)).toEqual(EHLO_FULL.split(/(?<=\r\n)/));
    expect(ehloLines[3]!.explanation.rfc).toBe('RFC 2920 §3');
    const odd = new Conversation(options()).feed('220 mx\r\n', '250-mx\r\n250 SMTPUTF8\r\n');
    expect(odd.records.at(-2)!.explanation.meaning).toMatch(/does not use/);
    expect(c.records.filter((r) => r.kind === 'data').map((r) => r.text)).toEqual(['Subject: hi\r\n', '\r\n', 'Hello\r\n']);
    expect(c.records.filter((r) => r.kind === 'data-end').map((r) => r.text)).toEqual(['.\r\n']);
    expect(c.records.find((r) => r.verb === 'MAIL')!.explanation.rfc).toBe('RFC 5321 §4.1.1.2');
  });

  for (const code of [500, 502]) {
    it(`falls back to HELO when EHLO gets ${code}, and sends no ESMTP parameters`, () => {
      const c = new Conversation(options()).feed('220 old.example SMTP\r\n', `${code} what?\r\n`, '250 old.example\r\n', '250 ok\r\n', '250 ok\r\n', '250 ok\r\n', '354 go\r\n', '250 ok\r\n', '221 bye\r\n');
      expect(c.lines.slice(0, 3)).toEqual(['EHLO mail.alice.example', 'HELO mail.alice.example', 'MAIL FROM:<alice@alice.example>']);
      expect(c.statuses()).toEqual(['bob@bob.example delivered 250', 'carol@bob.example delivered 250']);
    });
  }

  it('says HELO at once when told not to use ESMTP', () => {
    const c = new Conversation(options({ useEsmtp: false })).feed('220 x\r\n');
    expect(c.lines).toEqual(['HELO mail.alice.example']);
  });

  it('authenticates with LOGIN, answering each 334 prompt in base64', () => {
    const c = new Conversation(options({ auth: { mechanism: 'LOGIN', username: 'alice', password: 'wonderland' } })).feed(
      '220 mx\r\n',
      EHLO_FULL,
      '334 VXNlcm5hbWU6\r\n',
      '334 UGFzc3dvcmQ6\r\n',
      '235 2.7.0 Authentication successful\r\n',
    );
    expect(c.lines).toEqual(['EHLO mail.alice.example', 'AUTH LOGIN', 'YWxpY2U=', 'd29uZGVybGFuZA==', 'MAIL FROM:<alice@alice.example> SIZE=22']);
    const prompts = c.records.filter((r) => r.code === 334).map((r) => r.explanation.meaning);
    expect(prompts[0]).toContain('"Username:"');
    expect(prompts[1]).toContain('"Password:"');
    expect(c.records.filter((r) => r.kind === 'auth').map((r) => r.explanation.meaning).join()).toContain('not encryption');
  });

  it('authenticates with PLAIN as an initial response', () => {
    const c = new Conversation(options({ auth: { mechanism: 'PLAIN', username: 'alice', password: 'wonderland' } })).feed('220 mx\r\n', EHLO_FULL, '235 2.7.0 ok\r\n');
    expect(c.lines).toEqual(['EHLO mail.alice.example', 'AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=', 'MAIL FROM:<alice@alice.example> SIZE=22']);
  });

  it('answers a 334 after PLAIN with the credentials, once', () => {
    const c = new Conversation(options({ auth: { mechanism: 'PLAIN', username: 'alice', password: 'wonderland' } })).feed('220 mx\r\n', EHLO_FULL, '334 \r\n', '334 \r\n');
    expect(c.lines.slice(2)).toEqual(['AGFsaWNlAHdvbmRlcmxhbmQ=']);
    expect(c.report!.error).toMatch(/protocol error/);
    expect(c.effects).toEqual([{ type: 'close' }]);
  });

  it('gives up after 535 without sending MAIL', () => {
    const c = new Conversation(options({ auth: { mechanism: 'PLAIN', username: 'alice', password: 'nope' } })).feed(
      '220 mx\r\n',
      EHLO_FULL,
      '535 5.7.8 Authentication credentials invalid\r\n',
      '221 bye\r\n',
    );
    expect(c.lines.slice(2)).toEqual(['QUIT']);
    expect(c.statuses()).toEqual(['bob@bob.example failed 535', 'carol@bob.example failed 535']);
    expect(c.report!.error).toMatch(/authentication failed: 535/);
  });

  it('does not try a mechanism the server does not offer', () => {
    const c = new Conversation(options({ auth: { mechanism: 'LOGIN', username: 'a', password: 'b' } })).feed('220 mx\r\n', EHLO_PLAIN);
    expect(c.lines.slice(1)).toEqual(['QUIT']);
    expect(c.state.phase).toBe('closing');
    c.feed('221 bye\r\n');
    expect(c.statuses()[0]).toBe('bob@bob.example failed 530');
  });

  it('records each recipient’s own fate and still delivers to the rest', () => {
    const three = options();
    three.envelope.rcptTo.push({ address: 'dave@bob.example', params: [] });
    const c = new Conversation(three).feed(
      '220 mx\r\n',
      EHLO_FULL,
      '250 2.1.0 Ok\r\n',
      '550 5.1.1 <bob@bob.example>: Recipient address rejected\r\n',
      '450 4.2.1 <carol@bob.example>: try later\r\n',
      '250 2.1.5 Ok\r\n',
      '354 go\r\n',
      '250 2.0.0 queued\r\n',
      '221 bye\r\n',
    );
    expect(c.statuses()).toEqual(['bob@bob.example failed 550', 'carol@bob.example deferred 450', 'dave@bob.example delivered 250']);
    expect(c.report!.recipients[0]!.reply.enhanced).toBe('5.1.1');
  });

  it('sends no DATA when every recipient is refused', () => {
    const c = new Conversation(options()).feed('220 mx\r\n', EHLO_FULL, '250 Ok\r\n', '550 no\r\n', '550 no\r\n', '221 bye\r\n');
    expect(c.lines).not.toContain('DATA');
    expect(c.lines.at(-1)).toBe('QUIT');
    expect(c.statuses()).toEqual(['bob@bob.example failed 550', 'carol@bob.example failed 550']);
    expect(c.report!.error).toMatch(/no recipient was accepted/);
  });

  it('defers everyone still pending on 421 and closes without QUIT', () => {
    const c = new Conversation(options()).feed('220 mx\r\n', EHLO_FULL, '250 Ok\r\n', '550 no such user\r\n', '421 4.3.2 shutting down\r\n');
    expect(c.lines.at(-1)).toBe('RCPT TO:<carol@bob.example>');
    expect(c.statuses()).toEqual(['bob@bob.example failed 550', 'carol@bob.example deferred 421']);
    expect(c.effects).toEqual([{ type: 'close' }]);
    expect(c.state.phase).toBe('done');
  });

  it('defers accepted recipients on 421 during the data', () => {
    const c = new Conversation(options()).feed('220 mx\r\n', EHLO_FULL, '250 Ok\r\n', '250 Ok\r\n', '250 Ok\r\n', '354 go\r\n', '421 timeout\r\n');
    expect(c.statuses()).toEqual(['bob@bob.example deferred 421', 'carol@bob.example deferred 421']);
  });

  it('fails accepted recipients on 552 at the end of the data', () => {
    const c = new Conversation(options()).feed('220 mx\r\n', EHLO_FULL, '250 Ok\r\n', '250 Ok\r\n', '250 Ok\r\n', '354 go\r\n', '552 5.3.4 Message size exceeds fixed limit\r\n', '221 bye\r\n');
    expect(c.statuses()).toEqual(['bob@bob.example failed 552', 'carol@bob.example failed 552']);
    expect(c.report!.messageReply!.code).toBe(552);
  });

  it('fails accepted recipients when DATA itself is refused', () => {
    const c = new Conversation(options()).feed('220 mx\r\n', EHLO_FULL, '250 Ok\r\n', '250 Ok\r\n', '250 Ok\r\n', '554 5.5.1 no valid recipients\r\n', '221 bye\r\n');
    expect(c.statuses()).toEqual(['bob@bob.example failed 554', 'carol@bob.example failed 554']);
    expect(c.lines.at(-1)).toBe('QUIT');
  });

  it('reads a multi-line reply split byte by byte exactly as in one piece', () => {
    const whole = new Conversation(options()).feed('220 mx\r\n', EHLO_FULL);
    const split = new Conversation(options()).feed('220 mx\r\n', ...EHLO_FULL.split(''));
    expect(split.lines).toEqual(whole.lines);
    expect(split.state.extensions).toEqual(whole.state.extensions);
    expect(split.state.extensions).toEqual({ keywords: ['SIZE', '8BITMIME', 'PIPELINING', 'ENHANCEDSTATUSCODES', 'AUTH', 'HELP'], size: 10485760, auth: ['LOGIN', 'PLAIN'] });
  });

  it('gives up on garbage with a protocol error, never an exception', () => {
    const c = new Conversation(options()).feed('220 mx\r\n', EHLO_FULL, 'HTTP/1.1 400 Bad Request\r\n');
    expect(c.statuses()).toEqual(['bob@bob.example deferred 451', 'carol@bob.example deferred 451']);
    expect(c.report!.error).toMatch(/protocol error: not an SMTP reply/);
    expect(c.effects).toEqual([{ type: 'close' }]);
    const bad = c.records.at(-1)!;
    expect(bad.text).toBe('HTTP/1.1 400 Bad Request\r\n');
    expect(bad.explanation.position).toBe(0);
  });

  it('treats a reply nobody asked for as a protocol error', () => {
    const c = new Conversation(options({ keepOpen: true })).feed('220 mx\r\n', EHLO_FULL, '250 Ok\r\n', '550 no\r\n', '550 no\r\n');
    c.report = undefined;
    c.feed('250 extra\r\n');
    expect(c.state.phase).toBe('done');
    expect(c.records.at(-1)!.text).toBe('250 extra\r\n');
    expect(c.effects).toEqual([{ type: 'close' }]);
  });

  it('defers everyone when the connection drops', () => {
    const c = new Conversation(options()).feed('220 mx\r\n', EHLO_FULL, '250 Ok\r\n', { type: 'closed' });
    expect(c.statuses()).toEqual(['bob@bob.example deferred 421', 'carol@bob.example deferred 421']);
    expect(c.report!.error).toMatch(/closed while waiting for rcpt/);
    expect(c.effects).toEqual([]);
  });

  it('fails the session on a 554 greeting and says QUIT', () => {
    const c = new Conversation(options()).feed('554 no service\r\n', '221 bye\r\n');
    expect(c.lines).toEqual(['QUIT']);
    expect(c.statuses()).toEqual(['bob@bob.example failed 554', 'carol@bob.example failed 554']);
  });

  it('finishes after QUIT when the server just closes', () => {
    const c = new Conversation(options()).feed('220 mx\r\n', EHLO_FULL, ...happyTail.slice(0, -1), { type: 'closed' });
    expect(c.statuses()).toEqual(['bob@bob.example delivered 250', 'carol@bob.example delivered 250']);
    expect(c.state.phase).toBe('done');
  });

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

    it('does not offer a message bigger than the server’s SIZE', () => {
      const c = new Conversation(options()).feed('220 mx\r\n', '250-mx\r\n250 SIZE 10\r\n', '221 bye\r\n');
      expect(c.lines).toEqual(['EHLO mail.alice.example', 'QUIT']);
      expect(c.statuses()[0]).toBe('bob@bob.example failed 552');
    });

    it('dot-stuffs the content and replaces caller SIZE/BODY parameters', () => {
      const c = new Conversation(
        options({ content: enc('.hidden\r\n.\r\nend'), envelope: { mailFrom: '', mailParams: [{ name: 'SIZE', value: '1' }, { name: 'RET', value: 'HDRS' }], rcptTo: [{ address: 'bob@bob.example', params: [{ name: 'NOTIFY', value: 'NEVER' }] }] } }),
      ).feed('220 mx\r\n', EHLO_FULL, '250 Ok\r\n', '250 Ok\r\n', '354 go\r\n');
      expect(c.lines).toEqual(['EHLO mail.alice.example', 'MAIL FROM:<> RET=HDRS SIZE=19', 'RCPT TO:<bob@bob.example> NOTIFY=NEVER', 'DATA', '..hidden', '..', 'end', '.']);
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
  });
});
