// tail and grep as GNU coreutils and GNU grep print them, errors included,
// over the host's few text files (text-files.ts). `tail -f` and a grep
// without a file keep the shell busy: the first prints the file's new lines
// as the world appends them, the second filters what is typed, until Ctrl-C.
import type { Result } from './files';
import { linesOf, readText } from './text-files';
import type { ShellContext, ShellMode } from './types';

export type ToolResult = Result & { mode?: ShellMode };

const TAIL_TRY = "Try 'tail --help' for more information.";
const GREP_USAGE = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.";

/** `tail [-n N | -N] [-f] FILE...`. */
export function tail(args: string[], ctx: ShellContext): ToolResult {
  let count = 10;
  let follow = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    let n: string | undefined;
    if (a === '-n' || a === '--lines') {
      n = args[++i];
      if (n === undefined) return { output: `tail: option requires an argument -- 'n'\n${TAIL_TRY}` };
    } else if (a.startsWith('--lines=')) n = a.slice(8);
    else if (/^-n./.test(a)) n = a.slice(2);
    else if (/^-\d+$/.test(a)) n = a.slice(1);
    else if (a === '-f' || a === '-F' || a === '--follow') follow = true;
    else if (a.startsWith('-') && a !== '-') return { output: `tail: invalid option -- '${a.replace(/^-+/, '').slice(0, 1)}'\n${TAIL_TRY}` };
    else files.push(a);
    if (n !== undefined) {
      if (!/^[+-]?\d+$/.test(n)) return { output: `tail: invalid number of lines: ‘${n}’` };
      count = Math.abs(Number(n));
    }
  }
  if (files.length === 0) return { output: '', mode: { type: 'filter', tool: 'tail', lines: [], count } };
  const out: string[] = [];
  let followed: string | undefined;
  for (const f of files) {
    const r = readText(f, ctx);
    if (!r.ok) {
      out.push(`tail: cannot open '${f}' for reading: ${r.error}`);
      continue;
    }
    if (files.length > 1) out.push(`${out.length ? '\n' : ''}==> ${f} <==`);
    out.push(...(count === 0 ? [] : linesOf(r.text).slice(-count)));
    followed ??= f;
  }
  const output = out.length ? `${out.join('\n')}\n` : '';
  if (follow && followed) return { output, mode: { type: 'following', file: followed } };
  if (follow) return { output: `${output}tail: no files remaining` };
  return { output: output.replace(/\n$/, '') };
}

type Pattern = { source: string; flags: string; invert: boolean; count: boolean; numbers: boolean; fixed: boolean; extended: boolean };

/**
 * A POSIX basic regular expression as a JavaScript one: in a BRE, ( ) { } |
 * + ? are plain characters and \( \) \{ \} \| make them special (IEEE 1003.1
 * §9.3); bracket expressions pass through.
 */
function fromBre(bre: string): string {
  let out = '';
  for (let i = 0; i < bre.length; i++) {
    const c = bre[i]!;
    if (c === '[') {
      const end = bre.indexOf(']', bre[i + 1] === '^' ? i + 3 : i + 2);
      if (end < 0) return `${out}[`;
      out += bre.slice(i, end + 1);
      i = end;
    } else if (c === '\\' && i + 1 < bre.length) {
      const d = bre[++i]!;
      out += '(){}|+?'.includes(d) ? d : `\\${d}`;
    } else out += '(){}|+?'.includes(c) ? `\\${c}` : c;
  }
  return out;
}

/** GNU grep's message for a pattern it cannot compile. */
function badPattern(source: string): string {
  const opens = (source.match(/(?<!\\)\(/g) ?? []).length;
  const closes = (source.match(/(?<!\\)\)/g) ?? []).length;
  if (/(?<!\\)\[(?![^\]]*\])/.test(source)) return 'grep: Unmatched [, [^, [:, [., or [=';
  if (opens > closes) return 'grep: Unmatched ( or \\(';
  if (closes > opens) return 'grep: Unmatched ) or \\)';
  return 'grep: Invalid regular expression';
}

function compile(p: Pattern): RegExp | string {
  const source = p.fixed ? p.source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : p.extended ? p.source : fromBre(p.source);
  try {
    return new RegExp(source, p.flags);
  } catch {
    return badPattern(source);
  }
}

/** `grep [-i] [-v] [-c] [-n] [-E] [-F] PATTERN FILE...`. */
export function grep(args: string[], ctx: ShellContext): ToolResult {
  const p: Pattern = { source: '', flags: '', invert: false, count: false, numbers: false, fixed: false, extended: false };
  const rest: string[] = [];
  for (const a of args) {
    if (/^-[ivcnEF]+$/.test(a) && rest.length === 0) {
      for (const o of a.slice(1)) {
        if (o === 'i') p.flags = 'i';
        if (o === 'v') p.invert = true;
        if (o === 'c') p.count = true;
        if (o === 'n') p.numbers = true;
        if (o === 'E') p.extended = true;
        if (o === 'F') p.fixed = true;
      }
    } else if (a.startsWith('-') && a !== '-' && rest.length === 0) return { output: `grep: invalid option -- '${a.replace(/^-+/, '').slice(0, 1)}'\n${GREP_USAGE}` };
    else rest.push(a);
  }
  const [source, ...files] = rest;
  if (source === undefined) return { output: GREP_USAGE };
  const re = compile({ ...p, source });
  if (typeof re === 'string') return { output: re };
  const keep = (line: string) => re.test(line) !== p.invert;
  if (files.length === 0) return { output: '', mode: { type: 'filter', tool: 'grep', pattern: re.source, flags: re.flags, invert: p.invert } };
  const out: string[] = [];
  for (const f of files) {
    const r = readText(f, ctx);
    if (!r.ok) {
      out.push(`grep: ${f}: ${r.error}`);
      continue;
    }
    const prefix = files.length > 1 ? `${f}:` : '';
    const hits = linesOf(r.text).map((line, i) => ({ line, n: i + 1 })).filter((x) => keep(x.line));
    if (p.count) out.push(`${prefix}${hits.length}`);
    else out.push(...hits.map((h) => `${prefix}${p.numbers ? `${h.n}:` : ''}${h.line}`));
  }
  return { output: out.join('\n') };
}

/** A line typed while grep or tail reads the terminal: grep prints it if it matches; Ctrl-D ends (tail prints its last lines then). */
export function filterLine(m: ShellMode & { type: 'filter' }, line: string): { mode: ShellMode; output: string } {
  if (line === '\x03') return { mode: { type: 'prompt' }, output: '^C' };
  if (line === '\x04') return { mode: { type: 'prompt' }, output: m.tool === 'tail' && m.count > 0 ? m.lines.join('\n') : '' };
  if (m.tool === 'tail') return { mode: { ...m, lines: [...m.lines, line].slice(-Math.max(1, m.count)) }, output: '' };
  return { mode: m, output: new RegExp(m.pattern, m.flags).test(line) !== m.invert ? `${line}\n` : '' };
}
