// Inputs far larger than a spread into a call can carry (issue 11 §2.1): a
// message of 100,000 short lines and a reply of 100,000 lines must go
// through the client machine as any other, never a RangeError.
import { describe, expect, it } from 'vitest';
import { Conversation, EHLO_PLAIN, enc, happyTail, options } from './test-support/conversation';

const LINES = 100_000;

describe('client machine with huge inputs', () => {
  it('sends a message of 100,000 lines, one record a line', () => {
    const content = enc('Subject: many\r\n\r\n' + 'x\r\n'.repeat(LINES));
    const c = new Conversation(options({ content })).feed('220 mx\r\n', EHLO_PLAIN, ...happyTail);
    expect(c.records.filter((r) => r.kind === 'data')).toHaveLength(LINES + 2);
    expect(c.statuses()).toEqual(['bob@bob.example delivered 250', 'carol@bob.example delivered 250']);
  });

  it('reads an EHLO answer of 100,000 lines', () => {
    const ehlo = '250-mx\r\n' + '250-X-PAD\r\n'.repeat(LINES) + '250 HELP\r\n';
    const c = new Conversation(options()).feed('220 mx\r\n', ehlo, ...happyTail);
    expect(c.records.filter((r) => r.from === 'server' && r.code === 250).length).toBeGreaterThan(LINES);
    expect(c.report!.error).toBeUndefined();
  });

  it('pipelines 50,000 recipients and reports each one its own fate', () => {
    const n = 50_000;
    const rcptTo = Array.from({ length: n }, (_, i) => ({ address: `u${i}@bob.example`, params: [] }));
    const replies = Array.from({ length: n }, (_, i) => (i % 3 ? '250 2.1.5 Ok\r\n' : '550 5.1.1 unknown\r\n')).join('');
    const c = new Conversation(options({ usePipelining: true, envelope: { mailFrom: 'alice@alice.example', mailParams: [], rcptTo } })).feed(
      '220 mx\r\n',
      '250-mx\r\n250 PIPELINING\r\n',
      `250 2.1.0 Ok\r\n${replies}354 go\r\n`,
      '250 2.0.0 Ok: queued\r\n',
      '221 2.0.0 Bye\r\n',
    );
    const statuses = c.report!.recipients.map((r) => `${r.status} ${r.reply.code}`);
    expect(statuses).toEqual(Array.from({ length: n }, (_, i) => (i % 3 ? 'delivered 250' : 'failed 550')));
  });
});
