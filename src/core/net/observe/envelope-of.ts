import { parseMessage } from '../../mime/index';
import { traceRoute } from '../../mime/received';
import type { MboxEntry } from '../../mbox/index';
import type { WorldEvent } from '../world/index';
import { wireLines } from './wire-lines';

/**
 * The envelope a delivered message came with: the MAIL FROM and RCPT TO
 * lines its last hop sent, read back from the log (the headers never hold
 * it, which is the point of Bcc, RFC 5322 §3.6.3). Without those events in
 * the log, what the mailbox itself keeps: the sender on the From_ line
 * (RFC 4155) and the Received: `for` clause, when there is one.
 */
export function envelopeOf(entry: MboxEntry, host: string, log: readonly WorldEvent[], upTo: number): string[] {
  const headers = parseMessage(entry.content).root.headers;
  const id = headers.find((h) => h.name.toLowerCase() === 'message-id')?.value;
  const carries = (e: WorldEvent) => e.seq <= upTo && e.to === host && e.ranges.some((r) => r.part === 'envelope');
  const last = id ? log.findLast((e) => e.messageId === id && carries(e)) : undefined;
  if (last?.connection) {
    const lines = log
      .filter((e) => e.connection === last.connection && e.seq <= last.seq && carries(e))
      .flatMap((e) => wireLines(e.bytes, e.ranges).filter((l) => l.runs.some((r) => r.part === 'envelope')))
      .map((l) => l.runs.map((r) => r.text).join(''));
    // A connection may carry several transactions; this message's starts at its last MAIL FROM.
    const start = lines.findLastIndex((l) => /^MAIL FROM/i.test(l));
    return lines.slice(Math.max(0, start));
  }
  const hops = traceRoute(headers);
  const rcpt = hops[hops.length - 1]?.received.for;
  const sender = entry.sender === 'MAILER-DAEMON' ? '' : entry.sender;
  return [`MAIL FROM:<${sender}>`, ...(rcpt ? [`RCPT TO:${rcpt}`] : [])];
}
