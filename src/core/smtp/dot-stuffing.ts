// The client's half of SMTP data transparency (RFC 5321 §4.5.2): what goes on
// the wire after the 354, terminator included.
//
// Line endings. RFC 5321 §2.3.8 allows CR and LF in mail data only together,
// as CRLF. A careful client never sends a bare CR or a bare LF: the SMTP
// smuggling attacks of 2023 (SEC Consult, "SMTP Smuggling – Spoofing E-Mails
// Worldwide", CVE-2023-51764/51765/51766) worked because an outbound server
// passed `LF . LF` or `CR . CR` through, which a receiving server took for
// the end of the data, so the rest of the content ran as commands. Here every
// bare LF and every bare CR becomes CRLF, a line break like any other, so the
// only end of data these bytes can ever contain is the one appended.

import { octetText } from '../codec/ascii';

const CR = 0x0d;
const LF = 0x0a;
const DOT = 0x2e;
const TERMINATOR = [DOT, CR, LF];

/** What the DATA phase sends for a message, and what it amounts to. */
export type StuffedContent = {
  /** The bytes after the 354, terminator included. */
  wire: Uint8Array;
  /**
   * What SIZE= declares (RFC 1870 §3): the octets sent after the 354, CRLFs
   * included, but not the terminating "." line nor the dots stuffing added.
   */
  size: number;
  /** Bytes above 0x7F, which need BODY=8BITMIME (RFC 6152 §3). */
  eightBit: boolean;
};

/**
 * The content as sent in the DATA phase: bare CR and bare LF normalised to
 * CRLF, one '.' added before every line that starts with '.', a final CRLF
 * when the content does not end with a line break, then `.` CRLF.
 * Empty content gives just `.` CRLF (the DATA line's CRLF is the first half
 * of `CRLF . CRLF`, RFC 5321 §4.1.1.4).
 */
export function dotStuff(content: Uint8Array): StuffedContent {
  const n = content.length;
  // One scan finds every insertion (a CR before a bare LF, an LF after a
  // bare CR, a dot before a line's leading dot), in order; the output is then
  // one allocation filled by copying the runs between insertions, so clean
  // content costs a scan and a copy, never per-byte building.
  // The scan jumps from one CR or LF to the next with indexOf on the content
  // as text, which costs far less a call than on the bytes.
  const { text, eightBit } = octetText(content);
  const at: number[] = [];
  const insert: number[] = [];
  let dots = 0;
  if (content[0] === DOT) at.push(0), insert.push(DOT), dots++;
  let cr = text.indexOf('\r');
  let lf = text.indexOf('\n');
  while (cr >= 0 || lf >= 0) {
    let next: number;
    if (cr >= 0 && (lf < 0 || cr < lf)) {
      // A CR: the first half of CRLF, or bare (an LF goes in after it).
      if (lf === cr + 1) {
        next = lf + 1;
        lf = text.indexOf('\n', next);
      } else {
        next = cr + 1;
        at.push(next), insert.push(LF);
      }
      cr = text.indexOf('\r', next);
    } else {
      // A bare LF (a CR goes in before it).
      at.push(lf), insert.push(CR);
      next = lf + 1;
      lf = text.indexOf('\n', next);
    }
    if (content[next] === DOT) at.push(next), insert.push(DOT), dots++;
  }
  const last = content[n - 1];
  const closing = n > 0 && last !== CR && last !== LF ? 2 : 0;
  const out = new Uint8Array(n + at.length + closing + TERMINATOR.length);
  let from = 0;
  let o = 0;
  for (let k = 0; k < at.length; k++) {
    const pos = at[k]!;
    out.set(content.subarray(from, pos), o);
    o += pos - from;
    out[o++] = insert[k]!;
    from = pos;
  }
  out.set(from === 0 ? content : content.subarray(from), o);
  o += n - from;
  if (closing) {
    out[o++] = CR;
    out[o++] = LF;
  }
  out.set(TERMINATOR, o);
  return { wire: out, size: out.length - TERMINATOR.length - dots, eightBit };
}
