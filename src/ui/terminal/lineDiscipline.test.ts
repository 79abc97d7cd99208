import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { feed, initialLine, redraw, HISTORY_LIMIT, type LineEvent, type LineState } from './lineDiscipline';

const UP = '\x1b[A';
const DOWN = '\x1b[B';
const RIGHT = '\x1b[C';
const LEFT = '\x1b[D';

function run(keys: string[], start: LineState = initialLine()) {
  let state = start;
  const events: LineEvent[] = [];
  for (const k of keys) {
    const step = feed(state, k);
    state = step.state;
    events.push(...step.events);
  }
  return { state, events, lines: events.flatMap((e) => (e.type === 'line' ? [e.line] : [])) };
}

/** What a screen would show on the input line after replaying the echo. */
function screen(events: LineEvent[]): string {
  let row: string[] = [];
  let col = 0;
  const text = events.flatMap((e) => (e.type === 'echo' ? [e.text] : [])).join('');
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const csi = /^\x1b\[(\d*)([A-Z])/.exec(text.slice(i));
    if (csi) {
      const n = Number(csi[1] || 1);
      if (csi[2] === 'D') col = Math.max(0, col - n);
      if (csi[2] === 'C') col += n;
      if (csi[2] === 'K') row = row.slice(0, col);
      i += csi[0].length - 1;
    } else if (c === '\r') col = 0;
    else if (c === '\n') row = [];
    else if (c === '\b') col = Math.max(0, col - 1);
    else {
      row[col] = c;
      col += 1;
    }
  }
  return row.join('');
}

describe('line discipline', () => {
  it('echoes what is typed and hands over the line on Enter', () => {
    const r = run([...'HELO ws', '\r']);
    expect(r.lines).toEqual(['HELO ws']);
    expect(r.events.find((e) => e.type === 'echo')).toEqual({ type: 'echo', text: 'H' });
    expect(r.state.buffer).toBe('');
  });

  it('backspace removes the character before the cursor, on screen too', () => {
    const r = run([...'HELLO', '\x7f', '\x7f', 'O']);
    expect(r.state.buffer).toBe('HELO');
    expect(screen(r.events)).toBe('HELO');
  });

  it('backspace at the start of the line does nothing', () => {
    const r = run(['\x7f']);
    expect(r.events).toEqual([]);
  });

  it('cursor left and right edit in the middle of the line', () => {
    const r = run([...'MAL', LEFT, 'I', RIGHT, ' FROM']);
    expect(r.state.buffer).toBe('MAIL FROM');
    expect(screen(r.events)).toBe('MAIL FROM');
  });

  it('backspace in the middle redraws the tail', () => {
    const r = run([...'RCPPT', LEFT, LEFT, '\x7f']);
    expect(r.state.buffer).toBe('RCPT');
    expect(r.state.cursor).toBe(2);
    expect(screen(r.events)).toBe('RCPT');
  });

  it('Home, End, Delete and Ctrl-U', () => {
    const r = run([...'xQUIT', '\x1b[H', '\x1b[3~', '\x1b[F', '!', '\x01', '\x05']);
    expect(r.state.buffer).toBe('QUIT!');
    expect(screen(r.events)).toBe('QUIT!');
    const k = run([...'junk DATA', LEFT, LEFT, LEFT, LEFT, '\x15']);
    expect(k.state.buffer).toBe('DATA');
    expect(screen(k.events)).toBe('DATA');
  });

  it('walks the history with up and down and keeps the fresh line aside', () => {
    const r = run([...'EHLO a', '\r', ...'NOOP', '\r', ...'dra', UP]);
    expect(r.state.buffer).toBe('NOOP');
    const up2 = run([UP], r.state);
    expect(up2.state.buffer).toBe('EHLO a');
    const up3 = run([UP], up2.state);
    expect(up3.state.buffer).toBe('EHLO a');
    const down = run([DOWN, DOWN], up3.state);
    expect(down.state.buffer).toBe('dra');
    expect(screen(run([...'EHLO a', '\r', ...'NOOP', '\r', ...'dra', UP, UP, DOWN, DOWN]).events)).toBe('dra');
  });

  it('does not remember blank lines or immediate repeats, and forgets the oldest', () => {
    const r = run(['NOOP\r', '\r', 'NOOP\r', 'RSET\r']);
    expect(r.state.history).toEqual(['NOOP', 'RSET']);
    const many = run(Array.from({ length: HISTORY_LIMIT + 5 }, (_, i) => `c${i}\r`));
    expect(many.state.history).toHaveLength(HISTORY_LIMIT);
    expect(many.state.history[0]).toBe('c5');
  });

  it('Ctrl-C abandons the line', () => {
    const r = run([...'MAIL', '\x03']);
    expect(r.events.at(-1)).toEqual({ type: 'interrupt' });
    expect(r.state.buffer).toBe('');
    expect(r.lines).toEqual([]);
  });

  it('Ctrl-] is handed on as the escape character and abandons the line', () => {
    const r = run([...'QUI', '\x1d']);
    expect(r.events.at(-1)).toEqual({ type: 'escape' });
    expect(r.state.buffer).toBe('');
    expect(r.lines).toEqual([]);
  });

  it('Ctrl-D is end of file only on an empty line', () => {
    expect(run(['\x04']).events).toEqual([{ type: 'eof' }]);
    const mid = run([...'ab', LEFT, '\x04']);
    expect(mid.state.buffer).toBe('a');
    expect(mid.events.some((e) => e.type === 'eof')).toBe(false);
  });

  it('Ctrl-L asks for a clear and the line can be redrawn', () => {
    const r = run([...'abc', LEFT, '\x0c']);
    expect(r.events.at(-1)).toEqual({ type: 'clear' });
    expect(redraw(r.state)).toBe('abc\x1b[1D');
  });

  it('a paste of several lines gives one line at a time, CR LF or LF', () => {
    const r = run(['HELO ws.alice.example\r\nMAIL FROM:<alice@alice.example>\nRCPT TO:<bob@bob.example>\rDATA']);
    expect(r.lines).toEqual(['HELO ws.alice.example', 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<bob@bob.example>']);
    expect(r.state.buffer).toBe('DATA');
  });

  it('drops control characters and unknown escape sequences instead of echoing them', () => {
    const r = run(['a\x07b\x1b[5~c\x1bOPd']);
    expect(r.state.buffer).toBe('abcd');
  });

  it('whatever is typed, the screen shows the buffer (property)', () => {
    const key = fc.constantFrom('a', 'b', ' ', '.', '\x7f', LEFT, RIGHT, '\x1b[H', '\x1b[F', '\x1b[3~', '\x15');
    fc.assert(
      fc.property(fc.array(key, { maxLength: 60 }), (keys) => {
        const r = run(keys);
        expect(screen(r.events)).toBe(r.state.buffer);
        expect(r.state.cursor).toBeGreaterThanOrEqual(0);
        expect(r.state.cursor).toBeLessThanOrEqual(r.state.buffer.length);
      }),
    );
  });
});
