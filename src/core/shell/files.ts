// The small commands: what coreutils, shadow-utils and Postfix's mailq
// print, errors included, for the few files a mail host has.
import { latin1String } from '../codec/ascii';
import { DAYS, MONTHS } from '../mime/received';
import { parseMbox } from '../mbox/index';
import { mailboxUser, readText } from './text-files';
import type { QueueView, ShellContext, ShellRequest, ShellState } from './types';

export type Result = { output: string; requests?: ShellRequest[]; clear?: boolean };


const two = (n: number) => String(n).padStart(2, '0');

/** Postfix's showq line date: 'Wed Nov 25 09:44:45'. */
function queueDate(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

/** Postfix's `mailq` (showq): id (* when active), size, arrival, sender; then the reason and each recipient. */
export function mailq(args: string[], ctx: ShellContext): Result {
  if (!ctx.hasMta) return { output: 'bash: mailq: command not found' };
  const bad = args.find((a) => a !== '-v');
  if (bad) return { output: `mailq: invalid option -- '${bad.replace(/^-+/, '').slice(0, 1)}'\nusage: mailq [-v]` };
  if (ctx.queue.length === 0) return { output: 'Mail queue is empty' };
  const head = '-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------';
  const body = ctx.queue.map((q: QueueView) => {
    const id = `${q.id}${q.active ? '*' : ''}`.padEnd(12);
    const lines = [`${id}${String(q.size).padStart(8)} ${queueDate(q.arrived)}  ${q.sender || 'MAILER-DAEMON'}`];
    if (q.reason) lines.push(`(${q.reason})`);
    for (const r of q.recipients) lines.push(`${' '.repeat(41)}${r}`);
    return `${lines.join('\n')}\n`;
  });
  const kb = Math.ceil(ctx.queue.reduce((n, q) => n + q.size, 0) / 1024);
  return { output: `${head}\n${body.join('\n')}\n-- ${kb} Kbytes in ${ctx.queue.length} Request${ctx.queue.length === 1 ? '' : 's'}.` };
}

export function cat(args: string[], ctx: ShellContext): Result {
  const out: string[] = [];
  for (const path of args) {
    if (path.startsWith('-') && path !== '-') return { output: `cat: invalid option -- '${path.slice(1, 2)}'\nTry 'cat --help' for more information.` };
    const r = readText(path, ctx);
    out.push(r.ok ? r.text : `cat: ${path}: ${r.error}\n`);
  }
  return { output: out.join('').replace(/\n$/, '') };
}

export function ls(args: string[], ctx: ShellContext): Result {
  const long = args.includes('-l');
  const bad = args.find((a) => a.startsWith('-') && a !== '-l');
  if (bad) return { output: `ls: invalid option -- '${bad.slice(1, 2)}'\nTry 'ls --help' for more information.` };
  const paths = args.filter((a) => !a.startsWith('-'));
  if (paths.length === 0) return { output: '' };
  const out: string[] = [];
  for (const path of paths) {
    const dir = path.replace(/\/$/, '');
    if (dir === '/var/mail' || dir === '/var/spool/mail') {
      const names = Object.keys(ctx.mailboxes).sort();
      if (!long) out.push(names.join('  '));
      else {
        const when = new Date(ctx.now);
        const stamp = `${MONTHS[when.getUTCMonth()]} ${String(when.getUTCDate()).padStart(2)} ${two(when.getUTCHours())}:${two(when.getUTCMinutes())}`;
        out.push(`total ${names.length * 4}`, ...names.map((n) => `-rw------- 1 ${n.padEnd(6)} mail ${String(ctx.mailboxes[n]!.length).padStart(6)} ${stamp} ${n}`));
      }
    } else if (mailboxUser(path) && ctx.mailboxes[mailboxUser(path)!]) out.push(path);
    else out.push(`ls: cannot access '${path}': No such file or directory`);
  }
  return { output: out.join('\n') };
}

/** shadow-utils' useradd; a new user gets an empty mailbox, as with Debian's CREATE_MAIL_SPOOL=yes. */
export function useradd(args: string[], ctx: ShellContext): Result {
  const name = args.filter((a) => !a.startsWith('-'))[0];
  const bad = args.find((a) => a.startsWith('-') && a !== '-m');
  if (bad) return { output: `useradd: invalid option -- '${bad.slice(1, 2)}'\nUsage: useradd [options] LOGIN` };
  if (!name) return { output: 'Usage: useradd [options] LOGIN\n       useradd -D\n       useradd -D [options]' };
  if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(name)) return { output: `useradd: invalid user name '${name}': use --badname to ignore` };
  if (ctx.users.includes(name)) return { output: `useradd: user '${name}' already exists` };
  return { output: '', requests: [{ type: 'useradd', user: name }] };
}

export function hostname(args: string[], ctx: ShellContext): Result {
  const a = args[0];
  if (a === undefined || a === '-f' || a === '--fqdn') return { output: ctx.hostname };
  if (a === '-s' || a === '--short') return { output: ctx.hostname.split('.')[0]! };
  if (a.startsWith('-')) return { output: `hostname: invalid option -- '${a.slice(1, 2)}'\nTry 'hostname --help' for more information.` };
  return { output: 'hostname: you must be root to change the host name' };
}

export function whoami(args: string[], state: ShellState): Result {
  if (args[0]?.startsWith('-')) return { output: `whoami: invalid option -- '${args[0].slice(1, 2)}'\nTry 'whoami --help' for more information.` };
  if (args.length) return { output: `whoami: extra operand '${args[0]}'\nTry 'whoami --help' for more information.` };
  return { output: state.user };
}

export function history(args: string[], state: ShellState): Result {
  if (args[0] === '-c') return { output: '' };
  const n = args[0] === undefined ? state.history.length : Number(args[0]);
  if (!Number.isInteger(n) || n < 0) return { output: `bash: history: ${args[0]}: numeric argument required` };
  const start = Math.max(0, state.history.length - n);
  const base = start + (state.historyDropped ?? 0) + 1;
  return { output: state.history.slice(start).map((l, i) => `${String(base + i).padStart(5)}  ${l}`).join('\n') };
}

/** Summary lines of a mailbox for `mail`: mailutils' header list. */
export function mailboxSummary(user: string, mailbox: Uint8Array | undefined): { lines: string[]; count: number } {
  const entries = mailbox ? parseMbox(mailbox).entries : [];
  const lines = entries.map((e, i) => {
    const text = latin1String(e.content);
    const head = text.slice(0, Math.max(0, text.search(/\r?\n\r?\n/)));
    const subject = /^Subject:[ \t]*(.*)$/im.exec(head)?.[1]?.trim() ?? '';
    const from = /^From:[ \t]*(.*)$/im.exec(head)?.[1]?.trim() ?? e.sender;
    const n = text.split('\n').length;
    return `${i === 0 ? '>' : ' '}N ${String(i + 1).padStart(3)} ${from.slice(0, 20).padEnd(20)} ${e.date.slice(0, 16)} ${String(n).padStart(3)}/${String(e.content.length).padEnd(5)} ${subject}`;
  });
  return { lines: [`"/var/mail/${user}": ${entries.length} message${entries.length === 1 ? '' : 's'} ${entries.length} new`, ...lines], count: entries.length };
}
