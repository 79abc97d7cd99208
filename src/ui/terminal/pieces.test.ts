import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pieceEnd, pieces } from './pieces';
import { feed, initialLine, type LineEvent, type LineState } from './lineDiscipline';

/** Everything a paste arrives as: text, every kind of line break, keys, and characters outside the BMP. */
const unit = fc.constantFrom('a', 'b', ' ', '\r', '\n', '\r\n', '\x1b', '[', 'O', 'A', '3', '~', ';', '\x7f', '\x03', '\x04', '😀', '\ud83d', '\ude00', 'é');
const text = fc.array(unit, { maxLength: 80 }).map((units) => units.join(''));
const size = fc.integer({ min: 1, max: 9 });

/** Each piece fed in turn, echoes that follow one another merged as one feed of the whole would. */
function feedAll(chunks: readonly string[], start: LineState = initialLine()) {
  let state = start;
  const events: LineEvent[] = [];
  for (const chunk of chunks) {
    const step = feed(state, chunk);
    state = step.state;
    for (const e of step.events) {
      const last = events.at(-1);
      if (e.type === 'echo' && last?.type === 'echo') events[events.length - 1] = { type: 'echo', text: last.text + e.text };
      else events.push(e);
    }
  }
  return { state, events };
}

describe('pieces', () => {
  it('cuts after the given number of line breaks, CR LF counting as one', () => {
    expect(pieces('a\r\nb\nc\rd', 1, 100)).toEqual(['a\r\n', 'b\n', 'c\r', 'd']);
    expect(pieces('a\r\nb\nc\rd', 2, 100)).toEqual(['a\r\nb\n', 'c\rd']);
  });

  it('cuts a long line by length, but never a surrogate pair or an escape sequence', () => {
    expect(pieces('abcdef', 1, 4)).toEqual(['abcd', 'ef']);
    expect(pieces('abc😀d', 1, 4)).toEqual(['abc😀', 'd']);
    expect(pieces('ab\x1b[12Acd', 1, 3)).toEqual(['ab\x1b[12A', 'cd']);
  });

  it('pieceEnd starts where it is told and always moves on', () => {
    expect(pieceEnd('x\ny\nz', 2, 1, 10)).toBe(4);
    expect(pieceEnd('abc', 0, 0, 0)).toBe(1);
    expect(pieceEnd('abc', 3, 1, 1)).toBe(3);
  });

  it('the pieces join back to the text, and none splits CR LF or a surrogate pair (property)', () => {
    fc.assert(
      fc.property(text, size, size, (t, lines, chars) => {
        const cut = pieces(t, lines, chars);
        expect(cut.join('')).toBe(t);
        expect(cut.every((p) => p.length > 0)).toBe(true);
        for (let k = 1; k < cut.length; k++) {
          const before = cut[k - 1]!.charCodeAt(cut[k - 1]!.length - 1);
          const after = cut[k]!.charCodeAt(0);
          expect(before === 0x0d && after === 0x0a).toBe(false);
          expect(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff).toBe(false);
        }
      }),
    );
  });

  it('no piece holds more line breaks than asked (property)', () => {
    fc.assert(
      fc.property(text, size, (t, lines) => {
        // Outside escape sequences, where a CR or LF is a line break to the line discipline.
        const breaks = (p: string) => p.replace(/\x1b(?:\[[0-9;?]*.?|O.?)?/gs, '').replace(/\r\n/g, '\n').replace(/[^\r\n]/g, '').length;
        for (const p of pieces(t, lines, 1_000)) expect(breaks(p)).toBeLessThanOrEqual(lines);
      }),
    );
  });

  it('the line discipline fed the pieces one by one does what it does fed the whole (property)', () => {
    fc.assert(
      fc.property(text, size, size, (t, lines, chars) => {
        expect(feedAll(pieces(t, lines, chars))).toEqual(feedAll([t]));
      }),
    );
  });
});
