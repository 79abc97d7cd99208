// Paths and ESMTP parameters as RFC 5321 §4.1.2 writes them:
//   Path = "<" [ A-d-l ":" ] Mailbox ">"
//   Mailbox = Local-part "@" ( Domain / address-literal )
// Source routes (A-d-l) are accepted and thrown away, as §4.1.2 and
// Appendix C ask of a server. Nothing here throws: a bad path gives the
// octet where it went wrong.
import type { EsmtpParam } from './types';

export type PathResult =
  | { ok: true; address: string; end: number }
  | { ok: false; position: number; detail: string };

const LETTERS_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** By character code: 1 for Let-dig, 2 for the other atext characters (RFC 5321 §4.1.2, RFC 5322 §3.2.3). Looked up per character of every path, so a table rather than a regular expression. */
const CLASS = new Uint8Array(128);
for (const c of LETTERS_DIGITS) CLASS[c.charCodeAt(0)] = 1;
for (const c of "!#$%&'*+-/=?^_`{|}~") CLASS[c.charCodeAt(0)] = 2;
const DOT = 0x2e;
const HYPHEN = 0x2d;

/** Where a dot-string (atoms joined by single dots) that starts at `i` ends, or -1. */
function dotString(text: string, i: number): number {
  let atom = false;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128 && CLASS[code] !== 0) atom = true;
    else if (code === DOT && atom) atom = false;
    else break;
  }
  return atom ? i : -1;
}

/** Where a quoted-string starting at the '"' at `i` ends (after its closing quote), or -1. */
function quotedString(text: string, i: number): number {
  for (i++; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code === 0x5c) {
      // quoted-pairSMTP = "\" %d32-126
      const next = text.charCodeAt(i + 1);
      if (!(next >= 32 && next <= 126)) return -1;
      i++;
    } else if (!(code >= 32 && code <= 126)) return -1;
  }
  return -1;
}

/** Where a Domain (sub-domains of letters, digits and inner hyphens) starting at `i` ends, or -1. */
function domainEnd(text: string, i: number): number {
  let label = 0;
  let lastHyphen = false;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128 && CLASS[code] === 1) {
      label++;
      lastHyphen = false;
    } else if (code === HYPHEN && label > 0) {
      label++;
      lastHyphen = true;
    } else if (code === DOT && label > 0 && !lastHyphen) {
      label = 0;
    } else break;
  }
  return label > 0 && !lastHyphen ? i : -1;
}

/** Where an address literal "[…]" starting at `i` ends; dcontent is %d33-90 / %d94-126 (§4.1.3). */
function addressLiteralEnd(text: string, i: number): number {
  const close = text.indexOf(']', i);
  if (close <= i + 1) return -1;
  for (let j = i + 1; j < close; j++) {
    const code = text.charCodeAt(j);
    if (code < 33 || code > 126 || code === 0x5b || code === 0x5c) return -1;
  }
  return close + 1;
}

/**
 * Reads a path starting at the '<' at `start`. The null path `<>` is a
 * valid reverse-path only; `<Postmaster>` without a domain is a valid
 * forward-path only (RFC 5321 §4.1.1.3).
 */
function fail(position: number, detail: string): PathResult {
  return { ok: false, position, detail };
}

export function parsePath(text: string, start: number, kind: 'reverse' | 'forward'): PathResult {
  if (text[start] !== '<') return fail(start, 'the path must start with "<"');
  let i = start + 1;
  if (text[i] === '>') {
    if (kind === 'reverse') return { ok: true, address: '', end: i + 1 };
    return fail(i, 'the null path <> names no recipient');
  }
  // A-d-l = At-domain *( "," At-domain ), followed by ":"
  if (text[i] === '@') {
    for (;;) {
      const end = domainEnd(text, i + 1);
      if (end < 0) return fail(i + 1, 'a source route must list domains as @domain');
      i = end;
      if (text[i] === ',' && text[i + 1] === '@') i++;
      else if (text[i] === ':') {
        i++;
        break;
      } else return fail(i, 'a source route ends with ":" before the mailbox');
    }
  }
  const local = i;
  const localEnd = text[i] === '"' ? quotedString(text, i) : dotString(text, i);
  if (localEnd < 0) return fail(i, 'the local part is neither a dot-string nor a quoted string');
  i = localEnd;
  if (kind === 'forward' && text[i] === '>' && text.slice(local, i).toLowerCase() === 'postmaster') {
    return { ok: true, address: text.slice(local, i), end: i + 1 };
  }
  if (text[i] !== '@') return fail(i, 'expected "@" and a domain after the local part');
  i++;
  const domainStop = text[i] === '[' ? addressLiteralEnd(text, i) : domainEnd(text, i);
  if (domainStop < 0) return fail(i, 'the domain is neither a host name nor an address literal');
  i = domainStop;
  if (text[i] !== '>') return fail(i, 'expected ">" to close the path');
  return { ok: true, address: text.slice(local, i), end: i + 1 };
}

export type ParamsResult =
  | { ok: true; params: EsmtpParam[] }
  | { ok: false; position: number; detail: string; name: string };

/**
 * Mail-parameters after a path: SP-separated `keyword["="value]`, where
 * esmtp-keyword = (ALPHA / DIGIT) *(ALPHA / DIGIT / "-") and esmtp-value is
 * %d33-60 / %d62-126 (RFC 5321 §4.1.2). Keywords are case-insensitive, so
 * they come back in upper case.
 */
export function parseEsmtpParams(text: string, start: number): ParamsResult {
  const params: EsmtpParam[] = [];
  let i = start;
  while (i < text.length) {
    if (text[i] !== ' ') return { ok: false, position: i, detail: 'parameters are separated by spaces', name: '' };
    while (text[i] === ' ') i++;
    if (i >= text.length) break;
    const end = text.indexOf(' ', i);
    const word = text.slice(i, end < 0 ? text.length : end);
    const eq = word.indexOf('=');
    const name = (eq < 0 ? word : word.slice(0, eq)).toUpperCase();
    if (!/^[A-Z0-9][A-Z0-9-]*$/.test(name)) return { ok: false, position: i, detail: 'a parameter keyword is letters, digits and hyphens', name };
    if (eq >= 0) {
      const value = word.slice(eq + 1);
      const bad = value.search(/[^\x21-\x3c\x3e-\x7e]/);
      if (value === '' || bad >= 0) return { ok: false, position: i + eq + 1 + Math.max(bad, 0), detail: 'a parameter value is printable characters other than "="', name };
      params.push({ name, value });
    } else params.push({ name });
    i += word.length;
  }
  return { ok: true, params };
}
