// `mail` (GNU mailutils): send with -s and a body read up to a lone "." or
// Ctrl-D, optionally showing the SMTP dialogue (--debug-level=2); or, with
// no address, read the user's mailbox.
import { latin1String } from '../codec/ascii';
import { parseMbox } from '../mbox/index';
import { mailboxSummary } from './files';
import type { ComposeDraft, ShellContext, ShellState, ToolStep } from './types';

const MAIL_USAGE = `Usage: mail [OPTION...] [address...]
  or:  mail [OPTION...] [OPTION...] [-f] [FILE]
Try 'mail --help' or 'mail --usage' for more information.`;

/** `mail ARGS` at the prompt. */
export function startMail(args: string[], state: ShellState, ctx: ShellContext): ToolStep {
  let subject: string | undefined;
  let debug = false;
  const to: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-s') {
      subject = args[++i];
      if (subject === undefined) return { mode: { type: 'prompt' }, output: `mail: option requires an argument -- 's'\n${MAIL_USAGE}` };
    } else if (a.startsWith('--debug-level=')) debug = Number(a.slice('--debug-level='.length)) >= 2;
    else if (a.startsWith('-')) return { mode: { type: 'prompt' }, output: `mail: invalid option -- '${a.replace(/^-+/, '').slice(0, 1)}'\n${MAIL_USAGE}` };
    else to.push(a);
  }
  if (to.length === 0) {
    if (subject !== undefined || debug) return { mode: { type: 'prompt' }, output: MAIL_USAGE };
    const summary = mailboxSummary(state.user, ctx.mailboxes[state.user]);
    if (summary.count === 0) return { mode: { type: 'prompt' }, output: `No mail for ${state.user}` };
    return { mode: { type: 'reading' }, output: `${summary.lines.join('\n')}\n? ` };
  }
  const draft: ComposeDraft = { to, body: [], debug, ...(subject !== undefined ? { subject } : {}) };
  return { mode: { type: 'compose', draft }, output: subject === undefined ? 'Subject: ' : '' };
}

/** A line while composing: the subject if still asked for, then body lines up to "." or Ctrl-D. */
export function composeLine(draft: ComposeDraft, line: string, ctx: ShellContext): ToolStep {
  if (line === '\x03') return { mode: { type: 'prompt' }, output: '(Interrupt -- one more to kill letter)\n' };
  if (draft.subject === undefined && line !== '\x04') return { mode: { type: 'compose', draft: { ...draft, subject: line } }, output: '' };
  if (line !== '.' && line !== '\x04') return { mode: { type: 'compose', draft: { ...draft, body: [...draft.body, line] } }, output: '' };
  const eot = line === '\x04' ? 'EOT\n' : '';
  if (!ctx.canSend) {
    // No MTA installed and none to submit to: mail's sendmail is missing.
    return { mode: { type: 'prompt' }, output: `${eot}mail: cannot send message: Process exited with a non-zero status\n/usr/sbin/sendmail: No such file or directory\n` };
  }
  const text = draft.body.map((l) => `${l}\n`).join('');
  return { mode: { type: 'sending', debug: draft.debug }, output: eot, requests: [{ type: 'submit', to: draft.to, subject: draft.subject ?? '', text, debug: draft.debug }] };
}

/** A line at mail's "? " prompt: p N, N, h, q. */
export function readerLine(line: string, state: ShellState, ctx: ShellContext): ToolStep {
  const cmd = line.trim();
  const entries = parseMbox(ctx.mailboxes[state.user] ?? new Uint8Array(0)).entries;
  if (cmd === 'q' || cmd === 'quit' || cmd === 'x' || line === '\x04') return { mode: { type: 'prompt' }, output: cmd === 'x' ? '' : `Held ${entries.length} message${entries.length === 1 ? '' : 's'} in /var/mail/${state.user}\n` };
  if (cmd === 'h' || cmd === 'headers' || cmd === '') return { mode: { type: 'reading' }, output: `${mailboxSummary(state.user, ctx.mailboxes[state.user]).lines.slice(1).join('\n')}\n? ` };
  const m = /^(?:p|print|t|type)?\s*(\d+)$/.exec(cmd);
  if (m) {
    const n = Number(m[1]);
    const e = entries[n - 1];
    if (!e) return { mode: { type: 'reading' }, output: `${n}: Invalid message number\n? ` };
    const text = latin1String(e.content).replace(/\r\n/g, '\n');
    return { mode: { type: 'reading' }, output: `Message ${n}:\nFrom ${e.sender} ${e.date}\n${text}${text.endsWith('\n') ? '' : '\n'}? ` };
  }
  return { mode: { type: 'reading' }, output: `Unknown command: ${cmd.split(/\s+/)[0]}\n? ` };
}
