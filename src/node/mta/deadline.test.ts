// Issue 11 §4: the deadlines of §2 as a property. Whatever the chunking of a
// whole session and whatever the pauses between chunks, the loopback MTA's
// rule (deadline.ts, over the real server machine) cuts the connection at
// exactly the moment an independent reading of the byte stream says: a
// command line not whole within lineDeadline of the last one, or a DATA
// phase not over within dataDeadline of its 354. Never earlier, never later.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPolicy, openSession, stepSession } from '../../core/index';
import { completesCommandLine, nextDeadline, type Deadline } from './deadline';

const LIMITS = { lineDeadline: 2, dataDeadline: 5 };
const COMMANDS = ['EHLO drip.example', 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<bob@bob.example>', 'DATA'];
const CONTENT = ['Subject: slow', '', 'one line', 'and another', '.'];
const STREAM = [...COMMANDS, ...CONTENT, 'QUIT'].map((l) => `${l}\r\n`).join('');

/** Where each line of STREAM ends (the offset just past its LF), and what finishing it starts. */
function lineEnds(): { end: number; starts: 'line' | 'data' }[] {
  const out: { end: number; starts: 'line' | 'data' }[] = [];
  let at = 0;
  for (const [i, line] of [...COMMANDS, ...CONTENT, 'QUIT'].entries()) {
    at += line.length + 2;
    const inData = i >= COMMANDS.length - 1 && i < COMMANDS.length + CONTENT.length - 1;
    out.push({ end: at, starts: inData ? 'data' : 'line' });
  }
  return out;
}

type Chunk = { bytes: string; at: number };

/** The oracle: when the server must cut, read off the stream alone (undefined: it never has to). */
function expectedCut(chunks: readonly Chunk[], opened: number): number | undefined {
  const ends = lineEnds();
  let phase: 'line' | 'data' = 'line';
  let due = opened + LIMITS.lineDeadline * 1000;
  let sent = 0;
  for (const c of chunks) {
    if (c.at >= due) return due;
    const before = sent;
    sent += c.bytes.length;
    // Every line this chunk finishes: a command line restarts the line clock, a phase change starts the new phase's clock.
    for (const l of ends.filter((e) => e.end > before && e.end <= sent)) {
      if (l.starts !== phase) {
        phase = l.starts;
        due = c.at + (phase === 'data' ? LIMITS.dataDeadline : LIMITS.lineDeadline) * 1000;
      } else if (phase === 'line') due = c.at + LIMITS.lineDeadline * 1000;
    }
    if (sent === STREAM.length) return undefined; // QUIT: the server closes, no deadline left.
  }
  return due;
}

/** The implementation: the real machine, the deadline rule, a timer that fires before bytes arriving at the same moment. */
function actualCut(chunks: readonly Chunk[], opened: number): number | undefined {
  let step = openSession(defaultPolicy, { address: '127.0.0.1' }, opened);
  let state = step.state;
  let deadline: Deadline | undefined = nextDeadline(undefined, false, false, opened, LIMITS);
  for (const c of chunks) {
    if (c.at >= deadline.due) return deadline.due;
    step = stepSession(state, { type: 'bytes', bytes: new TextEncoder().encode(c.bytes), now: c.at });
    state = step.state;
    if (step.closed) return undefined;
    deadline = nextDeadline(deadline, state.mode === 'data', completesCommandLine(step), c.at, LIMITS);
  }
  return deadline.due;
}

/** STREAM cut at sorted distinct offsets, each piece sent after a pause (ms) that is sometimes longer than a deadline. */
const session = fc
  .record({
    cuts: fc.uniqueArray(fc.integer({ min: 1, max: STREAM.length - 1 }), { maxLength: 40 }),
    pauses: fc.array(fc.integer({ min: 0, max: 3_000 }), { minLength: 41, maxLength: 41 }),
    whole: fc.boolean(),
  })
  .map(({ cuts, pauses, whole }) => {
    const at = [0, ...[...cuts].sort((a, b) => a - b), STREAM.length];
    // Sometimes the session stops part way, as a client that hangs does.
    const last = whole ? at.length - 1 : Math.max(1, at.length - 2);
    let t = 1_000;
    const chunks: Chunk[] = [];
    for (let i = 1; i <= last; i++) {
      t += pauses[i - 1]!;
      chunks.push({ bytes: STREAM.slice(at[i - 1], at[i]), at: t });
    }
    return chunks;
  });

describe('the loopback MTA deadlines (slowloris)', () => {
  it('cut exactly when a command line or the DATA phase overran its limit, for any chunking and pauses', () => {
    fc.assert(
      fc.property(session, (chunks) => {
        expect(actualCut(chunks, 1_000)).toBe(expectedCut(chunks, 1_000));
      }),
      { numRuns: 400 },
    );
  });

  it('a byte does not buy time: one byte a second is cut lineDeadline after the greeting', () => {
    const drip = [...'EHLO slowly.example\r\n'].map((ch, i) => ({ bytes: ch, at: 1_000 + (i + 1) * 900 }));
    expect(actualCut(drip, 1_000)).toBe(1_000 + LIMITS.lineDeadline * 1000);
  });

  it('a session whose every line comes in time and whose DATA ends in time is never cut', () => {
    const lines = STREAM.split(/(?<=\n)/);
    expect(actualCut(lines.map((l, i) => ({ bytes: l, at: 1_000 + (i + 1) * 900 })), 1_000)).toBeUndefined();
    // The same lines 1.9 s apart: each within the line limit, but DATA (five lines) takes 9.5 s.
    expect(actualCut(lines.map((l, i) => ({ bytes: l, at: 1_000 + (i + 1) * 1_900 })), 1_000)).toBe(1_000 + 4 * 1_900 + LIMITS.dataDeadline * 1000);
  });
});
