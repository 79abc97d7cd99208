// The loopback MTA's log: one line per transcript record, the same records
// the browser's terminal and inspector render, so what a student sees on
// the console is what the simulator would show for the same session.
import type { TranscriptRecord } from '../../core/smtp/types';

export type LogSink = { write(text: string): unknown; isTTY?: boolean };

const ESC = '\u001b[';
const paint = (code: string, text: string) => `${ESC}${code}m${text}${ESC}0m`;

/** HH:MM:SS.mmm in UTC: sessions are short, the date is in the Received: header. */
export function clock(ms: number): string {
  return new Date(ms).toISOString().slice(11, 23);
}

/**
 * The line as typed, with its line ending and any other control octet shown
 * in escaped form, so a bare LF (RFC 5321 §2.3.8) stands out from CR LF.
 */
export function visible(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (ch === '\r') out += '\\r';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out;
}

export type Transcript = {
  record(session: number, now: number, record: TranscriptRecord): void;
  /** Things that are not on the wire: connects, deliveries, errors. */
  note(session: number, now: number, text: string): void;
};

/** Writes records to the sink, in colour only when it is a terminal. */
export function transcript(sink: LogSink): Transcript {
  const colour = sink.isTTY === true;
  const dim = (t: string) => (colour ? paint('2', t) : t);
  return {
    record(session, now, r) {
      const client = r.from === 'client';
      const arrow = client ? '→' : '←';
      const line = visible(r.text);
      const painted = colour ? paint(client ? '36' : '33', line) : line;
      const why = `${r.explanation.meaning} (${r.explanation.rfc})`;
      sink.write(`${dim(clock(now))} #${session} ${arrow} ${painted}  ${dim(`· ${why}`)}\n`);
    },
    note(session, now, text) {
      sink.write(`${dim(clock(now))} #${session} ${colour ? paint('35', '*') : '*'} ${text}\n`);
    },
  };
}

/** A transcript that prints nothing, for --quiet. */
export const silent: Transcript = { record() {}, note() {} };
