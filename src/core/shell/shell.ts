// The host shell: a pure line-oriented machine. A line comes in, output and
// requests for the world go out; answers from the world (DNS, TCP data, the
// end of a submission) come in the same way. Prompt `user@host:~$`, bash's
// messages for what it does not know.
import { latin1String } from '../codec/ascii';
import { utf8Bytes } from '../mime/bytes';
import { apt } from './apt';
import { helpText } from './help';
import { splitWords } from './parse';
import { filterLine, grep, tail, type ToolResult } from './text-tools';
import { finishDns, startDig, startHost } from './dns-tools';
import { cat, history, hostname, ls, mailq, useradd, whoami, type Result } from './files';
import { composeLine, readerLine, startMail } from './mail-tool';
import { connectFailure, startNc, startTelnet } from './net-tools';
import { handshakeDone, preamble, startOpenssl } from './openssl';
import type { DnsQuestion } from '../dns/index';
import type { ShellContext, ShellInput, ShellMode, ShellRequest, ShellState, ShellStep } from './types';

export function prompt(s: Pick<ShellState, 'user' | 'host'>): string {
  return `${s.user}@${s.host}:~$ `;
}

export function newShell(user: string, host: string): ShellState {
  return { user, host, history: [], screen: prompt({ user, host }), mode: { type: 'prompt' } };
}

const CLEAR = '\x1b[H\x1b[2J\x1b[3J';

type Out = { mode: ShellMode; output: string; requests?: ShellRequest[]; clear?: boolean; clearHistory?: boolean };

/**
 * How many lines the shell remembers, as bash's HISTSIZE (Debian's default
 * .bashrc sets 1000): a paste of 10,000 lines keeps the last 1000, and
 * remembering a line copies at most that many, never the whole session.
 */
export const HISTSIZE = 1000;

function remember(s: ShellState, line: string): ShellState {
  const over = s.history.length + 1 - HISTSIZE;
  if (over <= 0) return { ...s, history: [...s.history, line] };
  const history = s.history.slice(over);
  history.push(line);
  return { ...s, history, historyDropped: (s.historyDropped ?? 0) + over };
}

/** `history -c`: the list is empty and numbering starts again at 1. */
function forget(s: ShellState): ShellState {
  const { historyDropped: _, ...rest } = s;
  return { ...rest, history: [] };
}

/** A tool that may stay running (tail -f, grep reading the terminal), else back at the prompt. */
function withMode(r: ToolResult): Out {
  return r.mode ? { mode: r.mode, output: r.output } : atPrompt(r);
}

function atPrompt(r: Result): Out {
  return { mode: { type: 'prompt' }, output: r.output, ...(r.requests ? { requests: r.requests } : {}), ...(r.clear ? { clear: true } : {}) };
}

function command(line: string, s: ShellState, ctx: ShellContext, columns: number | undefined): Out {
  const parsed = splitWords(line);
  if (!parsed.ok) return atPrompt({ output: parsed.error });
  return run(parsed.words, s, ctx, s.user === 'root', columns);
}

/** sudo's usage when it is given no command. */
const SUDO_USAGE = 'usage: sudo -h | -K | -k | -V\nusage: sudo -v [-ABkNnS] [-g group] [-h host] [-p prompt] [-u user]\nusage: sudo [-ABbEHkNnPS] [-C num] [-D directory] [-g group] [-h host] [-p prompt] [-R directory] [-T timeout] [-u user] [VAR=value] [-i | -s] [command [arg ...]]';

function run(words: string[], s: ShellState, ctx: ShellContext, root: boolean, columns: number | undefined): Out {
  const [name, ...args] = words;
  if (name === undefined) return atPrompt({ output: '' });
  switch (name) {
    case 'sudo':
      // The learner's account may use sudo (Debian's first user is in group sudo); its password is taken as cached.
      if (args.length === 0 || args[0]!.startsWith('-')) return atPrompt({ output: SUDO_USAGE });
      return run(args, s, ctx, true, columns);
    case 'apt':
    case 'apt-get':
      return atPrompt(apt(name, args, ctx, root));
    case 'host': {
      const r = startHost(args, ctx.now);
      return 'pending' in r ? { mode: { type: 'dns', pending: r.pending }, output: '', requests: r.pending.questions.map((question) => ({ type: 'resolve', question })) } : atPrompt(r);
    }
    case 'dig': {
      const r = startDig(args, ctx.now);
      return 'pending' in r ? { mode: { type: 'dns', pending: r.pending }, output: '', requests: r.pending.questions.map((question) => ({ type: 'resolve', question })) } : atPrompt(r);
    }
    case 'telnet':
      return startTelnet(args);
    case 'nc':
    case 'netcat':
      return startNc(args);
    case 'openssl':
      return startOpenssl(args);
    case 'mail':
    case 'mailx':
      return startMail(args, s, ctx);
    case 'mailq':
      return atPrompt(mailq(args, ctx));
    case 'cat':
      return atPrompt(cat(args, ctx));
    case 'tail':
      return withMode(tail(args, ctx));
    case 'grep':
      return withMode(grep(args, ctx));
    case 'ls':
      return atPrompt(ls(args, ctx));
    case 'useradd':
      return atPrompt(useradd(args, ctx));
    case 'hostname':
      return atPrompt(hostname(args, ctx));
    case 'whoami':
      return atPrompt(whoami(args, s));
    case 'history':
      return { ...atPrompt(history(args, s)), ...(args[0] === '-c' ? { clearHistory: true } : {}) };
    case 'clear':
      if (args[0]?.startsWith('-')) return atPrompt({ output: `clear: invalid option -- '${args[0].slice(1, 2)}'\nUsage: clear [options]` });
      return { ...atPrompt({ output: '' }), clear: true };
    case 'help':
      if (args[0]?.startsWith('-')) return atPrompt({ output: `bash: help: ${args[0]}: invalid option\nhelp: usage: help [-dms] [pattern ...]` });
      if (args[0] !== undefined) return atPrompt({ output: `bash: help: no help topics match \`${args[0]}'.  Try \`help help' or \`man -k ${args[0]}' or \`info ${args[0]}'.` });
      return atPrompt({ output: helpText(ctx, columns) });
    case 'exit':
    case 'logout':
      return atPrompt({ output: 'logout' });
    default:
      return atPrompt({ output: root && s.user !== 'root' ? `sudo: ${name}: command not found` : `bash: ${name}: command not found` });
  }
}

function onLine(line: string, s: ShellState, ctx: ShellContext, columns?: number): Out {
  const m = s.mode;
  // Ctrl-] is telnet's escape character; anywhere but a connection it is no
  // text at all, so it never becomes a command or a line of a letter.
  if (line === '\x1d' && m.type !== 'connected') return m.type === 'prompt' ? atPrompt({ output: '^]' }) : { mode: m, output: '' };
  switch (m.type) {
    case 'prompt':
      if (line === '\x03') return atPrompt({ output: '^C' });
      if (line === '\x04') return atPrompt({ output: '' });
      return command(line, s, ctx, columns);
    case 'compose':
      return composeLine(m.draft, line, ctx);
    case 'reading':
      return readerLine(line, s, ctx);
    case 'filter':
      return filterLine(m, line);
    case 'connected':
      if (line === '\x1d' || (line === '\x03' && m.tool === 'nc')) {
        return { mode: { type: 'prompt' }, output: m.tool === 'telnet' ? 'telnet> quit\nConnection closed.' : '', requests: [{ type: 'close', conn: m.conn }] };
      }
      // s_client sends nothing of the person's until its STARTTLS preamble and hand-shake are done.
      if (m.tls !== undefined && m.tls !== 'done') return { mode: m, output: '' };
      return { mode: m, output: '', requests: [{ type: 'send', conn: m.conn, bytes: utf8Bytes(`${line}${m.crlf ? '\r\n' : '\n'}`) }] };
    default:
      // Busy (waiting for DNS, a connection, a submission): Ctrl-C gives the prompt back.
      return line === '\x03' ? atPrompt({ output: '^C' }) : { mode: m, output: '' };
  }
}

const sameQuestion = (a: DnsQuestion, b: DnsQuestion) => a === b || (a.name === b.name && a.type === b.type);

function onWorld(input: Exclude<ShellInput, { type: 'line' }>, s: ShellState, ctx: ShellContext): Out {
  const m = s.mode;
  const stay: Out = { mode: m, output: '' };
  switch (input.type) {
    case 'dns': {
      if (m.type !== 'dns') return stay;
      // A resolver drops a response that matches no question it is waiting for (RFC 1035 §7.3, RFC 5452 §9.1).
      const waiting = m.pending.questions.filter((q) => !m.pending.answers.some((a) => sameQuestion(a.question, q)));
      if (!waiting.some((q) => sameQuestion(q, input.question))) return stay;
      const answers = [...m.pending.answers, { question: input.question, answer: input.answer }];
      const pending = { ...m.pending, answers };
      // Print in the order asked, whatever order the answers came in.
      const ordered = pending.questions.flatMap((q) => answers.filter((a) => sameQuestion(a.question, q)).slice(0, 1));
      if (ordered.length < pending.questions.length) return { mode: { type: 'dns', pending }, output: '' };
      return atPrompt({ output: finishDns({ ...pending, answers: ordered }, ctx) });
    }
    case 'trying':
      return m.type === 'connecting' && m.tool === 'telnet' ? { mode: m, output: `Trying ${input.address}...\n` } : stay;
    case 'connected':
      if (m.type !== 'connecting') return stay;
      if (m.tool === 'openssl') return { mode: { type: 'connected', tool: m.tool, target: m.target, conn: input.conn, crlf: m.crlf, tls: 'greeting' }, output: 'CONNECTED(00000003)\n' };
      return { mode: { type: 'connected', tool: m.tool, target: m.target, conn: input.conn, crlf: m.crlf }, output: m.tool === 'telnet' ? `Connected to ${m.target}.\nEscape character is '^]'.\n` : '' };
    case 'connect-failed':
      return m.type === 'connecting' ? atPrompt({ output: connectFailure(m, input.reason) }) : stay;
    case 'data':
      if (m.type !== 'connected' || m.conn !== input.conn) return stay;
      if (m.tls !== undefined && m.tls !== 'done') return preamble(m, input.bytes);
      return { mode: m, output: latin1String(input.bytes).replace(/\r\n/g, '\n') };
    case 'closed':
      if (m.type !== 'connected' || m.conn !== input.conn) return stay;
      return atPrompt({ output: m.tool === 'telnet' ? 'Connection closed by foreign host.' : m.tool === 'openssl' ? 'closed' : '' });
    case 'tls':
      if (m.type !== 'connected' || m.conn !== input.conn) return stay;
      return { mode: { ...m, tls: 'done' }, output: handshakeDone(m.target) };
    case 'dialogue':
      return m.type === 'sending' && m.debug ? { mode: m, output: `${input.text}\n` } : stay;
    case 'log':
      return m.type === 'following' && m.file === input.file ? { mode: m, output: `${input.line}\n` } : stay;
    case 'submitted':
      if (m.type !== 'sending') return stay;
      return atPrompt({ output: input.ok ? '' : `mail: cannot send message: ${input.text}` });
  }
}

export function stepShell(s: ShellState, input: ShellInput, ctx: ShellContext): ShellStep {
  const typed = input.type === 'line';
  // Bash records a line before running it, so `history` lists itself.
  const keep = typed && s.mode.type === 'prompt' && input.line.trim() !== '' && !/^[\x03\x04]$/.test(input.line);
  const remembered = keep ? remember(s, input.line) : s;
  const recorded = typed && input.columns !== undefined ? { ...remembered, columns: input.columns } : remembered;
  const out = typed ? onLine(input.line, recorded, ctx, recorded.columns) : onWorld(input, s, ctx);
  const kept = out.clearHistory ? forget(recorded) : recorded;
  const back = out.mode.type === 'prompt' && (s.mode.type !== 'prompt' || typed);
  // Output lines end with a newline; the prompt follows when the shell is ready again.
  const body = out.output === '' || out.output.endsWith('\n') || out.output.endsWith('? ') || out.output.endsWith('Subject: ') ? out.output : `${out.output}\n`;
  const output = `${body}${back ? prompt(s) : ''}`;
  const echo = typed ? `${/^[\x03\x04\x1d]$/.test(input.line) ? '' : input.line}\n` : '';
  const screen = out.clear ? prompt(s) : `${s.screen}${echo}${output}`;
  return { state: { ...kept, screen, mode: out.mode }, output: out.clear ? `${CLEAR}${output}` : output, requests: out.requests ?? [] };
}
