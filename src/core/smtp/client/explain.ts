// What the client's lines mean, for the learner: each command it sends and
// each reply it reads, with the RFC section that defines it. Commands (and
// EHLO keywords, see records.ts) come from the tables the server uses; replies
// here are any server's, so they are explained by their code.
import { commandExplanation } from '../commands';
import { REPLIES, type ReplyKey } from '../replies';
import type { Explanation } from '../types';
import type { Awaiting } from './types';

/** A command's meaning comes from the command table the server also uses. */
export function explainCommand(verb: string): Explanation {
  return commandExplanation(verb) ?? { meaning: 'An SMTP command.', rfc: 'RFC 5321 §4.1' };
}

export const DATA_LINE: Explanation = {
  meaning: 'A line of the message content; a line starting with "." gets one more "." so it cannot end the data.',
  rfc: 'RFC 5321 §4.5.2',
};

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

/** What a success means depends on what it answers; the server's catalogue says it once. */
const SUCCESS: Partial<Record<Awaiting['kind'], ReplyKey>> = {
  greeting: 'greeting',
  ehlo: 'hello',
  helo: 'hello',
  starttls: 'tlsReady',
  auth: 'authOk',
  mail: 'senderOk',
  rcpt: 'recipientOk',
  data: 'startData',
  'data-end': 'queued',
  rset: 'reset',
  quit: 'bye',
};

/** A reply explained by the command it answers when that says more, else by its code. */
export function explainReplyTo(answers: Awaiting['kind'] | undefined, code: number): Explanation {
  const key = answers === undefined ? undefined : SUCCESS[answers];
  const spec = key === undefined ? undefined : REPLIES[key];
  return spec && spec.code === code ? { meaning: spec.meaning, rfc: spec.rfc } : explainReply(code);
}

function explainReply(code: number): Explanation {
  return REPLY_MEANINGS[code] ?? { meaning: REPLY_CLASSES[String(code)[0] ?? ''] ?? 'An SMTP reply.', rfc: 'RFC 5321 §4.2.1' };
}
