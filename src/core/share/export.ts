// A session as files for slides and course notes (issue 15 §2): the
// transcript as text and as coloured HTML, the event log as JSON lines, each
// delivered message as an .eml, each mailbox as mbox, and a README with the
// link that reopens the session. Pure: the zip is made outside core.
import { utf8Bytes } from '../mime/bytes';
import { eventJson } from '../net/index';
import { mailboxBytes } from '../net/index';
import { parseMbox } from '../mbox/index';
import type { Timeline } from '../net/index';
import { transcriptHtml } from './transcript-html';
import { transcriptText, type TranscriptHead } from './transcript-text';
import type { SharedState } from './types';
import { shareFileText } from './codec';

export type ExportFile = { path: string; bytes: Uint8Array };

export type SessionExport = {
  head: TranscriptHead;
  timeline: Timeline;
  /** The share link (a full URL), for README.txt. */
  link?: string;
  /** The shared state, written as session.smtplab.json so the export can be opened again. */
  state?: SharedState;
};

/** A host or user name as one path segment: only letters, digits, dot, dash and underscore. */
const segment = (name: string) => name.replace(/[^\w.-]/g, '_').replace(/^\.+/, '_') || '_';

/** Every non-empty mailbox of the world at the end of the log, in the world's host order. */
function mailboxes(tl: Timeline): { host: string; user: string; mbox: Uint8Array }[] {
  return Object.values(tl.world.hosts).flatMap((h) =>
    Object.keys(h.mailboxes)
      .sort()
      .flatMap((user) => {
        const mbox = mailboxBytes(h, user);
        return mbox && mbox.length > 0 ? [{ host: h.name, user, mbox }] : [];
      }),
  );
}

/** `npm run sim -- --json` exactly: one line per event, each ended by LF. */
export function eventsJsonl(tl: Timeline): string {
  return tl.log.map((e) => `${eventJson(e)}\n`).join('');
}

function readme(s: SessionExport, messages: number, boxes: string[]): string {
  return [
    `SMTP Lab session: ${s.head.title}`,
    '',
    s.head.goal,
    `Seed ${s.head.seed}, ${s.timeline.log.length} events, ${messages} message${messages === 1 ? '' : 's'} delivered.`,
    '',
    ...(s.link ? ['Open the session again (it replays in the browser):', s.link, ''] : []),
    'Files:',
    '  transcript.txt    the transcript, as `npm run sim -- SCENARIO` prints it',
    '  transcript.html   the same, coloured by envelope, headers and body, for slides',
    '  events.jsonl      the event log, as `npm run sim -- SCENARIO --json` prints it',
    '  messages/*.eml    every message as delivered, one file each',
    ...boxes.map((b) => `  ${b}`),
    ...(s.state ? ['  session.smtplab.json  the state: drop it on SMTP Lab to open it'] : []),
    '',
  ].join('\n');
}

export function exportSession(s: SessionExport): ExportFile[] {
  const text = (path: string, content: string): ExportFile => ({ path, bytes: utf8Bytes(content) });
  const boxes = mailboxes(s.timeline);
  const messages = boxes.flatMap((b) => parseMbox(b.mbox).entries.map((m, i) => ({ path: `messages/${segment(b.user)}@${segment(b.host)}-${String(i + 1).padStart(3, '0')}.eml`, bytes: m.content })));
  const mboxFiles = boxes.map((b) => ({ path: `mailboxes/${segment(b.host)}/${segment(b.user)}.mbox`, bytes: b.mbox }));
  return [
    text('README.txt', readme(s, messages.length, mboxFiles.map((f) => f.path))),
    text('transcript.txt', `${transcriptText(s.head, s.timeline.log)}\n`),
    text('transcript.html', transcriptHtml(s.head, s.timeline.log)),
    text('events.jsonl', eventsJsonl(s.timeline)),
    ...messages,
    ...mboxFiles,
    ...(s.state ? [text('session.smtplab.json', shareFileText(s.state))] : []),
  ];
}
