import { useEffect, useMemo, useRef, useState } from 'react';
import type { Terminal } from '@xterm/xterm';
import { feed, initialLine, redraw, type LineEvent, type LineState } from './lineDiscipline';
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
const SLICE_MS = 12;

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
  const queue = useRef<{ events: LineEvent[]; next: number; waiting: boolean }>({ events: [], next: 0, waiting: false });
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
      queue.current = { events: [], next: 0, waiting: false };
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
    const step = feed(line.current, data);
    line.current = step.state;
    for (const e of step.events) queue.current.events.push(e);
    if (!queue.current.waiting) drain();
  }

  // The keys of a paste are handled a slice at a time, each slice its own
  // task, so the page draws and answers between them. Typing is one slice.
  function drain() {
    const q = queue.current;
    q.waiting = false;
    const t = term.current;
    if (!t || q !== queue.current) return;
    const start = performance.now();
    let lines = 0;
    // xterm.js's screen-reader mode does work for every character printed
    // (a live region it debounces by timer), which for a 10,000-line paste
    // costs more than the paste; a screen reader reads only the last rows of
    // such a burst anyway. So it rests while a long paste runs, and is back
    // for the answer to its last line.
    if (t.options.screenReaderMode && q.events.length - q.next > QUIET_PASTE * 2) t.options.screenReaderMode = false;
    while (q.next < q.events.length && performance.now() - start < SLICE_MS) {
      const e = q.events[q.next++]!;
      const p = latest.current;
      if (e.type === 'echo') t.write(e.text);
      else if (e.type === 'line') {
        // The line is on screen now, as the shell's transcript will show it.
        shown.current += `${e.line}\r\n`;
        lines += 1;
        p.onLine(e.line, t.cols);
      } else if (e.type === 'interrupt') p.onInterrupt();
      else if (e.type === 'escape') p.onEscape();
      else if (e.type === 'eof') p.onEof();
      else t.clear();
    }
    if (lines > 0) latest.current.onHistory(line.current.history);
    if (q.next < q.events.length) {
      q.waiting = true;
      nextTask(() => q === queue.current && drain());
    } else {
      queue.current = { events: [], next: 0, waiting: false };
      if (!t.options.screenReaderMode) t.options.screenReaderMode = true;
    }
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
    const erase = pending.cursor > 0 ? `\x1b[${pending.cursor}D\x1b[K` : '\x1b[K';
    // Written before (a re-render for `ready`): the screen already shows it.
    const fresh = written.current === step ? step.tail : step.fresh;
    if (written.current !== undefined && step.reused && fresh.startsWith(shown.current)) {
      t.write(erase + fresh.slice(shown.current.length) + redraw(pending));
    } else {
      // RIS through the write queue, not t.reset(): a reset now would run
      // before writes still queued and let them reappear after it.
      t.write(`\x1bc${step.done.text}${step.tail}${redraw(pending)}`);
    }
    written.current = step;
    shown.current = step.tail;
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
