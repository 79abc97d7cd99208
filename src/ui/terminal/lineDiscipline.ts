// The terminal's line discipline, as a pure step function: what a cooked-mode
// tty does between the keyboard and a program that reads whole lines. xterm.js
// hands us raw keystrokes and pastes; we echo, edit and hand back lines.
// Pure so that every key can be tested without a DOM.

export type LineState = {
  buffer: string;
  /** Cursor position inside buffer, 0..buffer.length. */
  cursor: number;
  /** Oldest first; what up/down walk through. */
  history: readonly string[];
  /** Index into history while browsing it; null when editing a fresh line. */
  browsing: number | null;
  /** The fresh line put aside while browsing history. */
  draft: string;
};

export type LineEvent =
  | { type: 'echo'; text: string }
  | { type: 'line'; line: string }
  | { type: 'interrupt' }
  /** Ctrl-]: telnet's escape character, for the program to interpret. */
  | { type: 'escape' }
  | { type: 'eof' }
  | { type: 'clear' };

export type LineStep = { state: LineState; events: LineEvent[] };

export const HISTORY_LIMIT = 200;

export function initialLine(history: readonly string[] = []): LineState {
  return { buffer: '', cursor: 0, history, browsing: null, draft: '' };
}

const CSI = '\x1b[';
const left = (n: number) => (n > 0 ? `${CSI}${n}D` : '');

// Escape sequences xterm.js sends for the keys we honour; both CSI and SS3
// forms because application cursor mode switches between them.
const KEYS: Record<string, Key> = {
  '\x1b[A': 'up', '\x1bOA': 'up',
  '\x1b[B': 'down', '\x1bOB': 'down',
  '\x1b[C': 'right', '\x1bOC': 'right',
  '\x1b[D': 'left', '\x1bOD': 'left',
  '\x1b[H': 'home', '\x1bOH': 'home', '\x1b[1~': 'home',
  '\x1b[F': 'end', '\x1bOF': 'end', '\x1b[4~': 'end',
  '\x1b[3~': 'delete',
};

type Key = 'up' | 'down' | 'right' | 'left' | 'home' | 'end' | 'delete';

/** Feeds whatever xterm.js delivered (one key, or a whole paste). */
export function feed(start: LineState, data: string): LineStep {
  let state = start;
  const events: LineEvent[] = [];
  const echo = (text: string) => {
    if (!text) return;
    const last = events[events.length - 1];
    if (last?.type === 'echo') events[events.length - 1] = { type: 'echo', text: last.text + text };
    else events.push({ type: 'echo', text });
  };

  let i = 0;
  while (i < data.length) {
    const ch = data[i]!;
    if (ch === '\x1b') {
      const seq = escapeAt(data, i);
      const key = KEYS[seq];
      if (key) state = moveKey(state, key, echo);
      i += seq.length;
      continue;
    }
    i += 1;
    switch (ch) {
      case '\r':
      case '\n': {
        // A paste of CR LF is one line break, not two.
        if (ch === '\r' && data[i] === '\n') i += 1;
        echo('\r\n');
        events.push({ type: 'line', line: state.buffer });
        state = initialLine(remember(state.history, state.buffer));
        break;
      }
      case '\x7f':
      case '\b':
        if (state.cursor > 0) {
          const buffer = state.buffer.slice(0, state.cursor - 1) + state.buffer.slice(state.cursor);
          const tail = buffer.slice(state.cursor - 1);
          echo(`\b${tail}${CSI}K${left(tail.length)}`);
          state = { ...state, buffer, cursor: state.cursor - 1, browsing: null };
        }
        break;
      case '\x03':
        echo('^C\r\n');
        events.push({ type: 'interrupt' });
        state = initialLine(state.history);
        break;
      case '\x1d':
        echo('^]\r\n');
        events.push({ type: 'escape' });
        state = initialLine(state.history);
        break;
      case '\x04':
        // As a tty does: end of file only on an empty line.
        if (state.buffer === '') events.push({ type: 'eof' });
        else state = deleteUnder(state, echo);
        break;
      case '\x0c':
        events.push({ type: 'clear' });
        break;
      case '\x01':
        state = moveKey(state, 'home', echo);
        break;
      case '\x05':
        state = moveKey(state, 'end', echo);
        break;
      case '\x15':
        // Ctrl-U: kill the line before the cursor.
        if (state.cursor > 0) {
          const tail = state.buffer.slice(state.cursor);
          echo(`${left(state.cursor)}${tail}${CSI}K${left(tail.length)}`);
          state = { ...state, buffer: tail, cursor: 0, browsing: null };
        }
        break;
      case '\t':
        state = insert(state, ' ', echo);
        break;
      default:
        // Other control characters have no meaning here; drop them rather than
        // put invisible bytes on the wire.
        if (ch >= ' ') state = insert(state, ch, echo);
    }
  }
  return { state, events };
}

/** What the terminal should show again after a clear: the line being edited. */
export function redraw(state: LineState): string {
  return state.buffer + left(state.buffer.length - state.cursor);
}

/** The escape sequence at `i` as feed reads it (pieces.ts never cuts one). */
export function escapeAt(data: string, i: number): string {
  // ESC [ params final, or ESC O x, or a lone ESC.
  if (data[i + 1] === 'O') return data.slice(i, i + 3);
  if (data[i + 1] !== '[') return data.slice(i, i + 1);
  let j = i + 2;
  while (j < data.length && /[0-9;?]/.test(data[j]!)) j += 1;
  return data.slice(i, j + 1);
}

function insert(state: LineState, text: string, echo: (t: string) => void): LineState {
  const tail = state.buffer.slice(state.cursor);
  echo(text + tail + left(tail.length));
  return {
    ...state,
    buffer: state.buffer.slice(0, state.cursor) + text + tail,
    cursor: state.cursor + text.length,
    browsing: null,
  };
}

function deleteUnder(state: LineState, echo: (t: string) => void): LineState {
  if (state.cursor >= state.buffer.length) return state;
  const buffer = state.buffer.slice(0, state.cursor) + state.buffer.slice(state.cursor + 1);
  const tail = buffer.slice(state.cursor);
  echo(`${tail}${CSI}K${left(tail.length)}`);
  return { ...state, buffer, browsing: null };
}

function moveKey(state: LineState, key: Key, echo: (t: string) => void): LineState {
  switch (key) {
    case 'left':
      if (state.cursor === 0) return state;
      echo(left(1));
      return { ...state, cursor: state.cursor - 1 };
    case 'right':
      if (state.cursor >= state.buffer.length) return state;
      echo(`${CSI}C`);
      return { ...state, cursor: state.cursor + 1 };
    case 'home':
      echo(left(state.cursor));
      return { ...state, cursor: 0 };
    case 'end': {
      const n = state.buffer.length - state.cursor;
      if (n > 0) echo(`${CSI}${n}C`);
      return { ...state, cursor: state.buffer.length };
    }
    case 'delete':
      return deleteUnder(state, echo);
    case 'up': {
      if (state.history.length === 0 || state.browsing === 0) return state;
      const browsing = state.browsing === null ? state.history.length - 1 : state.browsing - 1;
      const draft = state.browsing === null ? state.buffer : state.draft;
      return replaceLine({ ...state, browsing, draft }, state.history[browsing] ?? '', echo);
    }
    case 'down': {
      if (state.browsing === null) return state;
      const next = state.browsing + 1;
      if (next >= state.history.length) return replaceLine({ ...state, browsing: null }, state.draft, echo);
      return replaceLine({ ...state, browsing: next }, state.history[next] ?? '', echo);
    }
  }
}

function replaceLine(state: LineState, text: string, echo: (t: string) => void): LineState {
  echo(`${left(state.cursor)}${CSI}K${text}`);
  return { ...state, buffer: text, cursor: text.length };
}

function remember(history: readonly string[], line: string): readonly string[] {
  // Like bash's ignoreboth: no blank lines, no immediate repeats.
  if (line.trim() === '' || history[history.length - 1] === line) return history;
  const next = [...history, line];
  return next.length > HISTORY_LIMIT ? next.slice(next.length - HISTORY_LIMIT) : next;
}
