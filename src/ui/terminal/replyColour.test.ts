import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { colourMore, colourTranscript, NOTHING_COLOURED } from './replyColour';

describe('colourTranscript', () => {
  it('colours each reply line by its class', () => {
    const out = colourTranscript('220 mx ESMTP\n354 go ahead\n451 4.7.1 later\n500 what?\n');
    expect(out).toBe(
      '\x1b[32m220 mx ESMTP\x1b[0m\r\n\x1b[36m354 go ahead\x1b[0m\r\n\x1b[33m451 4.7.1 later\x1b[0m\r\n\x1b[31m500 what?\x1b[0m\r\n',
    );
  });

  it('colours every line of a multi-line reply', () => {
    expect(colourTranscript('250-mx1\r\n250 SIZE\r\n')).toBe('\x1b[32m250-mx1\x1b[0m\r\n\x1b[32m250 SIZE\x1b[0m\r\n');
  });

  it('leaves commands, prompts and numbers that are not replies alone', () => {
    const text = 'alice@ws:~$ telnet mx1 25\r\n2500 bytes\r\n199 no\r\n250';
    expect(colourTranscript(text)).toBe(text);
  });

  it('colouring a longer transcript keeps the earlier output as it was', () => {
    const a = colourTranscript('220 hi\r\nHELO x\r\n');
    const b = colourTranscript('220 hi\r\nHELO x\r\n250 ok\r\n$ ');
    expect(b.startsWith(a)).toBe(true);
  });

  it('shows control characters from the transcript instead of letting xterm.js obey them', () => {
    const hostile = 'Subject: \x1b]8;;http://evil.example\x07click\x1b]8;;\x07 \x1b[6n\x9b31m\x7f\tend\r\n';
    const out = colourTranscript(hostile);
    expect(out).toBe('Subject: ␛]8;;http://evil.example␇click␛]8;;␇ ␛[6n<U+009B>31m␡\tend\r\n');
    expect(out).not.toMatch(/[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f]/);
  });
});

describe('colouring a growing transcript', () => {
  it('colours each addition exactly as the whole transcript would be coloured, however it is cut', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('250 ok', '354 go', '451 later', '550 no', 'plain', '\r', '\n', '\r\n', '\x1b', ' '), { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 6 }), (pieces, cuts) => {
        const text = pieces.join('');
        const stops = [...cuts.map((c) => c % (text.length + 1)), text.length].sort((a, b) => a - b);
        let done = NOTHING_COLOURED;
        for (const stop of stops) {
          const step = colourMore(done, text.slice(0, stop));
          expect(step.reused).toBe(true);
          expect(done.text + step.fresh).toBe(colourTranscript(text.slice(0, stop)));
          expect(step.done.text + step.tail).toBe(colourTranscript(text.slice(0, stop)));
          done = step.done;
        }
      }),
    );
  });

  it('starts over when the transcript is not a continuation (a seek back in time)', () => {
    const first = colourMore(NOTHING_COLOURED, '250 a\r\n550 b\r\n');
    const again = colourMore(first.done, '354 c\r\n');
    expect(again.reused).toBe(false);
    expect(again.fresh).toBe(colourTranscript('354 c\r\n'));
  });
});
