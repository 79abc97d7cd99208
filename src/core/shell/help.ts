// `help` of the SMTP Lab shell: the commands that work on this host (mailq
// and the mail log only where an MTA runs, apt's Postfix only where none
// does, sending mail only where there is an MTA to hand it to), wrapped at
// word boundaries to the terminal's width.
import type { ShellContext } from './types';

type Entry = { usage: string; what: string; when?: (ctx: ShellContext) => boolean };

const hasMta = (ctx: ShellContext) => ctx.hasMta;

const ENTRIES: Entry[] = [
  { usage: 'host NAME | host -t mx DOMAIN | host -a DOMAIN', what: 'ask DNS (A, MX, PTR)' },
  { usage: 'dig DOMAIN [MX|A] | dig -x ADDRESS', what: 'ask DNS, full answer' },
  { usage: 'telnet HOST 25', what: 'talk SMTP to HOST by hand' },
  { usage: 'nc -C HOST 25', what: 'the same with netcat (-C sends CRLF)' },
  { usage: 'openssl s_client -starttls smtp -crlf -connect HOST:25', what: 'the same over TLS' },
  { usage: 'mail -s SUBJECT ADDRESS', what: 'write a message (end with a lone . or Ctrl-D)', when: (ctx) => ctx.canSend },
  { usage: 'mail --debug-level=2 ADDRESS', what: '... and show the SMTP dialogue', when: (ctx) => ctx.canSend },
  { usage: 'mail', what: 'read your mailbox (p N, h, q)' },
  { usage: 'mailq', what: "the MTA's queue", when: hasMta },
  { usage: 'cat /var/mail/USER | ls /var/mail', what: 'mailboxes (mbox format)' },
  { usage: 'tail [-n N] [-f] /var/log/mail.log', what: "the MTA's log; -f follows it until Ctrl-C", when: hasMta },
  { usage: 'grep PATTERN /var/log/mail.log', what: 'the lines of the log that match', when: hasMta },
  { usage: 'sudo apt install postfix', what: 'install an MTA on this host', when: (ctx) => !ctx.hasMta },
  { usage: 'useradd USER', what: 'a new user, with a mailbox' },
  { usage: 'hostname | whoami | history | clear | help', what: '' },
];

/** Words of `text` in lines of at most `width` characters (a longer word gets a line of its own). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The help text for this host at this terminal width (80 when not known; at least 20). */
export function helpText(ctx: ShellContext, columns = 80): string {
  const width = Math.max(20, Math.floor(Number.isFinite(columns) ? columns : 80));
  const entries = ENTRIES.filter((e) => e.when?.(ctx) ?? true);
  const column = Math.min(Math.max(...entries.map((e) => e.usage.length)) + 3, Math.floor(width / 2));
  const out = wrapWords('SMTP Lab shell. Commands:', width);
  for (const e of entries) {
    const usage = wrapWords(e.usage, width - 2).map((l) => `  ${l}`);
    const what = wrapWords(e.what, width - column);
    const last = usage[usage.length - 1]!;
    // The description starts on the usage's last line when it fits there, else on the next line, in its column.
    if (what.length && last.length + 1 <= column) usage[usage.length - 1] = `${last.padEnd(column)}${what.shift()}`;
    out.push(...usage, ...what.map((l) => `${' '.repeat(column)}${l}`));
  }
  return out.join('\n');
}
