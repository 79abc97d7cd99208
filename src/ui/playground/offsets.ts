// Maps between byte offsets (what the explain steps count) and UTF-16 offsets
// of the decoded text on screen, and into the hex view.
import type { Range } from '../../core';

function decoder(charset: string): TextDecoder | undefined {
  try {
    return new TextDecoder(charset);
  } catch {
    return undefined;
  }
}

/** UTF-16 offset in the decoded text where byte `offset` begins. */
export function charAt(bytes: Uint8Array, charset: string, offset: number): number {
  const d = decoder(charset);
  if (!d) return offset;
  // stream: true holds back a character split at the cut instead of U+FFFD.
  return d.decode(bytes.subarray(0, offset), { stream: true }).length;
}

/** The first byte offset at which the decoded text has reached UTF-16 offset `char`. */
export function byteAt(bytes: Uint8Array, charset: string, char: number): number {
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (charAt(bytes, charset, mid) >= char) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function bytesToChars(bytes: Uint8Array, charset: string, r: Range): Range {
  return { start: charAt(bytes, charset, r.start), end: charAt(bytes, charset, r.end) };
}

export function charsToBytes(bytes: Uint8Array, charset: string, r: Range): Range {
  return { start: byteAt(bytes, charset, r.start), end: byteAt(bytes, charset, r.end) };
}

/** Hex dump as "4d 61 6e", 16 bytes a line: byte i starts at character 3i. */
export function hexDump(bytes: Uint8Array, limit = bytes.length): string {
  const n = Math.min(limit, bytes.length);
  const parts: string[] = new Array(n);
  for (let i = 0; i < n; i++) parts[i] = bytes[i]!.toString(16).padStart(2, '0') + ((i + 1) % 16 === 0 ? '\n' : ' ');
  return parts.join('');
}

export function bytesToHex(r: Range): Range {
  return { start: r.start * 3, end: Math.max(r.start * 3, r.end * 3 - 1) };
}

export function hexToBytes(r: Range): Range {
  return { start: Math.floor(r.start / 3), end: Math.ceil(r.end / 3) };
}

/** A classic dump for reading, not for highlighting: offset, 16 bytes, their ASCII. */
export function hexTable(bytes: Uint8Array, limit = bytes.length): string {
  const lines: string[] = [];
  for (let o = 0; o < Math.min(limit, bytes.length); o += 16) {
    const row = bytes.subarray(o, Math.min(o + 16, bytes.length));
    const hex = [...row].map((b) => b.toString(16).padStart(2, '0')).join(' ');
    const ascii = [...row].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
    lines.push(`${o.toString(16).padStart(8, '0')}  ${hex.padEnd(47)}  ${ascii}`);
  }
  return lines.join('\n');
}
