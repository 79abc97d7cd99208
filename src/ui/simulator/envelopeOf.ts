import { parseMessage } from '../../core/mime/index';
import { traceRoute } from '../../core/mime/received';
import type { MboxEntry } from '../../core/net/index';

/**
 * What a delivered message says of its envelope: the sender is on the mbox
 * From_ line (RFC 4155), the recipient in the last hop's Received: `for`
 * clause when the MTA wrote one (RFC 5321 §4.4).
 */
export function envelopeOf(entry: MboxEntry): { mailFrom: string; rcptTo: string[] } {
  const hops = traceRoute(parseMessage(entry.content).root.headers);
  const rcpt = hops[hops.length - 1]?.received.for?.replace(/^<|>$/g, '');
  return { mailFrom: entry.sender === 'MAILER-DAEMON' ? '' : entry.sender, rcptTo: rcpt ? [rcpt] : [] };
}
