// Colours a transcript for the terminal: each reply line by its class, so a
// learner sees success, "go on", "try later" and "no" at a glance. Works on
// whole lines only, so colouring a longer transcript never changes the
// colouring of the part already on screen.

const SGR: Record<string, string> = {
  '2': '\x1b[32m', // 2xx completion: green
  '3': '\x1b[36m', // 3xx intermediate (354, 334): cyan
  '4': '\x1b[33m', // 4xx transient failure: yellow
  '5': '\x1b[31m', // 5xx permanent failure: red
};
const RESET = '\x1b[0m';

// RFC 5321 §4.2: three digits, then a space or (on all but the last line) a hyphen.
const REPLY = /^([2-5])\d\d(?:[ -]|$)/;

// Control characters other than TAB, CR and LF (C0, DEL and the C1 range,
// which xterm.js also obeys). A message printed by `cat /var/mail/bob` is
// data: an escape sequence in it must not recolour the screen, set a link,
// or make the terminal answer a query as if the person had typed the answer.
const CONTROLS = /[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f]/g;

/** Each control character as its Unicode control picture (ESC: ␛, DEL: ␡), or U+0080–U+009F by number. */
export function visibleControls(text: string): string {
  return text.replace(CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
  });
}

/** The text with CR LF line ends (xterm.js needs the CR), control characters shown, not obeyed, and replies coloured. */
export function colourTranscript(text: string): string {
  const lines = visibleControls(text).replace(/\r?\n/g, '\n').split('\n');
  return lines
    .map((line, i) => {
      const complete = i < lines.length - 1;
      const cls = complete ? REPLY.exec(line)?.[1] : undefined;
      return cls ? `${SGR[cls]}${line}${RESET}` : line;
    })
    .join('\r\n');
}

/** A transcript (`source`), how far its complete lines go (`cut`, just past its last LF), and their colouring. */
export type Coloured = { source: string; cut: number; text: string };

export const NOTHING_COLOURED: Coloured = { source: '', cut: 0, text: '' };

export type ColourStep = {
  /** What to pass next time. */
  done: Coloured;
  /** Whether the text went on from the one before, so `fresh` follows `before.text`. */
  reused: boolean;
  /** The colouring from `before.cut` on (from 0 when not reused), the incomplete last line included. */
  fresh: string;
  /** The colouring of the incomplete last line alone, the end of `fresh`. */
  tail: string;
};

/**
 * colourTranscript(text), reusing what `before` already coloured when the
 * text goes on from it: a transcript that grows by a line costs that line,
 * not the whole transcript again, and nothing here copies or joins the whole
 * (a 10,000-line paste would otherwise be quadratic in time and garbage).
 * `before.text + fresh` (or `fresh` alone when not reused) is the colouring
 * of `text`.
 */
export function colourMore(before: Coloured, text: string): ColourStep {
  const reused = text.startsWith(before.source);
  const from = reused ? before : NOTHING_COLOURED;
  const cut = Math.max(from.cut, text.lastIndexOf('\n') + 1);
  const lines = cut > from.cut ? colourTranscript(text.slice(from.cut, cut)) : '';
  const tail = colourTranscript(text.slice(cut));
  return { done: { source: text, cut, text: from.text + lines }, reused, fresh: lines + tail, tail };
}
