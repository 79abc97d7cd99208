// The server's reply catalogue: every reply the engine can give, as data.
// The session machine builds replies from it, the transcript explains them
// from it and the in-app reference renders it; nothing is written twice.
//
// Texts follow Postfix's where Postfix has one (learners meet them in real
// logs); `{name}` fills in from the session. Enhanced codes are RFC 3463's.
// Entries without `enhanced` are the ones RFC 2034 §3 exempts (the greeting,
// the HELO/EHLO answers) and the 3xx intermediate replies.
import type { ServerPolicy } from './policy';
import type { Reply } from './types';

export type ReplySpec = {
  code: number;
  enhanced?: string;
  /** Text template; `{host}`, `{address}` … are filled in per reply. */
  text: string;
  /** One sentence for the learner. */
  meaning: string;
  rfc: string;
};

export const REPLIES = {
  greeting: { code: 220, text: '{host} {greeting}', meaning: 'The server is ready and waits for the client to say EHLO or HELO.', rfc: 'RFC 5321 §4.3.1' },
  busy: { code: 421, enhanced: '4.3.2', text: '{host} Error: too many connections, try again later', meaning: 'The server refuses the connection for now; the client keeps its mail and retries later.', rfc: 'RFC 5321 §3.8' },
  timeout: { code: 421, enhanced: '4.4.2', text: '{host} Error: timeout exceeded', meaning: 'The client stayed silent longer than the server waits, so the server hangs up.', rfc: 'RFC 5321 §4.5.3.2' },
  localError: { code: 421, enhanced: '4.3.0', text: '{host} Local error in processing, closing transmission channel', meaning: 'The server failed to store or process what it was given; the client keeps the mail and tries again later.', rfc: 'RFC 5321 §3.8' },
  // Postfix's smtpd_client_connection_count_limit answer.
  clientLimit: { code: 421, enhanced: '4.7.0', text: '{host} Error: too many connections from {address}', meaning: 'This client address already has as many connections open as the server allows one client; the others may still connect.', rfc: 'RFC 5321 §3.8' },
  shutdown: { code: 421, enhanced: '4.3.2', text: '{host} Service shutting down, closing transmission channel', meaning: 'The server is going down; anything not yet accepted stays with the client.', rfc: 'RFC 5321 §3.8' },
  bye: { code: 221, enhanced: '2.0.0', text: 'Bye', meaning: 'The server says goodbye and closes the connection.', rfc: 'RFC 5321 §4.1.1.10' },
  hello: { code: 250, text: '{host} Hello {helo} [{peer}]{forged}', meaning: 'The server greets the client by the name it gave and is ready for a transaction.', rfc: 'RFC 5321 §4.1.1.1' },
  heloSyntax: { code: 501, enhanced: '5.5.4', text: 'Syntax: {verb} hostname', meaning: 'HELO and EHLO need exactly one argument: the client\'s own host name or address literal.', rfc: 'RFC 5321 §4.1.1.1' },
  heloInvalid: { code: 501, enhanced: '5.5.2', text: '<{helo}>: Helo command rejected: Invalid name', meaning: 'The name given is neither a domain nor an address literal.', rfc: 'RFC 5321 §4.1.1.1' },
  heloMismatch: { code: 550, enhanced: '5.7.25', text: '<{helo}>: Helo command rejected: does not match your reverse DNS name {reverse}', meaning: 'This server checks the HELO name against the PTR record of the client\'s address and refuses a mismatch, which RFC 5321 §4.1.4 says a server must not do; many do it anyway to fight spam.', rfc: 'RFC 7372 §3.3' },
  ok: { code: 250, enhanced: '2.0.0', text: 'Ok', meaning: 'Done; nothing changed but the server is listening.', rfc: 'RFC 5321 §4.1.1.9' },
  reset: { code: 250, enhanced: '2.0.0', text: 'Ok', meaning: 'The transaction is abandoned; sender, recipients and data are forgotten.', rfc: 'RFC 5321 §4.1.1.5' },
  senderOk: { code: 250, enhanced: '2.1.0', text: 'Ok', meaning: 'The sender is accepted and a mail transaction has begun.', rfc: 'RFC 5321 §4.1.1.2' },
  recipientOk: { code: 250, enhanced: '2.1.5', text: 'Ok', meaning: 'This recipient is accepted; the server takes responsibility for delivering to it.', rfc: 'RFC 5321 §4.1.1.3' },
  startData: { code: 354, text: 'End data with <CR><LF>.<CR><LF>', meaning: 'Send the message now; a line holding a single "." ends it.', rfc: 'RFC 5321 §4.1.1.4' },
  queued: { code: 250, enhanced: '2.0.0', text: 'Ok: queued as {id}', meaning: 'The message is accepted: from now on the server, not the client, is responsible for it.', rfc: 'RFC 5321 §4.1.1.4' },
  // The host could not store the accepted data; both keep the session open (Postfix's texts).
  insufficientStorage: { code: 452, enhanced: '4.3.1', text: 'Insufficient system storage', meaning: 'The server\'s disk is full, so the message was not stored; the client keeps it and tries again later.', rfc: 'RFC 3463 §3.4' },
  writeError: { code: 451, enhanced: '4.3.0', text: 'Error: queue file write error', meaning: 'The server failed to store the message; the client keeps it and tries again later.', rfc: 'RFC 5321 §4.2.2' },
  sizeExceeded: { code: 552, enhanced: '5.3.4', text: 'Message size exceeds fixed limit', meaning: 'The message is larger than this server accepts, so it is refused and nothing is delivered.', rfc: 'RFC 1870 §6' },
  tooManyRecipients: { code: 452, enhanced: '4.5.3', text: 'Error: too many recipients', meaning: 'The server takes no more recipients in this transaction; the client sends the rest in another one.', rfc: 'RFC 5321 §4.5.3.1.10' },
  userUnknown: { code: 550, enhanced: '5.1.1', text: '<{address}>: Recipient address rejected: User unknown in local recipient table', meaning: 'The domain is this server\'s but no such mailbox or list exists here.', rfc: 'RFC 5321 §3.3' },
  // 554, as Postfix answers by default (relay_domains_reject_code); RFC 5321
  // §4.3.2 lists 550 among RCPT's replies, and clients treat both as permanent.
  relayDenied: { code: 554, enhanced: '5.7.1', text: '<{address}>: Relay access denied', meaning: 'The domain is not this server\'s and this client may not relay: authenticate first or send to the domain\'s own MX.', rfc: 'RFC 5321 §3.6.2' },
  needHelo: { code: 503, enhanced: '5.5.1', text: 'Error: send HELO/EHLO first', meaning: 'A client must introduce itself with EHLO or HELO before starting a transaction.', rfc: 'RFC 5321 §4.1.4' },
  needEhlo: { code: 503, enhanced: '5.5.1', text: 'Error: send EHLO first', meaning: 'Extensions such as AUTH exist only in a session that began with EHLO.', rfc: 'RFC 5321 §4.1.1.1' },
  nestedMail: { code: 503, enhanced: '5.5.1', text: 'Error: nested MAIL command', meaning: 'A transaction is already open; finish it with DATA or abandon it with RSET first.', rfc: 'RFC 5321 §4.1.4' },
  needMail: { code: 503, enhanced: '5.5.1', text: 'Error: need MAIL command', meaning: 'RCPT names a recipient of a transaction, and only MAIL FROM opens one.', rfc: 'RFC 5321 §3.3' },
  needRecipient: { code: 503, enhanced: '5.5.1', text: 'Error: need RCPT command', meaning: 'DATA needs a transaction with at least one recipient.', rfc: 'RFC 5321 §3.3' },
  noValidRecipients: { code: 554, enhanced: '5.5.1', text: 'Error: no valid recipients', meaning: 'Every RCPT of this transaction was refused, so there is nobody to send the data to.', rfc: 'RFC 5321 §3.3' },
  mailSyntax: { code: 501, enhanced: '5.5.4', text: 'Syntax: MAIL FROM:<address>', meaning: 'MAIL must be written MAIL FROM: followed by the reverse-path in angle brackets.', rfc: 'RFC 5321 §4.1.1.2' },
  recipientSyntax: { code: 501, enhanced: '5.5.4', text: 'Syntax: RCPT TO:<address>', meaning: 'RCPT must be written RCPT TO: followed by the forward-path in angle brackets.', rfc: 'RFC 5321 §4.1.1.3' },
  badSender: { code: 501, enhanced: '5.1.7', text: '<{address}>: Bad sender address syntax', meaning: 'The reverse-path is not a valid mailbox (local-part@domain) nor the null path <>.', rfc: 'RFC 5321 §4.1.2' },
  badRecipient: { code: 501, enhanced: '5.1.3', text: '<{address}>: Bad recipient address syntax', meaning: 'The forward-path is not a valid mailbox (local-part@domain).', rfc: 'RFC 5321 §4.1.2' },
  badParameter: { code: 501, enhanced: '5.5.4', text: 'Bad {parameter} parameter syntax', meaning: 'An ESMTP parameter after the path is malformed.', rfc: 'RFC 5321 §4.1.2' },
  unknownParameter: { code: 555, enhanced: '5.5.4', text: 'Unsupported option: {parameter}', meaning: 'The client used an ESMTP parameter this server did not offer in its EHLO answer.', rfc: 'RFC 5321 §4.1.1.11' },
  sizeTooBig: { code: 552, enhanced: '5.3.4', text: 'Message size exceeds fixed limit', meaning: 'The size the client declared with SIZE= is over this server\'s limit, so it is refused before any data is sent.', rfc: 'RFC 1870 §6' },
  noArguments: { code: 501, enhanced: '5.5.4', text: 'Syntax: {verb}', meaning: 'This command takes no arguments.', rfc: 'RFC 5321 §4.1.1' },
  unrecognized: { code: 500, enhanced: '5.5.2', text: 'Error: command not recognized', meaning: 'The server does not know this command.', rfc: 'RFC 5321 §4.2.4' },
  notImplemented: { code: 502, enhanced: '5.5.1', text: 'Error: command not implemented', meaning: 'The command exists but this server does not offer it.', rfc: 'RFC 5321 §4.2.4' },
  badSyntax: { code: 500, enhanced: '5.5.2', text: 'Error: bad syntax', meaning: 'The line is not a command: empty, or holding control characters such as a bare CR.', rfc: 'RFC 5321 §2.3.8' },
  lineTooLong: { code: 500, enhanced: '5.5.2', text: 'Error: line too long', meaning: 'A command line may be at most 512 octets including the CRLF.', rfc: 'RFC 5321 §4.5.3.1.4' },
  bareLinefeed: { code: 521, enhanced: '5.5.2', text: '{host} Error: bare <LF> received', meaning: 'Only CRLF ends a line in SMTP; a bare LF could smuggle a second message past other servers, so the server hangs up (Postfix smtpd_forbid_bare_newline).', rfc: 'RFC 5321 §2.3.8' },
  // sendmail 8.18's answer to a bare CR in DATA (its smuggling fix of 2024).
  bareCarriageReturn: { code: 554, enhanced: '5.6.0', text: 'Bare carriage return (CR) not allowed', meaning: 'The message holds a CR that is not followed by LF; some servers take that as a line end, so relaying it could smuggle a second message: it is refused and nothing is delivered.', rfc: 'RFC 5321 §2.3.8' },
  verified: { code: 250, enhanced: '2.1.5', text: '<{address}>', meaning: 'The server confirms that this mailbox exists here.', rfc: 'RFC 5321 §3.5.1' },
  cannotVerify: { code: 252, enhanced: '2.0.0', text: 'Cannot VRFY user, but will accept message and attempt delivery', meaning: 'The server will not say whether the mailbox exists, which protects its users from address harvesting.', rfc: 'RFC 5321 §3.5.3' },
  cannotExpand: { code: 252, enhanced: '2.0.0', text: 'Cannot EXPN list, but will accept message and attempt delivery', meaning: 'The server will not reveal who is on the list.', rfc: 'RFC 5321 §3.5.3' },
  vrfyDisabled: { code: 502, enhanced: '5.5.1', text: 'VRFY command is disabled', meaning: 'This server switched VRFY off, as many do to keep spammers from probing addresses.', rfc: 'RFC 5321 §7.3' },
  expnDisabled: { code: 502, enhanced: '5.5.1', text: 'EXPN command is disabled', meaning: 'This server switched EXPN off so that nobody can list its mailing lists.', rfc: 'RFC 5321 §7.3' },
  notLocal: { code: 550, enhanced: '5.1.1', text: '<{address}>: User unknown', meaning: 'No such mailbox exists on this server.', rfc: 'RFC 5321 §3.5.3' },
  notAList: { code: 550, enhanced: '5.1.1', text: '<{address}>: not a mailing list', meaning: 'EXPN expands lists; this name is not one here.', rfc: 'RFC 5321 §3.5.2' },
  expanded: { code: 250, enhanced: '2.1.5', text: '<{address}>', meaning: 'The members of the list, one per line.', rfc: 'RFC 5321 §3.5.2' },
  argumentRequired: { code: 501, enhanced: '5.5.4', text: 'Syntax: {verb} address', meaning: 'This command needs a mailbox or list name as its argument.', rfc: 'RFC 5321 §4.1.1' },
  help: { code: 214, enhanced: '2.0.0', text: 'Commands: {verbs}', meaning: 'The server lists the commands it knows.', rfc: 'RFC 5321 §4.1.1.8' },
  helpTopic: { code: 214, enhanced: '2.0.0', text: '{syntax}', meaning: 'How to write the command asked about.', rfc: 'RFC 5321 §4.1.1.8' },
  helpUnknown: { code: 504, enhanced: '5.5.1', text: 'HELP topic unknown', meaning: 'There is no help for that topic.', rfc: 'RFC 5321 §4.1.1.8' },
  tlsReady: { code: 220, enhanced: '2.0.0', text: 'Ready to start TLS', meaning: 'The TLS hand-shake starts now; afterwards the session begins again from EHLO.', rfc: 'RFC 3207 §4' },
  tlsActive: { code: 503, enhanced: '5.5.1', text: 'Error: TLS already active', meaning: 'The connection is already encrypted.', rfc: 'RFC 3207 §4.2' },
  inTransaction: { code: 503, enhanced: '5.5.1', text: 'Error: MAIL transaction in progress', meaning: 'This command is not allowed between MAIL and the end of DATA.', rfc: 'RFC 4954 §4' },
  authChallenge: { code: 334, text: '{challenge}', meaning: 'The server waits for the next base64 line of the SASL exchange.', rfc: 'RFC 4954 §4' },
  authOk: { code: 235, enhanced: '2.7.0', text: 'Authentication successful', meaning: 'The credentials are right; this session may now do what the account allows, such as relaying.', rfc: 'RFC 4954 §6' },
  authFailed: { code: 535, enhanced: '5.7.8', text: 'Error: authentication failed', meaning: 'The user name or password is wrong.', rfc: 'RFC 4954 §6' },
  authCancelled: { code: 501, enhanced: '5.7.0', text: 'Authentication aborted', meaning: 'The client sent "*" to cancel the exchange.', rfc: 'RFC 4954 §4' },
  authBadBase64: { code: 501, enhanced: '5.5.2', text: 'Cannot decode response', meaning: 'An AUTH line must be base64, and this one is not.', rfc: 'RFC 4954 §4' },
  authMechanism: { code: 504, enhanced: '5.5.4', text: 'Unrecognized authentication type', meaning: 'The server offers no such SASL mechanism; its EHLO answer lists those it has.', rfc: 'RFC 4954 §4' },
  authSyntax: { code: 501, enhanced: '5.5.4', text: 'Syntax: AUTH mechanism [initial-response]', meaning: 'AUTH needs a mechanism name and at most one initial response.', rfc: 'RFC 4954 §4' },
  authAlready: { code: 503, enhanced: '5.5.1', text: 'Error: already authenticated', meaning: 'A session authenticates once; AUTH is refused afterwards.', rfc: 'RFC 4954 §4' },
} as const satisfies Record<string, ReplySpec>;

export type ReplyKey = keyof typeof REPLIES;

/** The catalogue as a list, for the in-app reference. */
export const replyCatalogue: readonly (ReplySpec & { key: ReplyKey })[] = (Object.keys(REPLIES) as ReplyKey[]).map((key) => ({ key, ...REPLIES[key] }));

/**
 * The reply a server under `policy` gives for `key`: `{host}` is its host
 * name, and the enhanced code shows only when it offers ENHANCEDSTATUSCODES
 * over ESMTP, and never where RFC 2034 §3 leaves it out (entries without one).
 */
export function catalogueReply(policy: ServerPolicy, key: ReplyKey, vars: Readonly<Record<string, string>> = {}, lines?: string[]): Reply {
  const spec: ReplySpec = REPLIES[key];
  const x = policy.extensions;
  const text = lines ?? [fillTemplate(spec.text, { host: policy.hostname, ...vars })];
  return spec.enhanced !== undefined && x.esmtp && x.enhancedStatusCodes ? { code: spec.code, enhanced: spec.enhanced, lines: text } : { code: spec.code, lines: text };
}

/** Templates split once into text and `{name}`s: literal, name, literal, … literal. */
const templateParts = new Map<string, readonly string[]>();

/** Fills `{name}` from vars; a name with no value becomes empty. */
export function fillTemplate(template: string, vars: Readonly<Record<string, string>>): string {
  let parts = templateParts.get(template);
  if (parts === undefined) templateParts.set(template, (parts = template.split(/\{(\w+)\}/)));
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) out += `${vars[parts[i]!] ?? ''}${parts[i + 1]!}`;
  return out;
}
