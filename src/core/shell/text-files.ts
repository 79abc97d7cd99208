// The text files a mail host's shell can read, by path: the mailboxes under
// /var/mail (mbox, RFC 4155), Postfix's /var/log/mail.log (on a host that
// runs it) and /etc/hostname. cat, tail and grep all read through here, so
// they agree on what exists.
import { latin1String } from '../codec/ascii';
import type { ShellContext } from './types';

export const MAIL_LOG = '/var/log/mail.log';

export type FileRead = { ok: true; text: string } | { ok: false; error: 'No such file or directory' | 'Is a directory' };

const DIRECTORIES = ['/', '/etc', '/var', '/var/log', '/var/mail', '/var/spool/mail', '/var/spool'];

/** The user of a mailbox path, if the path is one: /var/mail/bob, /var/spool/mail/bob. */
export function mailboxUser(path: string): string | undefined {
  return /^\/var\/(?:spool\/)?mail\/([^/]+)$/.exec(path)?.[1];
}

/** A file's text with LF line ends, as the terminal shows it. */
export function readText(path: string, ctx: ShellContext): FileRead {
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  if (DIRECTORIES.includes(clean)) return { ok: false, error: 'Is a directory' };
  if (clean === '/etc/hostname') return { ok: true, text: `${ctx.hostname}\n` };
  if (clean === MAIL_LOG && ctx.hasMta) return { ok: true, text: ctx.mailLog.map((l) => `${l}\n`).join('') };
  const user = mailboxUser(clean);
  const box = user === undefined ? undefined : ctx.mailboxes[user];
  if (box) return { ok: true, text: latin1String(box).replace(/\r\n/g, '\n') };
  return { ok: false, error: 'No such file or directory' };
}

/** A file's lines, without the newline at the end of the last. */
export function linesOf(text: string): string[] {
  if (text === '') return [];
  return (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
}
