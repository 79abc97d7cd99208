// Header values with parameters: `type/subtype; name=value; name*=…`
// (RFC 2045 §5.1, RFC 2183 §2, RFC 2231 §3–4), read and written.
import type { CodecError } from '../codec/types';
import { decodeCharset, decodeEncodedWords } from '../codec/index';
import { utf8Bytes } from './bytes';

export type ParamValue = {
  /** The value before the first `;`, lower case ('text/plain', 'attachment'). */
  value: string;
  /** Names lower case, continuations joined, RFC 2231 charsets decoded. */
  params: Record<string, string>;
  /** Offsets are into the header value string. */
  errors: CodecError[];
};

type RawParam = { name: string; value: string; at: number };

/** Skips whitespace and (nested) comments, RFC 5322 §3.2.2 CFWS. */
function skipCfws(s: string, i: number): number {
  for (;;) {
    while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\r' || s[i] === '\n')) i++;
    if (s[i] !== '(') return i;
    let depth = 0;
    for (; i < s.length; i++) {
      const c = s[i];
      if (c === '\\') i++;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) break;
    }
    i++;
  }
}

/** Reads a quoted-string starting at the quote; returns its content and where it ended. */
function quoted(s: string, i: number, errors: CodecError[]): { text: string; next: number } {
  let text = '';
  for (let j = i + 1; j < s.length; j++) {
    const c = s[j]!;
    if (c === '"') return { text, next: j + 1 };
    if (c === '\\' && j + 1 < s.length) text += s[++j];
    else text += c;
  }
  errors.push({ offset: i, message: 'quoted string without its closing quote (RFC 5322 §3.2.4)' });
  return { text, next: s.length };
}

function readRaw(s: string, errors: CodecError[]): { value: string; raw: RawParam[] } {
  let i = skipCfws(s, 0);
  let semi = s.indexOf(';', i);
  if (semi === -1) semi = s.length;
  const value = s.slice(i, semi).replace(/\([^)]*\)/g, '').trim().toLowerCase();
  const raw: RawParam[] = [];
  i = semi;
  while (i < s.length) {
    i = skipCfws(s, i + 1);
    if (i >= s.length) break;
    const at = i;
    let end = i;
    while (end < s.length && s[end] !== '=' && s[end] !== ';') end++;
    const name = s.slice(i, end).trim().toLowerCase();
    if (s[end] !== '=') {
      if (name) errors.push({ offset: at, message: `parameter "${name}" without a value (RFC 2045 §5.1)` });
      i = end;
      continue;
    }
    i = skipCfws(s, end + 1);
    let text: string;
    if (s[i] === '"') {
      const q = quoted(s, i, errors);
      text = q.text;
      i = q.next;
      while (i < s.length && s[i] !== ';') i++;
    } else {
      let stop = s.indexOf(';', i);
      if (stop === -1) stop = s.length;
      // A comment after a token is CFWS, not value (RFC 2045 §5.1: `charset=us-ascii (Plain text)`).
      text = s.slice(i, stop).replace(/\([^)]*\)/g, '').trim();
      i = stop;
    }
    if (name) raw.push({ name, value: text, at });
  }
  return { value, raw };
}

function percentDecode(text: string, at: number, out: number[], errors: CodecError[]): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x25 && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 1, i + 3))) {
      out.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      if (c === 0x25) errors.push({ offset: at, message: 'a % not followed by two hex digits (RFC 2231 §4)' });
      for (const b of utf8Bytes(text[i]!)) out.push(b);
    }
  }
}

type Section = { index: number; extended: boolean; value: string; at: number };

/** Joins RFC 2231 §3 continuations and decodes §4 charsets. */
function joinSections(sections: Section[], errors: CodecError[]): string {
  sections.sort((a, b) => a.index - b.index);
  let charset = '';
  const bytes: number[] = [];
  sections.forEach((sec, n) => {
    if (sec.index !== n) errors.push({ offset: sec.at, message: `continuation *${n} is missing (RFC 2231 §3)` });
    let text = sec.value;
    if (sec.extended && n === 0) {
      const m = /^([^']*)'[^']*'/.exec(text);
      if (m) {
        charset = m[1]!;
        text = text.slice(m[0].length);
      } else errors.push({ offset: sec.at, message: "extended value without charset'language' (RFC 2231 §4)" });
    }
    if (sec.extended) percentDecode(text, sec.at, bytes, errors);
    else for (const b of utf8Bytes(text)) bytes.push(b);
  });
  const decoded = decodeCharset(Uint8Array.from(bytes), charset || 'utf-8');
  for (const e of decoded.errors) errors.push({ offset: sections[0]?.at ?? 0, message: e.message });
  return decoded.text;
}

/** Parses `value; name=value …` as Content-Type and Content-Disposition carry it. */
export function parseParams(header: string): ParamValue {
  const errors: CodecError[] = [];
  const { value, raw } = readRaw(header, errors);
  const params: Record<string, string> = {};
  const split = new Map<string, Section[]>();
  for (const p of raw) {
    const m = /^(.*?)\*(?:(\d+)(\*)?)?$/.exec(p.name);
    if (!m) {
      // RFC 2047 §5 keeps encoded-words out of quoted strings, but Outlook
      // and others put them in filenames, and every reader decodes them.
      params[p.name] ??= p.value.includes('=?') ? decodeEncodedWords(p.value).text : p.value;
      continue;
    }
    const base = m[1]!;
    const index = m[2] === undefined ? 0 : Number(m[2]);
    const extended = m[2] === undefined || m[3] === '*';
    const list = split.get(base) ?? [];
    list.push({ index, extended, value: p.value, at: p.at });
    split.set(base, list);
  }
  // An RFC 2231 value wins over a plain one of the same name (RFC 2231 §4: it is the better one).
  for (const [base, sections] of split) params[base] = joinSections(sections, errors);
  return { value, params, errors };
}

const TOKEN = /^[!#$%&'*+\-.0-9A-Z^_`a-z{|}~]+$/;
const ATTR_CHAR = /[!#$&+\-.0-9A-Z^_`a-z{|}~]/;
/** Room for a parameter on its own folded line: 78 less the leading space and `;`. */
const SECTION = 60;

function percentEncode(value: string): string[] {
  const parts: string[] = [];
  for (const b of utf8Bytes(value)) {
    const c = String.fromCharCode(b);
    parts.push(ATTR_CHAR.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`);
  }
  return parts;
}

/**
 * One parameter as it should be written: a bare token when it is one, a
 * quoted string when it is printable ASCII and short (RFC 2045 §5.1), and
 * otherwise RFC 2231 `name*=utf-8''…`, split into `name*0*`, `name*1*` …
 * when long, never inside a %XX. Returns one piece per section, to be joined
 * with `; `.
 */
export function formatParam(name: string, value: string): string[] {
  if (TOKEN.test(value)) return [`${name}=${value}`];
  // `=?` would read back as an encoded-word (see parseParams), so such a value goes RFC 2231.
  const printable = /^[\x20-\x7e]*$/.test(value) && !value.includes('=?');
  const q = `"${value.replace(/(["\\])/g, '\\$1')}"`;
  if (printable && name.length + q.length < SECTION + 8) return [`${name}=${q}`];
  if (printable) {
    const pieces: string[] = [];
    for (let i = 0, n = 0; i < value.length; i += SECTION, n++) {
      pieces.push(`${name}*${n}="${value.slice(i, i + SECTION).replace(/(["\\])/g, '\\$1')}"`);
    }
    return pieces;
  }
  const units = percentEncode(value);
  const whole = `utf-8''${units.join('')}`;
  if (name.length + whole.length < SECTION + 8) return [`${name}*=${whole}`];
  const pieces: string[] = [];
  let cur = "utf-8''";
  for (const u of units) {
    if (cur.length + u.length > SECTION) {
      pieces.push(`${name}*${pieces.length}*=${cur}`);
      cur = '';
    }
    cur += u;
  }
  pieces.push(`${name}*${pieces.length}*=${cur}`);
  return pieces;
}

/** `value; a=b; c="d e"` ready for foldHeader. */
export function formatParams(value: string, params: Record<string, string>): string {
  const pieces = [value];
  for (const [name, v] of Object.entries(params)) for (const piece of formatParam(name, v)) pieces.push(piece);
  return pieces.join('; ');
}
