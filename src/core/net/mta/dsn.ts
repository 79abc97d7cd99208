// The bounce: a delivery status notification (RFC 3464) inside a
// multipart/report (RFC 6522), sent from the null reverse-path to the
// envelope sender (RFC 5321 §4.5.5) so that it can never bounce in turn.
import { formatDateTime } from '../../mime/received';
import { utf8Bytes } from '../../mime/bytes';
import type { QueueEntry, RecipientFate } from '../world/index';
import { headerText } from './headers';

/** The RFC 3463 status in a diagnostic such as "550 5.1.1 …", or a default by class. */
export function statusOf(diagnostic: string | undefined, fallback: string): string {
  const m = /\b([245])\.(\d{1,3})\.(\d{1,3})\b/.exec(diagnostic ?? '');
  return m ? `${m[1]}.${m[2]}.${m[3]}` : fallback;
}

function headerSection(content: Uint8Array): string {
  return headerText(content).replace(/\r?\n/g, '\r\n');
}

export type DsnInput = { reportingMta: string; entry: QueueEntry; failed: RecipientFate[]; now: number; id: string };

export function buildDsn({ reportingMta, entry, failed, now, id }: DsnInput): Uint8Array {
  const boundary = `${id}.${now}/${reportingMta}`;
  const human = failed.map((r) => `<${r.address}>: ${r.remote ? `host ${r.remote} said: ` : ''}${r.diagnostic ?? 'delivery failed'}`).join('\r\n');
  const perRecipient = failed
    .map((r) => {
      const status = statusOf(r.diagnostic, '5.0.0');
      const lines = [`Final-Recipient: rfc822; ${r.address}`, `Original-Recipient: rfc822;${r.address}`, 'Action: failed', `Status: ${status}`];
      if (r.remote) lines.push(`Remote-MTA: dns; ${r.remote.replace(/\[.*$/, '')}`);
      if (r.diagnostic) lines.push(`Diagnostic-Code: ${/^\d{3} /.test(r.diagnostic) ? 'smtp' : 'X-Postfix'}; ${r.diagnostic}`);
      return lines.join('\r\n');
    })
    .join('\r\n\r\n');
  const text = [
    `From: MAILER-DAEMON@${reportingMta} (Mail Delivery System)`,
    `To: ${entry.envelope.mailFrom}`,
    'Subject: Undelivered Mail Returned to Sender',
    `Date: ${formatDateTime(now)}`,
    `Message-ID: <${id}.${now}@${reportingMta}>`,
    // RFC 3834 §5: auto-generated, so that no auto-responder answers it.
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="${boundary}"`,
    '',
    'This is a MIME-encapsulated message.',
    '',
    `--${boundary}`,
    'Content-Description: Notification',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    `This is the mail system at host ${reportingMta}.`,
    '',
    "I'm sorry to have to inform you that your message could not",
    'be delivered to one or more recipients. It\'s attached below.',
    '',
    human,
    '',
    `--${boundary}`,
    'Content-Description: Delivery report',
    'Content-Type: message/delivery-status',
    '',
    `Reporting-MTA: dns; ${reportingMta}`,
    `X-Queue-ID: ${entry.id}`,
    `Arrival-Date: ${formatDateTime(entry.arrived)}`,
    '',
    perRecipient,
    '',
    `--${boundary}`,
    'Content-Description: Undelivered Message Headers',
    'Content-Type: text/rfc822-headers',
    '',
    headerSection(entry.content),
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return utf8Bytes(text);
}
