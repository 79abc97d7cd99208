import { describe, expect, it } from 'vitest';
import { AUTH_WARNING } from '../explanations';
import { REPLIES } from '../replies';
import { Conversation, EHLO_FULL, EHLO_PLAIN, happyTail, options } from './test-support/conversation';

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

  it('leaves out the content line records when asked, and sends the same bytes', () => {
    const full = new Conversation(options()).feed('220 mx ESMTP\r\n', EHLO_FULL, ...happyTail);
    const lean = new Conversation(options({ contentRecords: false })).feed('220 mx ESMTP\r\n', EHLO_FULL, ...happyTail);
    expect(lean.sent).toEqual(full.sent);
    expect(lean.records.filter((r) => r.kind === 'data' || r.kind === 'data-end')).toEqual([]);
    expect(lean.records.filter((r) => r.kind === 'command')).toEqual(full.records.filter((r) => r.kind === 'command'));
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
    // A reply is explained by what it answers, in the server catalogue's words.
    const after = (verb: string) => c.records[c.records.findIndex((r) => r.verb === verb) + 1]!.explanation;
    expect(after('RCPT')).toEqual({ meaning: REPLIES.recipientOk.meaning, rfc: REPLIES.recipientOk.rfc });
    expect(after('DATA').meaning).toBe(REPLIES.startData.meaning);
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
    expect(c.records.filter((r) => r.kind === 'auth').map((r) => r.explanation.meaning).join()).toContain(AUTH_WARNING);
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
});
