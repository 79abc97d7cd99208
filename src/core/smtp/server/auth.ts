// The AUTH phase (RFC 4954) with the LOGIN and PLAIN (RFC 4616) mechanisms.
// Every base64 line is decoded in its explanation, because the lesson is
// that base64 hides nothing: only TLS protects these credentials.
import { latin1String } from '../../codec/ascii';
import { base64Decode, base64Encode } from '../../codec/base64';
import { AUTH_WARNING } from '../explanations';
import type { AuthMechanism } from '../policy';
import type { ReplyKey } from '../replies';
import type { Explanation } from '../types';
import { record, send, type Work } from './step';

/** RFC 4954 §4: a server must take SASL responses of up to 12288 octets. */
export const MAX_AUTH_LINE = 12288;

const encoder = new TextEncoder();
const utf8 = new TextDecoder('utf-8');
const USERNAME = base64Encode(encoder.encode('Username:'));
const PASSWORD = base64Encode(encoder.encode('Password:'));
const RFC = 'RFC 4954 §4';

type Decoded = { ok: true; bytes: Uint8Array } | { ok: false; position: number };

/** RFC 4954 §4: "=" is an empty initial response. */
function decode(text: string): Decoded {
  if (text === '=') return { ok: true, bytes: new Uint8Array(0) };
  const { bytes, errors } = base64Decode(text);
  return errors.length ? { ok: false, position: errors[0]!.offset } : { ok: true, bytes };
}

const shown = (bytes: Uint8Array) => JSON.stringify(utf8.decode(bytes));

function explainResponse(mechanism: AuthMechanism, expecting: 'username' | 'password' | 'plain', text: string): Explanation {
  const d = decode(text);
  if (!d.ok) return { meaning: `"${text}" is not valid base64.`, rfc: RFC, position: d.position };
  if (expecting === 'plain') {
    const [authzid = '', user = '', password = ''] = utf8.decode(d.bytes).split('\0');
    return {
      meaning: `PLAIN credentials: authorization id ${JSON.stringify(authzid)}, user ${JSON.stringify(user)}, password ${JSON.stringify(password)}, separated by NUL octets. ${AUTH_WARNING}`,
      rfc: 'RFC 4616 §2',
    };
  }
  return { meaning: `${mechanism} ${expecting}: ${shown(d.bytes)}. ${AUTH_WARNING}`, rfc: RFC };
}

function challenge(w: Work, text: string, asked: string): void {
  w.s.mode = 'auth';
  send(w, 'authChallenge', { challenge: text }, { note: text ? `"${text}" is base64 for ${JSON.stringify(asked)}.` : 'An empty challenge: send the credentials.' });
}

function finish(w: Work, reply: ReplyKey, user?: string): void {
  w.s.mode = 'command';
  delete w.s.auth;
  if (reply === 'authOk') w.s.user = user;
  send(w, reply);
}

function checkCredentials(w: Work, user: string, password: string): void {
  const ok = w.s.policy.accounts.some((a) => a.user === user && a.password === password);
  finish(w, ok ? 'authOk' : 'authFailed', user);
}

/** RFC 4616 §2: authzid NUL authcid NUL passwd; an authzid other than the user is refused. */
function checkPlain(w: Work, bytes: Uint8Array): void {
  const parts = utf8.decode(bytes).split('\0');
  const [authzid, user, password] = parts as [string, string | undefined, string | undefined];
  if (parts.length !== 3 || !user || (authzid !== '' && authzid !== user)) return finish(w, 'authFailed');
  checkCredentials(w, user, password ?? '');
}

/** The AUTH command itself; `refusal` is the reply when it is not offered or out of sequence. */
export function authCommand(w: Work, line: Uint8Array, command: { mechanism: string; initialResponse?: string }, refusal: ReplyKey | undefined): void {
  const s = w.s;
  const { mechanism, initialResponse } = command;
  const known = mechanism === 'LOGIN' || mechanism === 'PLAIN';
  const explanation: Explanation =
    known && initialResponse !== undefined && initialResponse !== '*'
      ? explainResponse(mechanism, mechanism === 'PLAIN' ? 'plain' : 'username', initialResponse)
      : { meaning: 'The client asks to authenticate with a SASL mechanism.', rfc: RFC };
  record(w, line, 'command', explanation, 'AUTH');
  if (refusal !== undefined) return void send(w, refusal);
  if (s.greeted !== 'ehlo') return void send(w, 'needEhlo');
  if (s.user !== undefined) return void send(w, 'authAlready');
  if (!known || !s.policy.extensions.auth.includes(mechanism)) return void send(w, 'authMechanism');
  s.auth = { mechanism };
  if (initialResponse === undefined) {
    return mechanism === 'LOGIN' ? challenge(w, USERNAME, 'Username:') : challenge(w, '', '');
  }
  if (initialResponse === '*') return finish(w, 'authCancelled');
  const d = decode(initialResponse);
  if (!d.ok) return finish(w, 'authBadBase64');
  if (mechanism === 'PLAIN') return checkPlain(w, d.bytes);
  s.auth = { mechanism, username: utf8.decode(d.bytes) };
  challenge(w, PASSWORD, 'Password:');
}

/** A client line during the exchange: a base64 response, or "*" to cancel. */
export function authLine(w: Work, line: Uint8Array): void {
  const exchange = w.s.auth!;
  const text = latin1String(line.subarray(0, line.length - 2));
  const expecting = exchange.mechanism === 'PLAIN' ? 'plain' : exchange.username === undefined ? 'username' : 'password';
  if (line.length > MAX_AUTH_LINE) {
    record(w, line, 'auth', { meaning: 'A SASL response longer than the server takes.', rfc: RFC });
    w.s.mode = 'command';
    delete w.s.auth;
    return void send(w, 'lineTooLong', undefined, { position: MAX_AUTH_LINE - 2 });
  }
  if (text === '*') {
    record(w, line, 'auth', { meaning: 'The client cancels the authentication with "*".', rfc: RFC });
    return finish(w, 'authCancelled');
  }
  record(w, line, 'auth', explainResponse(exchange.mechanism, expecting, text));
  const d = decode(text);
  if (!d.ok) return finish(w, 'authBadBase64');
  if (expecting === 'plain') return checkPlain(w, d.bytes);
  if (expecting === 'username') {
    w.s.auth = { ...exchange, username: utf8.decode(d.bytes) };
    return challenge(w, PASSWORD, 'Password:');
  }
  checkCredentials(w, exchange.username ?? '', utf8.decode(d.bytes));
}
