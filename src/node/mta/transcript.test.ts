import { describe, expect, it } from 'vitest';
import type { TranscriptRecord } from '../../core/smtp/types';
import { clock, transcript, visible } from './transcript';

const T = Date.UTC(2026, 10, 5, 9, 4, 5, 67);
const record = (from: 'client' | 'server', text: string): TranscriptRecord => ({
  from,
  bytes: new TextEncoder().encode(text),
  text,
  kind: from === 'client' ? 'command' : 'reply',
  explanation: { meaning: 'Opens a mail transaction.', rfc: 'RFC 5321 §4.1.1.2' },
});

function capture(isTTY: boolean) {
  const lines: string[] = [];
  return { lines, log: transcript({ isTTY, write: (t: string) => lines.push(t) }) };
}

describe('transcript', () => {
  it('shows line endings and control octets, so a bare LF is not mistaken for CR LF', () => {
    expect(visible('MAIL FROM:<a@b>\r\n')).toBe('MAIL FROM:<a@b>\\r\\n');
    expect(visible('.\n')).toBe('.\\n');
    expect(visible('a\tb\x00\x7f\xe9')).toBe('a\\tb\\x00\\x7f\xe9');
  });

  it('prints one plain line per record when the sink is not a terminal', () => {
    const { lines, log } = capture(false);
    log.record(3, T, record('client', 'MAIL FROM:<a@b>\r\n'));
    log.record(3, T, record('server', '250 2.1.0 OK\r\n'));
    log.note(3, T, 'connect from 127.0.0.1');
    expect(lines).toEqual([
      '09:04:05.067 #3 → MAIL FROM:<a@b>\\r\\n  · Opens a mail transaction. (RFC 5321 §4.1.1.2)\n',
      '09:04:05.067 #3 ← 250 2.1.0 OK\\r\\n  · Opens a mail transaction. (RFC 5321 §4.1.1.2)\n',
      '09:04:05.067 #3 * connect from 127.0.0.1\n',
    ]);
  });

  it('colours only for a terminal', () => {
    const { lines, log } = capture(true);
    log.record(1, T, record('client', 'QUIT\r\n'));
    expect(lines[0]).toContain('\u001b[36mQUIT\\r\\n\u001b[0m');
    expect(lines[0]!.split('\n')).toHaveLength(2);
  });

  it('gives the time of day in UTC to the millisecond', () => {
    expect(clock(T)).toBe('09:04:05.067');
  });
});
