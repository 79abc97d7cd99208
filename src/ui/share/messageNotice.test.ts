import { describe, expect, it } from 'vitest';
import { messageNotice } from './messageNotice';

describe('the notice for a message dropped for Alice’s user agent', () => {
  it('says it was handed over when the user agent took it', () => {
    expect(messageNotice('dropped.eml', undefined)).toEqual({ kind: 'info', message: 'dropped.eml handed to Alice’s user agent.' });
  });

  it('says it was not sent, and that the lesson withholds Compose, when refused there (a lesson being built is a lesson too)', () => {
    for (const by of ['lesson', 'builder'] as const) {
      const notice = messageNotice('dropped.eml', { by });
      expect(notice.kind).toBe('refused');
      expect(notice.message).toMatch(/^dropped\.eml was not sent: this lesson withholds Compose/);
      expect(notice.message).not.toMatch(/handed to/);
    }
  });

  it('names a challenge as a challenge', () => {
    expect(messageNotice('m.eml', { by: 'challenge' }).message).toMatch(/^m\.eml was not sent: this challenge withholds Compose/);
  });
});
