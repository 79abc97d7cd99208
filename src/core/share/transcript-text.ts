// The transcript `npm run sim` prints and a session export's transcript.txt
// holds: one block per event, time since the start, layer, hosts, and for
// SMTP the lines themselves (C: and S:), so an instructor can paste it into
// slides.
import type { WorldEvent } from '../net/index';

/** What heads a transcript: the scenario, its goal and the seed. */
export type TranscriptHead = { title: string; goal: string; seed: number };

function clock(ms: number): string {
  const s = ms / 1000;
  return `+${s.toFixed(3).padStart(8)}s`;
}

/** The first line of an event's block: seq, time, layer and hosts. */
export function eventHead(e: WorldEvent, start: number): string {
  return `${String(e.seq).padStart(4)} ${clock(e.time - start)} ${e.layer.padEnd(8)} ${e.from} → ${e.to}`;
}

/** Whose lines an SMTP segment carries: the client's (C) or the server's (S). */
export function speaker(e: WorldEvent): 'C' | 'S' {
  return e.summary.startsWith('C:') ? 'C' : 'S';
}

/** WHATWG's 'latin1' is windows-1252: 8-bit bytes show as the letters a terminal of the time showed. */
export const WIRE_TEXT = new TextDecoder('latin1');

export const isSmtpSegment = (e: WorldEvent): boolean => e.layer === 'smtp' && e.kind === 'segment';

function formatEvent(e: WorldEvent, start: number): string {
  const head = eventHead(e, start);
  if (isSmtpSegment(e)) {
    const who = speaker(e);
    const lines = WIRE_TEXT.decode(e.bytes).split('\r\n');
    if (lines[lines.length - 1] === '') lines.pop();
    return `${head}${e.encrypted ? '  [TLS]' : ''}\n${lines.map((l) => `       ${who}: ${l}`).join('\n')}`;
  }
  return `${head}  ${e.summary}`;
}

/** `start`: the time the clock counts from, the first event's unless given (a range of a longer log keeps the log's clock). */
export function formatTranscript(log: readonly WorldEvent[], start = log[0]?.time ?? 0): string {
  return log.map((e) => formatEvent(e, start)).join('\n');
}

/** The lines above the transcript, each a `#` comment. */
export function transcriptHeading(head: TranscriptHead, events: number): string[] {
  return [head.title, head.goal, `seed ${head.seed}, ${events} events`];
}

/** The whole of what `npm run sim -- SCENARIO` prints (without console.log's last newline). */
export function transcriptText(head: TranscriptHead, log: readonly WorldEvent[]): string {
  return `${transcriptHeading(head, log.length).map((l) => `# ${l}`).join('\n')}\n\n${formatTranscript(log)}`;
}
