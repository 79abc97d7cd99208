// Which Content-Transfer-Encoding a body needs, and why, the way a careful
// mail client decides (RFC 2045 §6, RFC 6152 for 8BITMIME, RFC 3030 for
// BINARYMIME).
import { scanWire, type WireReport } from './wire';

export type TransferEncoding = '7bit' | '8bit' | 'binary' | 'quoted-printable' | 'base64';

export type TransferChoice = { encoding: TransferEncoding; reason: string };

export type ChoiceOptions = {
  /** A text/* body: quoted-printable keeps it readable when it is mostly ASCII. */
  text: boolean;
  /** Every hop offers 8BITMIME (RFC 6152), so 8bit data may travel as it is. */
  eightBitMime?: boolean;
  /** Every hop offers BINARYMIME (RFC 3030), so binary data may travel as it is. */
  binaryMime?: boolean;
};

/**
 * Quoted-printable spends 3 characters on an 8-bit byte and base64 spends
 * 4/3 on every byte, so QP is the smaller while under a sixth of the bytes
 * are 8-bit (1 + 2p < 4/3).
 */
const QP_LIMIT = 1 / 6;

function percent(part: number, whole: number): string {
  return `${Math.round((part / Math.max(1, whole)) * 1000) / 10}%`;
}

export function chooseTransferEncoding(bytes: Uint8Array, options: ChoiceOptions): TransferChoice {
  return chooseFor(scanWire(bytes), bytes.length, options);
}

/** The wire report of a body plus the transfer encoding it needs on a path with these extensions. */
export function checkWire(bytes: Uint8Array, options: ChoiceOptions): WireReport & { needs: TransferChoice } {
  const report = scanWire(bytes);
  return { ...report, needs: chooseFor(report, bytes.length, options) };
}

function chooseFor(w: WireReport, length: number, options: ChoiceOptions): TransferChoice {
  if (w.dataClass === '7bit') {
    return { encoding: '7bit', reason: 'every byte is ASCII and every line is CRLF-terminated and at most 998 octets, so it travels as it is (RFC 2045 §2.7)' };
  }
  if (w.dataClass === '8bit' && options.eightBitMime) {
    return { encoding: '8bit', reason: 'it has 8-bit bytes but well-formed lines, and every hop offers 8BITMIME (RFC 6152)' };
  }
  if (options.binaryMime) {
    return { encoding: 'binary', reason: 'its lines break the 8bit rules, and every hop offers BINARYMIME (RFC 3030)' };
  }
  if (!options.text) {
    return { encoding: 'base64', reason: 'it is not text: base64 carries any bytes in 7-bit lines for 33% more size (RFC 2045 §6.8)' };
  }
  if (w.nul > 0) {
    return { encoding: 'base64', reason: 'text with NUL bytes is binary data: base64 carries it exactly (RFC 2045 §6.8)' };
  }
  if (w.eightBit / Math.max(1, length) < QP_LIMIT) {
    const why = w.eightBit > 0 ? `${percent(w.eightBit, length)} of its bytes are 8-bit` : 'it has lines too long or bare line breaks';
    return { encoding: 'quoted-printable', reason: `mostly-ASCII text (${why}): quoted-printable keeps it readable and 7-bit safe (RFC 2045 §6.7)` };
  }
  return { encoding: 'base64', reason: `${percent(w.eightBit, length)} of its bytes are 8-bit: base64 is smaller than quoted-printable for mostly non-ASCII text (RFC 2045 §6.8)` };
}
