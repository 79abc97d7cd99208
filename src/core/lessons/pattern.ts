// Patterns as data, matched with bounds, so that a lesson file from outside
// cannot freeze the tab. A substring pattern looks at the first MAX_SUBJECT
// characters. A regular expression is matched line by line, each line cut
// at MAX_LINE characters (SMTP's own limit is 998, RFC 5321 §4.5.3.1.6), and
// is refused (it then matches nothing, and the validator says why) when it
// could backtrack badly: back-references, look-arounds, a repeated group
// holding a quantifier or an alternation ((a+)+, (a|aa)*), or more than two
// unbounded quantifiers. What remains costs at most about a line's length
// squared per line.
import type { Pattern } from './check';

export const MAX_PATTERN = 256;
export const MAX_SUBJECT = 65_536;
export const MAX_LINE = 1_000;
const MAX_UNBOUNDED = 2;

type Compiled = { test(s: string): boolean; error?: string };

const cache = new Map<string, Compiled>();

/** Why a regular expression source is refused, or undefined when it is safe to run. */
export function regexProblem(source: string): string | undefined {
  if (source.length > MAX_PATTERN) return `longer than ${MAX_PATTERN} characters`;
  if (/\\[1-9]|\\k</.test(source)) return 'back-references are not allowed';
  if (/\(\?<?[=!]/.test(source)) return 'look-arounds are not allowed';
  // Per open group: whether it holds a quantifier or an alternation.
  const stack: boolean[] = [];
  let risky = false;
  let unbounded = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      i = j;
      continue;
    }
    const open = c === '{' ? /^\{\d+(,\d*)?\}/.exec(source.slice(i))?.[0] : undefined;
    const isUnbounded = c === '*' || c === '+' || (open !== undefined && /,\}$/.test(open));
    const quantifier = c === '*' || c === '+' || c === '?' || open !== undefined;
    if (c === '(') {
      stack.push(risky);
      risky = false;
    } else if (c === ')') {
      const inner: boolean = risky;
      risky = (stack.pop() ?? false) || inner;
      const next = source[i + 1];
      const repeated = next === '*' || next === '+' || (next === '{' && /^\{\d+,/.test(source.slice(i + 1))) || (next === '{' && /^\{(\d+)\}/.exec(source.slice(i + 1)) !== null && Number(/^\{(\d+)\}/.exec(source.slice(i + 1))![1]) > 1);
      if (inner && repeated) return 'a repeated group holds a quantifier or an alternation (catastrophic backtracking)';
    } else if (c === '|') risky = true;
    else if (quantifier) {
      if (isUnbounded && ++unbounded > MAX_UNBOUNDED) return `more than ${MAX_UNBOUNDED} unbounded quantifiers (*, +, {n,})`;
      if (open) i += open.length - 1;
      if (source[i + 1] === '?') i++;
      risky = true;
    }
  }
  try {
    new RegExp(source);
  } catch (e) {
    return `not a regular expression: ${(e as Error).message}`;
  }
  return undefined;
}

function linewise(re: RegExp): (s: string) => boolean {
  return (s) => {
    for (let start = 0; start <= s.length; ) {
      const nl = s.indexOf('\n', start);
      const end = nl < 0 ? s.length : nl;
      const line = s.slice(start, Math.min(end, start + MAX_LINE)).replace(/\r$/, '');
      if (re.test(line)) return true;
      if (nl < 0) break;
      start = nl + 1;
    }
    return false;
  };
}

function compile(p: Pattern): Compiled {
  const text = typeof p === 'string' ? p : typeof p?.text === 'string' ? p.text : '';
  const regex = typeof p === 'object' && p !== null && p.regex === true;
  const exact = typeof p === 'object' && p !== null && p.caseSensitive === true;
  const key = `${regex ? 'r' : 's'}${exact ? 'c' : 'i'}${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let out: Compiled;
  if (text.length > MAX_PATTERN) out = { test: () => false, error: `longer than ${MAX_PATTERN} characters` };
  else if (!regex) {
    const needle = exact ? text : text.toLowerCase();
    out = { test: (s) => (exact ? s : s.toLowerCase()).includes(needle) };
  } else {
    const problem = regexProblem(text);
    out = problem ? { test: () => false, error: problem } : { test: linewise(new RegExp(text, exact ? '' : 'i')) };
  }
  if (cache.size > 2048) cache.clear();
  cache.set(key, out);
  return out;
}

/** Whether the text matches; a pattern that cannot be used matches nothing. */
export function matches(p: Pattern, text: string): boolean {
  return compile(p).test(text.length > MAX_SUBJECT ? text.slice(0, MAX_SUBJECT) : text);
}

/** Why a pattern cannot be used, for the validator. */
export function patternProblem(p: Pattern): string | undefined {
  return compile(p).error;
}

/** The pattern as a learner reads it in a sentence. */
export function patternText(p: Pattern): string {
  const text = typeof p === 'string' ? p : String(p?.text ?? '');
  return typeof p === 'object' && p?.regex ? `/${text}/` : `“${text}”`;
}
