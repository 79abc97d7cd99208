// What a body's bytes are, as SMTP and MIME classify them: 7bit, 8bit or
// binary data (RFC 2045 §2.7–2.9), and the spots that break the NVT-ASCII
// rules of plain SMTP (RFC 5321 §2.3.1, §4.5.3.1.6).
import { CR, LF } from './bytes';
import { MAX_LINE } from './fold';

export type WireIssueKind = '8bit' | 'nul' | 'bare-cr' | 'bare-lf' | 'long-line';

export type WireIssue = { kind: WireIssueKind; offset: number };

export type WireReport = {
  /** Bytes 0x80–0xFF: need 8BITMIME on every hop (RFC 6152). */
  eightBit: number;
  /** NUL bytes: not allowed even in 8bit data (RFC 2045 §2.8). */
  nul: number;
  /** CR not followed by LF, and LF not preceded by CR (RFC 5321 §2.3.8). */
  bareCr: number;
  bareLf: number;
  /** Lines longer than 998 octets before CRLF (RFC 5321 §4.5.3.1.6). */
  longLines: number;
  longestLine: number;
  /** The first few of each kind, in order, for the inspector to point at. */
  issues: WireIssue[];
  /** What the bytes are as they stand (RFC 2045 §2.7–2.9). */
  dataClass: '7bit' | '8bit' | 'binary';
};

/** Offsets kept per kind: enough to show, bounded for a 50 MB body. */
const KEEP = 20;

/** One pass over the body. */
export function scanWire(bytes: Uint8Array): WireReport {
  const report: WireReport = { eightBit: 0, nul: 0, bareCr: 0, bareLf: 0, longLines: 0, longestLine: 0, issues: [], dataClass: '7bit' };
  const kept: Record<WireIssueKind, number> = { '8bit': 0, nul: 0, 'bare-cr': 0, 'bare-lf': 0, 'long-line': 0 };
  const note = (kind: WireIssueKind, offset: number) => {
    if (kept[kind]++ < KEEP) report.issues.push({ kind, offset });
  };
  let lineStart = 0;
  const endLine = (at: number) => {
    const len = at - lineStart;
    if (len > report.longestLine) report.longestLine = len;
    if (len > MAX_LINE) {
      report.longLines++;
      note('long-line', lineStart);
    }
  };
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b >= 0x80) {
      report.eightBit++;
      note('8bit', i);
    } else if (b === 0) {
      report.nul++;
      note('nul', i);
    } else if (b === CR) {
      if (bytes[i + 1] === LF) {
        endLine(i);
        i++;
        lineStart = i + 1;
      } else {
        report.bareCr++;
        note('bare-cr', i);
      }
    } else if (b === LF) {
      report.bareLf++;
      note('bare-lf', i);
    }
  }
  endLine(n);
  const lineRules = report.nul || report.bareCr || report.bareLf || report.longLines;
  report.dataClass = lineRules ? 'binary' : report.eightBit ? '8bit' : '7bit';
  return report;
}
