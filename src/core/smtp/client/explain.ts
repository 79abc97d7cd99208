// What the client's lines mean, for the learner: each command it sends, each
// reply it reads and each extension a server advertises, with the RFC section
// that defines it. Data, so the inspector and the reference render from it.
import type { Explanation } from '../types';

export const COMMAND_MEANINGS: Record<string, Explanation> = {
  EHLO: { meaning: 'The client names itself and asks which ESMTP extensions the server offers.', rfc: 'RFC 5321 §4.1.1.1' },
  HELO: { meaning: 'The client names itself the RFC 821 way, without asking for extensions.', rfc: 'RFC 5321 §4.1.1.1' },
  STARTTLS: { meaning: 'The client asks to turn this connection into a TLS one before going on.', rfc: 'RFC 3207 §4' },
  AUTH: { meaning: 'The client proves who it is with a SASL mechanism, so the server may let it relay.', rfc: 'RFC 4954 §4' },
  MAIL: { meaning: 'The client starts a transaction and gives the envelope sender, where bounces go.', rfc: 'RFC 5321 §4.1.1.2' },
  RCPT: { meaning: 'The client names one envelope recipient; the server accepts or refuses each one on its own.', rfc: 'RFC 5321 §4.1.1.3' },
  DATA: { meaning: 'The client asks to send the message itself: headers, blank line, body.', rfc: 'RFC 5321 §4.1.1.4' },
  RSET: { meaning: 'The client abandons the current transaction so the next one starts clean.', rfc: 'RFC 5321 §4.1.1.5' },
  QUIT: { meaning: 'The client says goodbye; the server answers 221 and closes.', rfc: 'RFC 5321 §4.1.1.10' },
};

export const DATA_LINE: Explanation = {
  meaning: 'A line of the message content; a line starting with "." gets one more "." so it cannot end the data.',
  rfc: 'RFC 5321 §4.5.2',
};
export const DATA_END: Explanation = { meaning: 'A line with a single "." ends the message content.', rfc: 'RFC 5321 §4.1.1.4' };
export const AUTH_WARNING = 'Base64 is an encoding, not encryption: anyone who sees this line can decode it.';

/** RFC 5321 §4.2.1: the first digit says how the command went. */
const REPLY_CLASSES: Record<string, string> = {
  '2': 'Success: the server did what was asked.',
  '3': 'Go on: the server waits for more from the client.',
  '4': 'Temporary failure: try again later; the message is deferred, not lost.',
  '5': 'Permanent failure: the same command will fail again; the message bounces.',
};

/** The codes a client meets most, with their meaning (RFC 5321 §4.2.2, §4.2.3). */
const REPLY_MEANINGS: Record<number, Explanation> = {
  220: { meaning: 'The server is ready (or, after STARTTLS, ready to start TLS).', rfc: 'RFC 5321 §4.2.2' },
  221: { meaning: 'The server closes the connection.', rfc: 'RFC 5321 §4.2.2' },
  235: { meaning: 'Authentication succeeded.', rfc: 'RFC 4954 §6' },
  250: { meaning: 'The command was accepted.', rfc: 'RFC 5321 §4.2.2' },
  334: { meaning: 'The server waits for the next base64 line of the SASL exchange.', rfc: 'RFC 4954 §4' },
  354: { meaning: 'Send the message now; end it with a line holding a single ".".', rfc: 'RFC 5321 §4.2.2' },
  421: { meaning: 'The server is closing the connection; everything not yet accepted is deferred.', rfc: 'RFC 5321 §3.8' },
  450: { meaning: 'The mailbox is unavailable for now; try again later.', rfc: 'RFC 5321 §4.2.2' },
  451: { meaning: 'The server hit a local error; try again later.', rfc: 'RFC 5321 §4.2.2' },
  452: { meaning: 'Not enough room, or too many recipients; try again later.', rfc: 'RFC 5321 §4.5.3.1.10' },
  454: { meaning: 'TLS or authentication is not available right now.', rfc: 'RFC 3207 §4' },
  500: { meaning: 'The server did not recognise the command.', rfc: 'RFC 5321 §4.2.2' },
  501: { meaning: 'The command has a syntax error in its arguments.', rfc: 'RFC 5321 §4.2.2' },
  502: { meaning: 'The server does not implement this command.', rfc: 'RFC 5321 §4.2.2' },
  503: { meaning: 'The command came in the wrong order.', rfc: 'RFC 5321 §4.2.2' },
  530: { meaning: 'The server wants authentication first.', rfc: 'RFC 4954 §6' },
  535: { meaning: 'Authentication failed: the credentials were refused.', rfc: 'RFC 4954 §6' },
  550: { meaning: 'The mailbox does not exist or refuses mail; the recipient fails for good.', rfc: 'RFC 5321 §4.2.2' },
  551: { meaning: 'The user is not local here.', rfc: 'RFC 5321 §3.4' },
  552: { meaning: 'The message is too big for the server.', rfc: 'RFC 1870 §6.1' },
  553: { meaning: 'The mailbox name is not allowed.', rfc: 'RFC 5321 §4.2.2' },
  554: { meaning: 'The transaction failed.', rfc: 'RFC 5321 §4.2.2' },
};

export function explainReply(code: number): Explanation {
  return REPLY_MEANINGS[code] ?? { meaning: REPLY_CLASSES[String(code)[0] ?? ''] ?? 'An SMTP reply.', rfc: 'RFC 5321 §4.2.1' };
}

/** What each advertised extension lets the client do. */
const EXTENSION_MEANINGS: Record<string, Explanation> = {
  SIZE: { meaning: 'The server says how big a message it takes; the client declares the size in MAIL FROM.', rfc: 'RFC 1870 §4' },
  '8BITMIME': { meaning: 'The server accepts 8-bit content when MAIL FROM says BODY=8BITMIME.', rfc: 'RFC 6152 §2' },
  PIPELINING: { meaning: 'The client may send MAIL and every RCPT without waiting for each reply.', rfc: 'RFC 2920 §3' },
  ENHANCEDSTATUSCODES: { meaning: 'Replies carry a status code like 2.1.0 that says more than the three digits.', rfc: 'RFC 2034 §3' },
  AUTH: { meaning: 'The server accepts authentication with the listed SASL mechanisms.', rfc: 'RFC 4954 §3' },
  STARTTLS: { meaning: 'The server can upgrade this connection to TLS.', rfc: 'RFC 3207 §4' },
  HELP: { meaning: 'The server answers HELP.', rfc: 'RFC 5321 §4.1.1.8' },
  SMTPUTF8: { meaning: 'The server accepts UTF-8 addresses and headers.', rfc: 'RFC 6531 §3.1' },
  CHUNKING: { meaning: 'The server accepts BDAT instead of DATA.', rfc: 'RFC 3030 §2' },
  DSN: { meaning: 'The server can send delivery status notifications as asked.', rfc: 'RFC 3461 §4' },
};

export function explainExtension(keyword: string): Explanation | undefined {
  return EXTENSION_MEANINGS[keyword.toUpperCase()];
}
