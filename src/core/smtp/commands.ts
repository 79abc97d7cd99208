// The command table: every command the server knows, as data. The parser
// recognises verbs from it, the session decides "out of sequence" from its
// `states`, HELP answers from its `syntax`, and the in-app reference renders
// it whole.
import type { Explanation } from './types';

/**
 * Where a session stands between commands (RFC 5321 §4.1.4, §3.3):
 * before HELO/EHLO, greeted, inside a transaction after MAIL, and after at
 * least one accepted RCPT (only then may DATA follow).
 */
export type SmtpState = 'connected' | 'greeted' | 'mail' | 'rcpt';

export const SMTP_STATES: readonly SmtpState[] = ['connected', 'greeted', 'mail', 'rcpt'];

export type CommandSpec = {
  verb: string;
  syntax: string;
  rfc: string;
  /** One sentence for the learner. */
  meaning: string;
  /** The states in which the command may be given; elsewhere it is out of sequence (503). */
  states: readonly SmtpState[];
};

const ANY = SMTP_STATES;

export const COMMANDS: readonly CommandSpec[] = [
  { verb: 'EHLO', syntax: 'EHLO domain', rfc: 'RFC 5321 §4.1.1.1', meaning: 'The client names itself and asks which ESMTP extensions the server offers.', states: ANY },
  { verb: 'HELO', syntax: 'HELO domain', rfc: 'RFC 5321 §4.1.1.1', meaning: 'The client names itself the RFC 821 way, without asking for extensions.', states: ANY },
  { verb: 'STARTTLS', syntax: 'STARTTLS', rfc: 'RFC 3207 §4', meaning: 'The client asks to turn this connection into an encrypted one; the session then starts over from EHLO.', states: ['connected', 'greeted'] },
  { verb: 'AUTH', syntax: 'AUTH mechanism [initial-response]', rfc: 'RFC 4954 §4', meaning: 'The client proves who it is with a SASL mechanism (LOGIN, PLAIN), so that the server may let it relay.', states: ['greeted'] },
  { verb: 'MAIL', syntax: 'MAIL FROM:<reverse-path> [SIZE=n] [BODY=7BIT|8BITMIME] [AUTH=mailbox]', rfc: 'RFC 5321 §4.1.1.2', meaning: 'Starts a transaction and gives the envelope sender, where bounces will go.', states: ['greeted'] },
  { verb: 'RCPT', syntax: 'RCPT TO:<forward-path>', rfc: 'RFC 5321 §4.1.1.3', meaning: 'Names one envelope recipient; the server accepts or refuses each on its own.', states: ['mail', 'rcpt'] },
  { verb: 'DATA', syntax: 'DATA', rfc: 'RFC 5321 §4.1.1.4', meaning: 'Asks to send the message itself (headers, blank line, body), ended by a line holding a single ".".', states: ['rcpt'] },
  { verb: 'RSET', syntax: 'RSET', rfc: 'RFC 5321 §4.1.1.5', meaning: 'Abandons the current transaction; the session stays open.', states: ANY },
  { verb: 'VRFY', syntax: 'VRFY string', rfc: 'RFC 5321 §4.1.1.6', meaning: 'Asks whether a mailbox exists here; many servers decline to say.', states: ANY },
  { verb: 'EXPN', syntax: 'EXPN string', rfc: 'RFC 5321 §4.1.1.7', meaning: 'Asks who is on a mailing list; many servers decline to say.', states: ANY },
  { verb: 'HELP', syntax: 'HELP [command]', rfc: 'RFC 5321 §4.1.1.8', meaning: 'Asks the server for help, in general or about one command.', states: ANY },
  { verb: 'NOOP', syntax: 'NOOP [string]', rfc: 'RFC 5321 §4.1.1.9', meaning: 'Does nothing but get a 250: checks that the server is still there.', states: ANY },
  { verb: 'QUIT', syntax: 'QUIT', rfc: 'RFC 5321 §4.1.1.10', meaning: 'Ends the session; the server answers 221 and closes the connection.', states: ANY },
];

/** Verbs of RFC 821 and later extensions that this server knows but does not implement (502, RFC 5321 §4.2.4). */
export const UNIMPLEMENTED_VERBS: readonly string[] = ['SEND', 'SOML', 'SAML', 'TURN', 'ETRN', 'ATRN', 'BDAT', 'VERB'];

const BY_VERB = new Map(COMMANDS.map((c) => [c.verb, c]));

export function commandSpec(verb: string): CommandSpec | undefined {
  return BY_VERB.get(verb);
}

/** A known command's meaning for a transcript record; server and client both explain from here. */
export function commandExplanation(verb: string): Explanation | undefined {
  const spec = BY_VERB.get(verb);
  return spec && { meaning: spec.meaning, rfc: spec.rfc };
}

/** An ESMTP extension keyword as a server advertises it in its EHLO answer. */
export type ExtensionSpec = { keyword: string; meaning: string; rfc: string };

export const EXTENSIONS: readonly ExtensionSpec[] = [
  { keyword: 'SIZE', meaning: 'The server states its message size limit, and the client may declare the size with MAIL FROM … SIZE=n.', rfc: 'RFC 1870 §4' },
  { keyword: '8BITMIME', meaning: 'The server accepts 8-bit message content when MAIL FROM says BODY=8BITMIME.', rfc: 'RFC 6152 §2' },
  { keyword: 'PIPELINING', meaning: 'The client may send several commands without waiting for each reply.', rfc: 'RFC 2920 §3' },
  { keyword: 'ENHANCEDSTATUSCODES', meaning: 'Replies carry a detailed status code such as 5.1.1 after the three digits.', rfc: 'RFC 2034 §3' },
  { keyword: 'AUTH', meaning: 'The client may authenticate with one of the SASL mechanisms listed.', rfc: 'RFC 4954 §3' },
  { keyword: 'STARTTLS', meaning: 'The client may upgrade the connection to TLS.', rfc: 'RFC 3207 §2' },
  { keyword: 'HELP', meaning: 'The server answers the HELP command.', rfc: 'RFC 5321 §4.1.1.8' },
];

export function extensionSpec(keyword: string): ExtensionSpec | undefined {
  return EXTENSIONS.find((e) => e.keyword === keyword);
}

/** An EHLO keyword's meaning (any case), as the server's answer and the client's transcript explain it. */
export function extensionExplanation(keyword: string): Explanation | undefined {
  const spec = extensionSpec(keyword.toUpperCase());
  return spec && { meaning: spec.meaning, rfc: spec.rfc };
}
