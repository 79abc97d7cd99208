// V8 runs a function as slow bytecode until it has been called, and its
// loops run, often enough to be worth compiling. A first large message would
// pay that on its own clock: a 5 MB .eml parses 3–5× slower cold than warm.
// So the worker, on start, outlines and parses a small message of the usual
// shape (text, HTML, a base64 attachment) a few times, and a block of many
// header fields (hostile mail carries 100,000, and a loop over fields stays
// slow until thousands have run): milliseconds spent while the person is
// still choosing a file. One round a task, so a file picked early waits for
// one round at most, and none once a job has come: the job warms what it runs.
import { buildMessage } from '../../core';
import { messageErrors, outlineView } from '../../store/playgroundMime';

const ROUNDS = 8;
const ATTACHMENT_BYTES = 48 * 1024;
const FIELDS = 1000;
const FIELD_ROUNDS = 8;

function sampleMessage(): Uint8Array {
  const content = new Uint8Array(ATTACHMENT_BYTES);
  for (let i = 0; i < content.length; i++) content[i] = (i * 2654435761) >>> 24;
  return buildMessage({
    from: 'Worker <warm@localhost>',
    to: ['Page <page@localhost>'],
    subject: 'Warm-up: déjà vu',
    date: 'Thu, 1 Jan 2026 00:00:00 +0000',
    messageId: '<warm-up@localhost>',
    text: 'A line of text, with a café in it.\n'.repeat(40),
    html: '<p>A line of <b>HTML</b>, with a café in it.</p>\n'.repeat(40),
    attachments: [{ filename: 'noise.bin', contentType: 'application/octet-stream', content }],
  });
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

/** The warm-up, as rounds to run one task each (runRounds). */
export function warmUpRounds(): (() => void)[] {
  let message: Uint8Array | undefined;
  let fields: Uint8Array | undefined;
  const usual = () => {
    message ??= sampleMessage();
    outlineView(message);
    messageErrors(message);
  };
  const many = () => {
    fields ??= manyFields();
    outlineView(fields);
  };
  return [...Array<() => void>(ROUNDS).fill(usual), ...Array<() => void>(FIELD_ROUNDS).fill(many)];
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
