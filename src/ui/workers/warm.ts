// V8 runs a function as slow bytecode until it has been called, and its
// loops run, often enough to be worth compiling. A first large message would
// pay that on its own clock: a 5 MB .eml parses 3–5× slower cold than warm.
// So the worker, on start, outlines and parses a small message of the usual
// shape (text, HTML, a base64 attachment) a few times: milliseconds spent
// while the person is still choosing a file.
import { buildMessage } from '../../core';
import { messageErrors, outlineView } from '../../store/playgroundMime';

const ROUNDS = 8;
const ATTACHMENT_BYTES = 48 * 1024;

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

export function warmUp(): void {
  const message = sampleMessage();
  for (let i = 0; i < ROUNDS; i++) {
    outlineView(message);
    messageErrors(message);
  }
}
