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

/** The text with CR LF line ends (xterm.js needs the CR) and replies coloured. */
export function colourTranscript(text: string): string {
  const lines = text.replace(/\r?\n/g, '\n').split('\n');
  return lines
    .map((line, i) => {
      const complete = i < lines.length - 1;
      const cls = complete ? REPLY.exec(line)?.[1] : undefined;
      return cls ? `${SGR[cls]}${line}${RESET}` : line;
    })
    .join('\r\n');
}
