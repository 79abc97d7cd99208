// The link: `#/s/<format>.<base64url(deflate-raw(JSON))>` (LESSONS.md
// "Links"; base64url is RFC 4648 §5, without padding). Pure on bytes: the
// compression is passed in (the platform's CompressionStream in the app,
// src/ui/share/compression.ts), so core stays free of streams. Decoding
// never throws: every way a link can be wrong is an error value.
import { base64Decode, base64Encode } from '../codec/base64';
import { utf8Bytes } from '../mime/bytes';
import { validateShared } from './validate';
import { hashText } from './hash';
import { SHARE_FORMAT } from './version';
import type { Decoded, SharedState } from './types';

export type Deflate = (bytes: Uint8Array) => Promise<Uint8Array>;
export type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-big' | 'truncated' | 'damaged' };
/** Inflates, giving up with 'too-big' as soon as the output passes `limit` bytes. */
export type Inflate = (bytes: Uint8Array, limit: number) => Promise<Inflated>;

export const LINK_PREFIX = '#/s/';
/** What a link or file may inflate to: a session of thousands of acts is far below it, a zip bomb far above. */
export const MAX_INFLATED = 4 * 1024 * 1024;

export function toBase64Url(bytes: Uint8Array): string {
  return base64Encode(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of unpadded base64url, or undefined if the text is not in its alphabet. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  // Only non-zero bits after the last byte can be wrong now, as when a link is cut mid-quantum; the inflater judges the rest.
  return base64Decode(padded).bytes;
}

/** `<format>.<base64url(deflate-raw(JSON))>~<check>`: what follows a link's prefix, for a shared state or a lesson (builder/lesson-link.ts). */
export async function packPayload(value: unknown, deflate: Deflate): Promise<string> {
  const data = toBase64Url(await deflate(utf8Bytes(JSON.stringify(value))));
  return `${SHARE_FORMAT}.${data}${SUM_MARK}${sumOf(data)}`;
}

/** The link's hash part for a state. */
export async function encodeShare(state: SharedState, deflate: Deflate): Promise<string> {
  return `${LINK_PREFIX}${await packPayload(state, deflate)}`;
}

// Deflate has no checksum of its own: a character changed in a link often
// still unpacks, into a state that replays differently and would be blamed
// on SMTP Lab. So a link ends in `~` and a short hash of its data; links
// made before carry none and are read as they were.
const SUM_MARK = '~';
const SUM_LENGTH = 8;
const sumOf = (data: string) => hashText(data).slice(0, SUM_LENGTH);

/** The payload of a link, a hash or a whole URL: what follows `prefix`, or the text itself if it starts with a format number. */
function payloadOf(text: string, prefix: string): string | undefined {
  const trimmed = text.trim();
  const at = trimmed.indexOf(prefix);
  const rest = at >= 0 ? trimmed.slice(at + prefix.length) : trimmed;
  return /^\d+\./.test(rest) ? rest : undefined;
}

const REASONS = {
  'too-big': (limit: number) => ({ kind: 'too-big' as const, limit, message: `The shared state is larger than ${limit / 1024 / 1024} MB unpacked, so it was not opened.` }),
  truncated: () => ({ kind: 'truncated' as const, message: 'The link is cut short: copy the whole link, up to its last character, and open it again.' }),
  damaged: () => ({ kind: 'damaged' as const, message: 'The link is damaged: its contents do not unpack. It may have been edited or cut.' }),
  changed: () => ({ kind: 'damaged' as const, message: 'The link was changed after it was made: its check does not match its data. Ask for the link again, copied whole.' }),
};

/** The `.smtplab.json` file of a state: the link's JSON, readable. */
export function shareFileText(state: SharedState): string {
  return `${JSON.stringify(state, null, 2)}\n`;
}

/**
 * A state no SMTP Lab would open: its `.smtplab.json` is larger than
 * MAX_INFLATED, where the receiver stops reading. Its link's JSON is the
 * same without indentation, so a state whose file fits inflates within the
 * bound too. `size`: the file's bytes, or at least that many; `limit`: MAX_INFLATED.
 */
export type TooBig = { kind: 'too-big'; size: number; limit: number };

/** Whether `state` can be shared at all: undefined when it can, else how big it is. */
export function tooBigToShare(state: SharedState): TooBig | undefined {
  const size = utf8Bytes(shareFileText(state)).length;
  return size > MAX_INFLATED ? { kind: 'too-big', size, limit: MAX_INFLATED } : undefined;
}

/** A state parsed from JSON text (a link's payload or a `.smtplab.json` file). */
export function decodeShareJson(text: string): Decoded<SharedState> {
  if (text.length > MAX_INFLATED) return { ok: false, error: REASONS['too-big'](MAX_INFLATED) };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: { kind: 'damaged', message: 'The shared state is not JSON: it may have been edited or cut.' } };
  }
  return validateShared(value);
}

export async function decodeShare(text: string, inflate: Inflate): Promise<Decoded<SharedState>> {
  const json = await unpackPayload(text, LINK_PREFIX, inflate);
  return json.ok ? decodeShareJson(json.value) : json;
}

/** The JSON text a packed payload carries (after `prefix` in a link, or bare); every way it can be wrong is an error value. */
export async function unpackPayload(text: string, prefix: string, inflate: Inflate): Promise<Decoded<string>> {
  const payload = payloadOf(text, prefix);
  if (payload === undefined) return { ok: false, error: { kind: 'not-a-link', message: `This is not an SMTP Lab link: it should contain ${prefix} followed by a version and data.` } };
  const dot = payload.indexOf('.');
  const format = Number(payload.slice(0, dot));
  if (!Number.isSafeInteger(format) || format > SHARE_FORMAT) {
    return { ok: false, error: { kind: 'newer-version', format, message: `Made with a newer SMTP Lab (link format ${payload.slice(0, dot)}; this one reads up to ${SHARE_FORMAT}). Reload to update, then open it again.` } };
  }
  // Base64 is 4/3 of the bytes, and deflate shrinks at most about 1000:1; a longer text cannot be a link worth reading.
  const summed = payload.slice(dot + 1);
  if (summed.length > MAX_INFLATED) return { ok: false, error: REASONS['too-big'](MAX_INFLATED) };
  const mark = summed.lastIndexOf(SUM_MARK);
  const data = mark < 0 ? summed : summed.slice(0, mark);
  if (mark >= 0) {
    const sum = summed.slice(mark + 1);
    if (sum.length < SUM_LENGTH) return { ok: false, error: REASONS.truncated() };
    if (sum !== sumOf(data)) return { ok: false, error: REASONS.changed() };
  }
  // Nothing, or characters of the alphabet but one too many for whole bytes (RFC 4648 §5): the end was lost.
  if (/^[A-Za-z0-9_-]*$/.test(data) && (data.length % 4 === 1 || data.length === 0)) return { ok: false, error: REASONS.truncated() };
  const bytes = fromBase64Url(data);
  if (!bytes) return { ok: false, error: { kind: 'garbage', message: 'The link’s data is not in the form SMTP Lab writes (base64url): it may have been edited, or a character was lost.' } };
  let inflated: Inflated;
  try {
    inflated = await inflate(bytes, MAX_INFLATED);
  } catch {
    inflated = { ok: false, reason: 'damaged' };
  }
  if (!inflated.ok) return { ok: false, error: REASONS[inflated.reason](MAX_INFLATED) };
  return { ok: true, value: new TextDecoder('utf-8', { fatal: false }).decode(inflated.bytes) };
}
