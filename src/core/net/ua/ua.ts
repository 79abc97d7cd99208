// The user agent: turns what a person wrote into a message with the headers
// user agents add (RFC 5322 §3.6, RFC 2045 §4 and §5), builds the envelope
// from To, Cc and Bcc (Bcc in the envelope only, RFC 5322 §3.6.3), and
// submits it by SMTP to its MTA (RFC 6409 §3).
import { buildMessage } from '../../mime/build';
import type { MessageSpec } from '../../mime/types';
import type { Envelope } from '../../smtp/types';
import { formatDateTime } from '../../mime/received';
import { contentRanges } from '../observe/index';
import type { Draft, EventDraft, Host, Tick } from '../world/index';

export const MAILER = 'SMTP Lab Mail 1.0';

/** The addr-spec inside "Name <addr>" or a bare address. */
function addrSpec(text: string): string {
  const m = /<([^>]*)>/.exec(text);
  return (m ? m[1]! : text).trim();
}

/** The addr-specs of addresses as written, for MAIL FROM or RCPT TO; empty ones are left out. */
export function envelopeAddresses(list: readonly string[]): string[] {
  // A control character in an address could inject a command line (RFC 5321 §4.1.2 forbids it); such an address is left out.
  return list.filter((a) => !/[\x00-\x1f\x7f]/.test(a)).map(addrSpec).filter((a) => a !== '');
}

/** A host's mail domain: its name without the first label ('ws.alice.example' → 'alice.example'). */
function domainOfHost(name: string): string {
  const i = name.indexOf('.');
  return i < 0 ? name : name.slice(i + 1);
}

/**
 * A bare user name as a host's own MTA reads it: qualified with the host's
 * name, as Postfix appends $myorigin (Debian's /etc/mailname) to an address
 * without a domain (RFC 5321 §4.1.2 wants a domain in every RCPT TO).
 */
function qualified(host: Host, list: readonly string[] | undefined): string[] | undefined {
  return host.mta && list ? list.map((a) => (/^[A-Za-z0-9._+-]+$/.test(a.trim()) ? `${a.trim()}@${host.name}` : a)) : list ? [...list] : undefined;
}

/** Where this host's user agent submits: its configured MTA, else its own. */
export function submissionServer(host: Host): string | undefined {
  return host.submitTo ?? (host.mta ? host.name : undefined);
}

/** An OpenPGP armoured block (RFC 4880 §6.2) standing for a body only the recipient can read. */
function armour(t: Tick, text: string): string {
  const n = Math.max(48, Math.ceil(text.length * 1.4));
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let body = '';
  for (let i = 0; i < n; i++) body += (i > 0 && i % 64 === 0 ? '\n' : '') + alphabet[Math.floor(t.random() * 64)];
  return `-----BEGIN PGP MESSAGE-----\n\n${body}\n-----END PGP MESSAGE-----\n`;
}

/** Builds the message, records it, and starts the submission; false when the host has nowhere to submit. */
export function compose(t: Tick, hostName: string, written: Draft, how: { shell: boolean; debug: boolean }): boolean {
  const host = t.host(hostName);
  const server = host && submissionServer(host);
  if (!host || !server) return false;
  const draft: Draft = { ...written, to: qualified(host, written.to)!, ...(written.cc ? { cc: qualified(host, written.cc)! } : {}), ...(written.bcc ? { bcc: qualified(host, written.bcc)! } : {}) };
  const from = draft.from?.trim() || `${host.users[0] ?? 'root'}@${domainOfHost(host.name)}`;
  const id = t.id('m');
  const messageId = `<${t.now.toString(36)}.${id}@${host.name}>`;
  const encrypted = host.faults.encryptBody;
  const spec: MessageSpec = {
    from,
    to: draft.to,
    ...(draft.cc?.length ? { cc: draft.cc } : {}),
    subject: draft.subject,
    date: formatDateTime(t.now),
    messageId,
    text: encrypted ? armour(t, draft.text) : draft.text,
    ...(draft.html && !encrypted ? { html: draft.html } : {}),
    ...(draft.attachments?.length && !encrypted ? { attachments: draft.attachments } : {}),
    headers: (draft.headers ?? []).filter((h) => /^X-[!-9;-~]+$/i.test(h.name)),
    mailer: MAILER,
    // As Thunderbird does: 8-bit text goes as 8bit with BODY=8BITMIME; the client end converts it
    // to quoted-printable, before MAIL FROM, for a server whose EHLO lacks 8BITMIME (RFC 6152 §3).
    eightBitMime: true,
  };
  const content = buildMessage(spec);
  const envelope: Envelope = {
    mailFrom: addrSpec(from),
    mailParams: [],
    rcptTo: envelopeAddresses([...draft.to, ...(draft.cc ?? []), ...(draft.bcc ?? [])]).map((address) => ({ address, params: [] })),
  };
  submit(t, { host: host.name, server, envelope, content, messageId }, how, {
    kind: 'compose',
    summary: `${host.name}: compose "${draft.subject}" to ${envelope.rcptTo.map((r) => r.address).join(', ')}`,
    explanation: `The user agent writes the headers (From, To${draft.cc?.length ? ', Cc' : ''}, Subject, Date, Message-ID, MIME-Version, Content-Type, X-Mailer); ${draft.bcc?.length ? 'Bcc recipients go into the envelope only, never into a header; ' : ''}then it submits the message to ${server} by SMTP.`,
    rfc: draft.bcc?.length ? 'RFC 5322 §3.6.3' : 'RFC 5322 §3.6',
  });
  return true;
}

export type Submission = { host: string; server: string; envelope: Envelope; content: Uint8Array; messageId: string };

/** Records the user agent's one event for a message ready to go and starts its submission by SMTP (RFC 6409 §3). */
export function submit(t: Tick, s: Submission, how: { shell: boolean; debug: boolean }, event: Pick<EventDraft, 'kind' | 'summary' | 'explanation' | 'rfc'>): void {
  t.record({ ...event, from: s.host, to: s.host, layer: 'ua', bytes: s.content, ranges: contentRanges(s.content, 0), messageId: s.messageId });
  t.cause({ type: 'start-job', job: { type: 'submit', host: s.host, to: s.server, envelope: s.envelope, content: s.content, messageId: s.messageId, shell: how.shell, debug: how.debug } });
}

/** The one event of a user agent with nowhere to submit. */
export function noSubmissionServer(t: Tick, hostName: string): void {
  t.record({ from: hostName, to: hostName, layer: 'ua', kind: 'compose-failed', summary: `${hostName}: no MTA to submit to`, explanation: 'This host has no MTA and none configured to submit to, so the message cannot be sent.', rfc: 'RFC 6409 §3' });
}
