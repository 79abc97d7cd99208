import { useEffect, useMemo, useRef, useState } from 'react';
import type { Terminal } from '@xterm/xterm';
import { feed, initialLine, redraw, type LineEvent, type LineState } from './lineDiscipline';
import { pieceEnd, pieces } from './pieces';
import { colourMore, NOTHING_COLOURED, type ColourStep } from './replyColour';
import { terminalTheme } from './terminalTheme';

export type TerminalViewProps = {
  /** Everything the attached shell has printed so far, typed lines included. */
  transcript: string;
  history: readonly string[];
  onLine(line: string, columns: number): void;
  onHistory(history: readonly string[]): void;
  onInterrupt(): void;
  onEscape(): void;
  onEof(): void;
  /** The Text size setting: the font grows with it, and the columns and rows follow. */
  fontScale?: number;
};

const FONT_SIZE = 15;
/** Lines of a paste beyond which the screen reader's live region is paused until the paste is done. */
const QUIET_PASTE = 50;
/** Longest slice of a paste handled in one task, ms: with the render that follows, well inside the 50 ms of a long task. */
const SLICE_MS = 8;
/** Characters of a pasted line fed to the line discipline at a time (a paste is fed a line at a time, so a slice can stop after any). */
const FEED_CHARS = 512;
/**
 * Lines of output handed to xterm.js in one write. It parses a write whole
 * and yields only between writes, so one write of a thousand lines would be
 * one long task.
 */
const WRITE_LINES = 16;
const WRITE_CHARS = 2048;

/** Keys and pastes not yet fed to the line discipline (`input` from `at`), and what the piece last fed gave (`events` from `next`). */
type Queue = { input: string; at: number; events: LineEvent[]; next: number; waiting: boolean };
const idle = (): Queue => ({ input: '', at: 0, events: [], next: 0, waiting: false });

// The next task, without the 4 ms that nested timeouts are clamped to (HTML §8.6).
const nextTask = (() => {
  if (typeof MessageChannel === 'undefined') return (fn: () => void) => void setTimeout(fn, 0);
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return (fn: () => void) => {
    waiting.push(fn);
    channel.port2.postMessage(0);
  };
})();

/**
 * An xterm.js terminal as a view of a transcript: it writes only what is new
 * when the transcript grows, and redraws when it changes otherwise (a seek
 * back in time). xterm.js is imported when the view mounts, so it stays out
 * of the first-load bundle.
 */
export function TerminalView(props: TerminalViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const term = useRef<Terminal | null>(null);
  // What is on screen beyond the complete lines of the last transcript
  // written: its incomplete last line (a prompt) and the lines typed since.
  const shown = useRef('');
  const line = useRef<LineState>(initialLine(props.history));
  const latest = useRef(props);
  latest.current = props;
  const [ready, setReady] = useState(false);
  const queue = useRef<Queue>(idle());
  // The line being edited is not on screen: its echo was held back (see drain) until the transcript is written.
  const unechoed = useRef(false);
  const fontSize = Math.round(FONT_SIZE * (props.fontScale ?? 1));

  useEffect(() => {
    let disposed = false;
    let cleanup = () => {};
    void Promise.all([import('@xterm/xterm'), import('@xterm/xterm/css/xterm.css')]).then(([{ Terminal }]) => {
      const el = host.current;
      if (disposed || !el) return;
      const t = new Terminal({
        screenReaderMode: true,
        cursorBlink: true,
        convertEol: false,
        cols: 80,
        rows: 12,
        fontFamily: getComputedStyle(el).getPropertyValue('--mono') || 'monospace',
        fontSize,
        theme: terminalTheme(el),
      });
      // Tab leaves the terminal, so keyboard users are never trapped in it.
      t.attachCustomKeyEventHandler((e) => e.key !== 'Tab');
      t.open(el);
      const input = t.onData((data) => onData(data));
      const scheme = matchMedia('(prefers-color-scheme: dark)');
      const retheme = () => (t.options.theme = terminalTheme(el));
      scheme.addEventListener('change', retheme);
      const resize = new ResizeObserver(() => fit(t, el));
      resize.observe(el);
      term.current = t;
      setReady(true);
      cleanup = () => {
        scheme.removeEventListener('change', retheme);
        resize.disconnect();
        input.dispose();
        t.dispose();
      };
    });
    return () => {
      disposed = true;
      cleanup();
      queue.current = idle();
      unechoed.current = false;
      term.current = null;
      shown.current = '';
      written.current = undefined;
    };
  }, []);

  useEffect(() => {
    const t = term.current;
    const el = host.current;
    if (!t || !el || t.options.fontSize === fontSize) return;
    t.options.fontSize = fontSize;
    fit(t, el);
  }, [fontSize, ready]);

  function onData(data: string) {
    if (!term.current) return;
    const q = queue.current;
    q.input = q.at < q.input.length ? q.input.slice(q.at) + data : data;
    q.at = 0;
    if (q.waiting) return;
    // A key is handled at once; a paste from the next task on, as the event that brought it has work of its own.
    if (pieceEnd(q.input, q.at, 1, FEED_CHARS) === q.input.length) drain();
    else later(q);
  }

  function later(q: Queue) {
    q.waiting = true;
    nextTask(() => q === queue.current && drain());
  }

  // The keys of a paste are fed a line at a time, a slice of lines per
  // task, so the page draws and answers between them. Typing is one slice.
  function drain() {
    const q = queue.current;
    q.waiting = false;
    const t = term.current;
    if (!t || q !== queue.current) return;
    const start = performance.now();
    let lines = 0;
    // Once a line has gone to the shell, its answer is not on screen until
    // the transcript is next written, so an echo now would land above it.
    // What follows is held back: the transcript brings the lines, and the
    // line being edited is drawn after it.
    let echoing = !unechoed.current;
    // xterm.js's screen-reader mode does work for every character printed
    // (a live region it debounces by timer), which for a 10,000-line paste
    // costs more than the paste; a screen reader reads only the last rows of
    // such a burst anyway. So it rests while a long paste runs, and is back
    // for the answer to its last line.
    if (t.options.screenReaderMode && pieceEnd(q.input, q.at, QUIET_PASTE, Infinity) < q.input.length) t.options.screenReaderMode = false;
    while (performance.now() - start < SLICE_MS) {
      if (q.next === q.events.length) {
        if (q.at === q.input.length) break;
        const end = pieceEnd(q.input, q.at, 1, FEED_CHARS);
        const step = feed(line.current, q.input.slice(q.at, end));
        line.current = step.state;
        q.at = end;
        q.events = step.events;
        q.next = 0;
        continue;
      }
      const e = q.events[q.next++]!;
      const p = latest.current;
      if (e.type === 'echo') {
        if (echoing) t.write(e.text);
        else unechoed.current = true;
        continue;
      }
      if (e.type === 'clear') {
        t.clear();
        continue;
      }
      if (e.type === 'line') {
        // Echoed, the line is on screen now, as the shell's transcript will show it.
        if (echoing) shown.current += `${e.line}\r\n`;
        lines += 1;
        p.onLine(e.line, t.cols);
      } else if (e.type === 'interrupt') p.onInterrupt();
      else if (e.type === 'escape') p.onEscape();
      else p.onEof();
      echoing = false;
    }
    if (lines > 0) latest.current.onHistory(line.current.history);
    // Still held back once this task's render is done, nothing came from the
    // shell (a line a lesson refused): the line being edited is drawn where the screen stands.
    if (unechoed.current) nextTask(() => unechoed.current && showPending());
    if (q.next < q.events.length || q.at < q.input.length) later(q);
    else {
      queue.current = idle();
      if (!t.options.screenReaderMode) t.options.screenReaderMode = true;
    }
  }

  function showPending() {
    if (!term.current) return;
    term.current.write(redraw(line.current));
    unechoed.current = false;
  }

  // Only what is new is coloured and compared: the transcript as a whole is
  // never copied, joined or scanned again for a line more (issue 11 §3.1).
  // Relative to what was last written (set only once committed), so a render React throws away changes nothing.
  const written = useRef<ColourStep | undefined>(undefined);
  const step = useMemo(() => colourMore(written.current?.done ?? NOTHING_COLOURED, props.transcript), [props.transcript]);
  useEffect(() => {
    const t = term.current;
    if (!t) return;
    const pending = line.current;
    // The line being edited is erased and drawn again after what is new; held back, it is not there to erase.
    const erase = unechoed.current ? '' : pending.cursor > 0 ? `\x1b[${pending.cursor}D\x1b[K` : '\x1b[K';
    // Written before (a re-render for `ready`): the screen already shows it.
    const fresh = written.current === step ? step.tail : step.fresh;
    const text =
      written.current !== undefined && step.reused && fresh.startsWith(shown.current)
        ? erase + fresh.slice(shown.current.length) + redraw(pending)
        : // RIS through the write queue, not t.reset(): a reset now would run
          // before writes still queued and let them reappear after it.
          `\x1bc${step.done.text}${step.tail}${redraw(pending)}`;
    for (const piece of pieces(text, WRITE_LINES, WRITE_CHARS)) t.write(piece);
    written.current = step;
    shown.current = step.tail;
    unechoed.current = false;
  }, [step, ready]);

  return <div ref={host} className="terminal-host" aria-busy={!ready} />;
}

// Narrow enough for a phone held upright; the shell wraps its output to the width.
const MIN_COLUMNS = 30;
const MIN_ROWS = 4;

/** As many columns and rows as fit the box (what @xterm/addon-fit does, without the dependency). */
function fit(t: Terminal, el: HTMLElement): void {
  if (el.clientWidth === 0 || el.clientHeight === 0) return;
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return;
  const size = t.options.fontSize ?? FONT_SIZE;
  ctx.font = `${size}px ${t.options.fontFamily ?? 'monospace'}`;
  const cell = ctx.measureText('W').width || size * 0.6;
  const row = el.querySelector('.xterm-rows > div')?.getBoundingClientRect().height || Math.ceil(size * 1.2);
  const style = getComputedStyle(el);
  const width = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 14;
  const height = el.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
  const cols = Math.max(MIN_COLUMNS, Math.floor(width / cell));
  const rows = Math.max(MIN_ROWS, Math.floor(height / row));
  if (cols !== t.cols || rows !== t.rows) t.resize(cols, rows);
}
