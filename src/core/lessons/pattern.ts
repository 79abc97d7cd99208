// Patterns as data, matched with bounds: a lesson file from outside must not
// freeze the tab. A regular expression is refused (never matches, and the
// validator names it) when it is long, uses back-references or nests a
// quantifier inside a quantified group, the shapes behind catastrophic
// backtracking; and only the first MAX_SUBJECT characters are searched.
import type { Pattern } from './check';

export const MAX_PATTERN = 256;
export const MAX_SUBJECT = 65_536;

type Compiled = { test(s: string): boolean; error?: string };

const cache = new Map<string, Compiled>();

/** Why a regular expression source is refused, or undefined when it is safe to run. */
export function regexProblem(source: string): string | undefined {
  if (source.length > MAX_PATTERN) return `longer than ${MAX_PATTERN} characters`;
  if (/\\[1-9]|\\k</.test(source)) return 'back-references are not allowed';
  if (/\(\?<?[=!]/.test(source)) return 'look-arounds are not allowed';
  // A group that holds a quantifier and is itself quantified: (a+)+, (\w*x)*, (a|b+){2,}.
  const stack: boolean[] = [];
  let quantifiedInside = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      const close = source.indexOf(']', i + 2);
      i = close < 0 ? source.length : close;
      continue;
    }
    if (c === '(') {
      stack.push(quantifiedInside);
      quantifiedInside = false;
    } else if (c === ')') {
      const inner = quantifiedInside;
      quantifiedInside = stack.pop() ?? false;
      const next = source[i + 1];
      if (inner && (next === '*' || next === '+' || next === '{')) return 'a quantified group holds a quantifier (catastrophic backtracking)';
      if (inner) quantifiedInside = true;
    } else if (c === '*' || c === '+' || c === '{') quantifiedInside = true;
  }
  try {
    new RegExp(source);
  } catch (e) {
    return `not a regular expression: ${(e as Error).message}`;
  }
  return undefined;
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
    if (problem) out = { test: () => false, error: problem };
    else {
      const re = new RegExp(text, exact ? 'm' : 'im');
      out = { test: (s) => re.test(s) };
    }
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
