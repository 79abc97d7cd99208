import { useEffect, useRef, useState } from 'react';
import type { Terminal } from '@xterm/xterm';
import { feed, initialLine, redraw, type LineState } from './lineDiscipline';
import { colourTranscript } from './replyColour';
import { terminalTheme } from './terminalTheme';

export type TerminalViewProps = {
  /** Everything the attached shell has printed so far, typed lines included. */
  transcript: string;
  history: readonly string[];
  onLine(line: string): void;
  onHistory(history: readonly string[]): void;
  onInterrupt(): void;
  onEscape(): void;
  onEof(): void;
};

/**
 * An xterm.js terminal as a view of a transcript: it writes only what is new
 * when the transcript grows, and redraws when it changes otherwise (a seek
 * back in time). xterm.js is imported when the view mounts, so it stays out
 * of the first-load bundle.
 */
export function TerminalView(props: TerminalViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const term = useRef<Terminal | null>(null);
  const shown = useRef('');
  const line = useRef<LineState>(initialLine(props.history));
  const latest = useRef(props);
  latest.current = props;
  const [ready, setReady] = useState(false);

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
        rows: 18,
        fontFamily: getComputedStyle(el).getPropertyValue('--mono') || 'monospace',
        fontSize: 15,
        theme: terminalTheme(el),
      });
      // Tab leaves the terminal, so keyboard users are never trapped in it.
      t.attachCustomKeyEventHandler((e) => e.key !== 'Tab');
      t.open(el);
      const input = t.onData((data) => onData(data));
      const scheme = matchMedia('(prefers-color-scheme: dark)');
      const retheme = () => (t.options.theme = terminalTheme(el));
      scheme.addEventListener('change', retheme);
      const resize = new ResizeObserver(() => fitColumns(t, el));
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
      term.current = null;
      shown.current = '';
    };
  }, []);

  function onData(data: string) {
    const t = term.current;
    if (!t) return;
    const step = feed(line.current, data);
    line.current = step.state;
    for (const e of step.events) {
      const p = latest.current;
      if (e.type === 'echo') t.write(e.text);
      else if (e.type === 'line') {
        // The line is on screen now, as the shell's transcript will show it.
        shown.current += `${e.line}\r\n`;
        p.onHistory(step.state.history);
        p.onLine(e.line);
      } else if (e.type === 'interrupt') p.onInterrupt();
      else if (e.type === 'escape') p.onEscape();
      else if (e.type === 'eof') p.onEof();
      else t.clear();
    }
  }

  const coloured = colourTranscript(props.transcript);
  useEffect(() => {
    const t = term.current;
    if (!t) return;
    const pending = line.current;
    const erase = pending.cursor > 0 ? `\x1b[${pending.cursor}D\x1b[K` : '\x1b[K';
    if (coloured.startsWith(shown.current)) {
      t.write(erase + coloured.slice(shown.current.length) + redraw(pending));
    } else {
      // RIS through the write queue, not t.reset(): a reset now would run
      // before writes still queued and let them reappear after it.
      t.write(`\x1bc${coloured}${redraw(pending)}`);
    }
    shown.current = coloured;
  }, [coloured, ready]);

  return <div ref={host} className="terminal-host" aria-busy={!ready} />;
}

const MIN_COLUMNS = 60;

/** As many columns as fit the width (what @xterm/addon-fit does, without the dependency). */
function fitColumns(t: Terminal, el: HTMLElement): void {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return;
  ctx.font = `${t.options.fontSize ?? 15}px ${t.options.fontFamily ?? 'monospace'}`;
  const cell = ctx.measureText('W').width || 9;
  const style = getComputedStyle(el);
  const width = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 14;
  const cols = Math.max(MIN_COLUMNS, Math.floor(width / cell));
  if (cols !== t.cols) t.resize(cols, t.rows);
}
