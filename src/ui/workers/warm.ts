// V8 runs a function as slow bytecode until it has been called, and its
// loops run, often enough to be worth compiling. A first large message would
// pay that on its own clock: a 5 MB .eml parses 3–5× slower cold than warm.
// So the worker, on start, outlines and parses a small message of the usual
// shape (text, HTML, a base64 attachment) a few times, and a block of many
// header fields (hostile mail carries 100,000, and a loop over fields stays
// slow until thousands have run): milliseconds spent while the person is
// still choosing a file. One round a task, so a file picked early waits for
// one round at most, and none once a job has come: the job warms what it runs.
import { messageErrors, outlineView } from '../../store/playgroundMime';

const ROUNDS = 8;
const ATTACHMENT_BYTES = 48 * 1024;
const FIELDS = 1000;

/**
 * The usual shape, written out rather than built (building it cold took
 * 30 ms, as long as parsing it): text and HTML in quoted-printable, and a
 * base64 attachment of noise.
 */
export function sampleMessage(): Uint8Array {
  const noise = new Uint8Array(ATTACHMENT_BYTES);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
  let binary = '';
  for (let i = 0; i < noise.length; i += 4096) binary += String.fromCharCode(...noise.subarray(i, i + 4096));
  const base64 = btoa(binary).replace(/.{76}/g, '$&\r\n');
  const part = (type: string, encoding: string, body: string) => `Content-Type: ${type}\r\nContent-Transfer-Encoding: ${encoding}\r\n\r\n${body}\r\n`;
  return new TextEncoder().encode(
    [
      'From: Worker <warm@localhost>\r\nTo: Page <page@localhost>\r\nSubject: =?UTF-8?B?V2FybS11cDogZMOpasOgIHZ1?=\r\n',
      'Date: Thu, 1 Jan 2026 00:00:00 +0000\r\nMessage-ID: <warm-up@localhost>\r\nMIME-Version: 1.0\r\n',
      'Content-Type: multipart/mixed; boundary="=_mixed"\r\n\r\n--=_mixed\r\n',
      'Content-Type: multipart/alternative; boundary="=_alt"\r\n\r\n--=_alt\r\n',
      part('text/plain; charset=utf-8', 'quoted-printable', 'A line of text, with a caf=C3=A9 in it.\r\n'.repeat(40)),
      '--=_alt\r\n',
      part('text/html; charset=utf-8', 'quoted-printable', '<p>A line of <b>HTML</b>, with a caf=C3=A9 in it.</p>\r\n'.repeat(40)),
      '--=_alt--\r\n\r\n--=_mixed\r\n',
      part('application/octet-stream; name="noise.bin"', 'base64', base64),
      '--=_mixed--\r\n',
    ].join(''),
  );
}

/**
 * Short and long (folded), plain and encoded fields: each path a field takes.
 * Written out, not built: building folds and encodes every field, and cold
 * that took 60–110 ms, a round a picked file would have waited for.
 */
export function manyFields(): Uint8Array {
  const lines: string[] = [];
  for (let i = 0; i < FIELDS; i++) {
    lines.push(i % 10 === 0 ? `X-Warm-${i}: =?utf-8?q?d=C3=A9j=C3=A0_vu?= and a value\r\n folded over a second line\r\n` : `X-Warm-${i}: ${i % 10}\r\n`);
  }
  return new TextEncoder().encode(`${lines.join('')}\r\nA line.\r\n`);
}

/**
 * The warm-up, as rounds to run one task each (runRounds): first what
 * stands between a picked file and its tree (the outline of the usual shape
 * and of many fields, in turn), then what the check after it runs (decoding
 * every body).
 */
export function warmUpRounds(): (() => void)[] {
  let message: Uint8Array | undefined;
  let fields: Uint8Array | undefined;
  const usual = () => outlineView((message ??= sampleMessage()));
  const many = () => outlineView((fields ??= manyFields()));
  const check = () => messageErrors((message ??= sampleMessage()));
  const rounds: (() => void)[] = [];
  for (let i = 0; i < ROUNDS; i++) rounds.push(usual, many);
  for (let i = 0; i < ROUNDS; i++) rounds.push(check);
  return rounds;
}

/** Runs `rounds` in order, one task each, until they are done or `stop()` says so (a job has come). */
export function runRounds(rounds: (() => void)[], stop: () => boolean): void {
  const next = () => {
    const round = rounds.shift();
    if (!round || stop()) return;
    round();
    setTimeout(next);
  };
  setTimeout(next);
}
