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
});
