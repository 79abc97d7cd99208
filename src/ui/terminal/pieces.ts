// Cuts terminal text into pieces small enough for one task each. xterm.js
// and the drain in TerminalView yield between the strings they are given,
// never inside one, so a 10,000-line paste written or fed whole is one long
// task however the work is sliced. Each piece must mean alone what it meant
// in the whole: a cut never falls between CR and LF (one line break, not
// two), inside a surrogate pair (half a character) or inside an escape
// sequence (a key the line discipline would take for text).
import { escapeAt } from './lineDiscipline';

const LF = 0x0a;
const CR = 0x0d;
const ESC = 0x1b;

/** Whether CR LF or a surrogate pair starts at `i`. */
function pairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  return (c === CR && next === LF) || (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff);
}

/**
 * Where the piece of `text` that starts at `from` ends: after `lines` line
 * breaks (CR, LF or CR LF) or once it holds `chars` code units, whichever
 * comes first (a token that straddles the limit is kept whole, so a piece
 * may exceed it by the rest of an escape sequence or character). Always at
 * least one character on while text is left.
 */
export function pieceEnd(text: string, from: number, lines: number, chars: number): number {
  let i = from;
  let breaks = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    // An escape sequence is one token, and a CR or LF that ends it is its final byte, not a line break.
    let end = c === ESC ? i + escapeAt(text, i).length : i + 1;
    let lineBreak = c === CR || c === LF;
    // CR LF or a surrogate pair is one token, also when a sequence ends in its first half (ESC O CR, then LF).
    if (pairAt(text, end - 1)) {
      end += 1;
      lineBreak ||= text.charCodeAt(end - 1) === LF;
    }
    i = end;
    if (lineBreak && ++breaks >= lines) break;
    if (i - from >= chars) break;
  }
  return i;
}

/** `text` cut by `pieceEnd`: the pieces, in order, join back to it. */
export function pieces(text: string, lines: number, chars: number): string[] {
  const out: string[] = [];
  for (let from = 0; from < text.length; ) {
    const end = pieceEnd(text, from, lines, chars);
    out.push(text.slice(from, end));
    from = end;
  }
  return out;
}
