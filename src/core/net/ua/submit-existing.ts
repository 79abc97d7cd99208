// The user agent handed a message that is already written (an .eml), as
// `sendmail -t` is: the envelope is read from the headers, the Bcc field (and
// an old Return-Path) is taken out, and the rest goes to the MTA as it is, by
// the same submission
// the compose form uses (RFC 6409 §3). Whatever the bytes are, the result is
// one event: a submission, or why there was none.
import { addressList } from '../../mime/address-list';
import { concatBytes } from '../../mime/bytes';
import { readHeaderBlock } from '../../mime/header-block';
import { DEFAULT_MAX_HEADER_BYTES } from '../../mime/parse';
import type { HeaderField } from '../../mime/types';
import type { Envelope } from '../../smtp/types';
import { messageIdOf } from '../mta/index';
import type { Tick } from '../world/index';
import { envelopeAddresses, noSubmissionServer, submissionServer, submit } from './ua';

export type ReadEnvelope =
  | {
      ok: true;
      envelope: Envelope;
      /** The content to submit: the original without its Bcc and Return-Path fields. */
      content: Uint8Array;
      /** The field MAIL FROM was taken from. */
      senderField: 'Sender' | 'From';
      bcc: string[];
      /** Whether the original carried a Return-Path, as a message saved from a mailbox does. */
      hadReturnPath: boolean;
      subject: string;
    }
  | { ok: false; reason: string; explanation: string; rfc: string };

const named = (headers: readonly HeaderField[], name: string) => headers.filter((h) => h.name.toLowerCase() === name);

/** Every mailbox of every field of that name, as addr-specs. */
const addressesOf = (headers: readonly HeaderField[], name: string) => envelopeAddresses(named(headers, name).flatMap((h) => addressList(h.value)));

/** The bytes without the given fields, each removed whole, continuation lines included. */
function without(content: Uint8Array, fields: readonly HeaderField[]): Uint8Array {
  if (fields.length === 0) return content;
  const kept: Uint8Array[] = [];
  let at = 0;
  for (const f of fields) {
    kept.push(content.subarray(at, f.start));
    at = f.end;
  }
  kept.push(content.subarray(at));
  return concatBytes(kept);
}

/**
 * The envelope a user agent reads from a message's headers. MAIL FROM is the
 * Sender: when there is one (the agent responsible for sending, RFC 5322
 * §3.6.2, so the one bounces go back to), else the first From: mailbox.
 * RCPT TO is every To, Cc and Bcc mailbox, once each (RFC 5322 §3.6.3). The
 * raw field values are read, not their decoded text: an encoded-word may
 * decode to a comma or a bracket that is not address syntax (RFC 2047 §5).
 */
export function readEnvelope(content: Uint8Array): ReadEnvelope {
  const { headers } = readHeaderBlock(content, 0, content.length, DEFAULT_MAX_HEADER_BYTES);
  const senderField = named(headers, 'sender').length ? 'Sender' : 'From';
  const mailFrom = addressesOf(headers, senderField.toLowerCase())[0];
  if (!mailFrom)
    return {
      ok: false,
      reason: 'the message has no From: address',
      explanation: 'MAIL FROM is read from the Sender: or From: field, and this message has neither with an address in it (RFC 5322 §3.6.2 requires From:), so the user agent has no sender to give the MTA and does not send it.',
      rfc: 'RFC 5322 §3.6.2',
    };
  const bcc = addressesOf(headers, 'bcc');
  const rcpt = [...new Set([...addressesOf(headers, 'to'), ...addressesOf(headers, 'cc'), ...bcc])];
  if (rcpt.length === 0)
    return {
      ok: false,
      reason: 'the message has no recipient',
      explanation: 'RCPT TO is read from the To:, Cc: and Bcc: fields, and this message has no address in any of them. A mail transaction needs at least one RCPT TO (RFC 5321 §3.3), so the user agent does not send it.',
      rfc: 'RFC 5321 §3.3',
    };
  const subject = named(headers, 'subject')[0]?.decoded ?? '';
  const envelope: Envelope = { mailFrom, mailParams: [], rcptTo: rcpt.map((address) => ({ address, params: [] })) };
  // Only final delivery writes a Return-Path, and an originating system should not send one (RFC 5321 §4.4).
  const returnPath = named(headers, 'return-path');
  const dropped = [...named(headers, 'bcc'), ...returnPath].sort((a, b) => a.start - b.start);
  return { ok: true, envelope, content: without(content, dropped), senderField, bcc, hadReturnPath: returnPath.length > 0, subject };
}

/** Submits an existing message from the host's user agent; always records exactly one event. */
export function submitExisting(t: Tick, hostName: string, original: Uint8Array): void {
  const host = t.host(hostName);
  const server = host && submissionServer(host);
  if (!server) return noSubmissionServer(t, hostName);
  const read = readEnvelope(original);
  if (!read.ok) {
    t.record({ from: hostName, to: hostName, layer: 'ua', kind: 'submit-failed', bytes: original, summary: `${hostName}: not sent: ${read.reason}`, explanation: read.explanation, rfc: read.rfc });
    return;
  }
  const { envelope, content, bcc } = read;
  // A message without a Message-ID is sent without one (adding it is the MSA's option, RFC 6409 §8.3); its events get a tracking id.
  const messageId = messageIdOf(content) ?? `<${t.id('m')}@${hostName}>`;
  submit(t, { host: hostName, server, envelope, content, messageId }, { shell: false, debug: false }, {
    kind: 'submit',
    summary: `${hostName}: submit "${read.subject}" to ${envelope.rcptTo.map((r) => r.address).join(', ')}`,
    explanation:
      `The user agent sends a message that is already written, as sendmail -t does: the envelope comes from its headers, MAIL FROM:<${envelope.mailFrom}> from the ${read.senderField}: field and RCPT TO from To, Cc and Bcc. ` +
      (bcc.length
        ? `The Bcc: field is removed before the message leaves, so no recipient learns that ${bcc.join(', ')} ${bcc.length === 1 ? 'was' : 'were'} copied; the Bcc recipients are in the envelope only. `
        : '') +
      (read.hadReturnPath ? 'Its old Return-Path: is removed too: only final delivery writes one, from the envelope. ' : '') +
      `The rest of the message goes unchanged to ${server} by SMTP.`,
    rfc: bcc.length ? 'RFC 5322 §3.6.3' : read.hadReturnPath ? 'RFC 5321 §4.4' : 'RFC 6409 §3',
  });
}
