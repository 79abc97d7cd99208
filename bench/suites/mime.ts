// parse-message: a 10 MB message (text, HTML, five attachments), every
// part's content decoded, against postal-mime doing the same.
import PostalMime from 'postal-mime';
import { buildMessage, parseMessage, type MimePart } from '../../src/core/index';
import { bestTime, compareTimes, result, seededBytes, type Suite } from '../harness';

function prose(size: number): string {
  const words = ['mail', 'relay', 'envelope', 'header', 'café', 'Grüße', 'boundary', 'SMTP', 'base64', 'quoted-printable'];
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const w = words[(i * 7) % words.length]!;
    parts.push(i % 12 === 11 ? `${w}.\n` : `${w} `);
    n += w.length + 1;
  }
  return parts.join('');
}

function tenMegabyteMessage(): Uint8Array {
  const text = prose(250_000);
  return buildMessage({
    from: 'Alice <alice@alice.example>',
    to: ['Bob <bob@bob.example>'],
    subject: 'Quarterly report with attachments',
    date: 'Tue, 14 Oct 2025 09:12:43 +0200',
    messageId: '<bench@smtp-lab.example>',
    text,
    html: `<html><body><p>${text.replace(/\n/g, '</p>\n<p>')}</p></body></html>`,
    attachments: Array.from({ length: 5 }, (_, i) => ({
      filename: `attachment-${i + 1}.bin`,
      contentType: i % 2 ? 'image/png' : 'application/pdf',
      content: seededBytes(1_400_000, 0x9e3779b9 + 2 * i),
    })),
  });
}

function decodeAll(part: MimePart): number {
  let n = part.content().length + (part.text()?.length ?? 0);
  for (const c of part.children) n += decodeAll(c);
  return n;
}

/** Multiparts nested `depth` deep, each with its own boundary. */
function nested(depth: number): Uint8Array {
  let body = '\r\nleaf';
  for (let i = depth; i > 0; i--) body = `Content-Type: multipart/mixed; boundary=b${i}\r\n\r\n--b${i}\r\n${body}\r\n--b${i}--\r\n`;
  return new TextEncoder().encode(body);
}

/**
 * Parse time at depth n, 2n, 4n: linear work grows 4× from n to 4n (the
 * reference), the old scan per level grew 16×. The ratio is 4 / growth.
 */
async function depthGrowth() {
  const n = 250;
  const [a, b, c] = [nested(n), nested(2 * n), nested(4 * n)];
  const options = { maxDepth: 4 * n };
  const t1 = await bestTime(() => parseMessage(a, options), 10);
  const t2 = await bestTime(() => parseMessage(b, options), 10);
  const t4 = await bestTime(() => parseMessage(c, options), 10);
  const unit = `growth from depth ${n} to ${4 * n} (${t1.toFixed(2)} / ${t2.toFixed(2)} / ${t4.toFixed(2)} ms at n, 2n, 4n)`;
  return result('parse-nested-depth', unit, t4 / t1, 4, 'linear (4×)', false, '≥ 0.8×');
}

export const suite: Suite = {
  name: 'mime',
  async run() {
    const raw = tenMegabyteMessage();
    const t = await compareTimes(
      () => decodeAll(parseMessage(raw).root),
      () => PostalMime.parse(raw),
      5,
    );
    return [result('parse-message', 'ms (10 MB)', t.ours, t.reference, 'postal-mime', false, '≥ 2×'), await depthGrowth()];
  },
};
