// The transcript as HTML for slides and course notes: the same blocks as the
// text transcript, with the bytes of each SMTP line coloured by the part they
// belong to (envelope, headers, body: RFC 5321 §2.3.1), in inline styles so
// that pasting into a slide keeps them. Message content is data: every
// character is escaped, and control characters show as their pictures.
import type { Part, WorldEvent } from '../net/index';
import { eventHead, isSmtpSegment, speaker, transcriptHeading, WIRE_TEXT, type TranscriptHead } from './transcript-text';

/** The app's light palette (src/ui/shell/theme.css), each at least 4.5:1 on white. */
export const PART_COLOURS: Readonly<Record<Part, string>> = { envelope: '#b35900', header: '#0a7d6c', body: '#6639ba' };
const MUTED = '#5b6270';
const PRE = 'font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:14px;line-height:1.45;color:#1c2230;background:#ffffff;padding:12px;white-space:pre-wrap;';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\x00-\x08\x0b-\x1f\x7f]/g, (c) => (c === '\x7f' ? '&#x2421;' : `&#x${(0x2400 + c.charCodeAt(0)).toString(16)};`));
}

const span = (style: string, text: string) => (text === '' ? '' : `<span style="${style}">${escapeHtml(text)}</span>`);

/** The part of the byte at `i`, from the event's tagged ranges. */
function partAt(e: WorldEvent, i: number): Part | undefined {
  return e.ranges.find((r) => i >= r.start && i < r.end)?.part;
}

/** One wire line, `[start, end)` of the event's text, cut into runs of one part each. */
function colouredLine(e: WorldEvent, text: string, start: number, end: number): string {
  let out = '';
  let runStart = start;
  let part = partAt(e, start);
  for (let i = start + 1; i <= end; i++) {
    const next = i < end ? partAt(e, i) : undefined;
    if (i < end && next === part) continue;
    const run = text.slice(runStart, i);
    out += part ? span(`color:${PART_COLOURS[part]}`, run) : escapeHtml(run);
    runStart = i;
    part = next;
  }
  return out;
}

function eventHtml(e: WorldEvent, start: number): string {
  const head = span(`color:${MUTED}`, eventHead(e, start));
  if (!isSmtpSegment(e)) return `${head}  ${escapeHtml(e.summary)}`;
  const who = speaker(e);
  const text = WIRE_TEXT.decode(e.bytes);
  const lines: string[] = [];
  let at = 0;
  while (at < text.length) {
    const crlf = text.indexOf('\r\n', at);
    const end = crlf < 0 ? text.length : crlf;
    lines.push(`       ${span(`color:${MUTED}`, `${who}:`)} ${colouredLine(e, text, at, end)}`);
    at = crlf < 0 ? text.length : crlf + 2;
  }
  return `${head}${e.encrypted ? `  ${span(`color:${MUTED}`, '[TLS]')}` : ''}\n${lines.join('\n')}`;
}

/** The events as one `<pre>`: what `Copy transcript` puts on the clipboard as HTML (`start` as in formatTranscript). */
export function transcriptFragment(log: readonly WorldEvent[], start = log[0]?.time ?? 0): string {
  return `<pre style="${PRE}">${log.map((e) => eventHtml(e, start)).join('\n')}</pre>`;
}

function legend(): string {
  const swatch = (part: Part, label: string) => span(`color:${PART_COLOURS[part]};font-weight:600`, label);
  return `<p style="font-family:system-ui,sans-serif;color:${MUTED}">Colours: ${swatch('envelope', 'envelope (MAIL, RCPT)')} · ${swatch('header', 'header section')} · ${swatch('body', 'body')}</p>`;
}

/** A standalone page: `npm run sim -- SCENARIO --html` and an export's transcript.html. */
export function transcriptHtml(head: TranscriptHead, log: readonly WorldEvent[]): string {
  const [title, ...rest] = transcriptHeading(head, log.length);
  return [
    '<!doctype html>',
    '<html lang="en">',
    `<head><meta charset="utf-8"><title>${escapeHtml(title!)}</title></head>`,
    '<body style="margin:24px;background:#ffffff">',
    `<h1 style="font-family:system-ui,sans-serif;font-size:20px;color:#1c2230">${escapeHtml(title!)}</h1>`,
    ...rest.map((l) => `<p style="font-family:system-ui,sans-serif;color:${MUTED};margin:4px 0">${escapeHtml(l)}</p>`),
    legend(),
    transcriptFragment(log),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
