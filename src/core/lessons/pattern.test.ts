import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matches, MAX_SUBJECT, patternProblem, regexProblem } from './pattern';

describe('patterns', () => {
  it('a string is a case-insensitive substring', () => {
    expect(matches('subject: hi', 'Subject: Hi there')).toBe(true);
    expect(matches('bye', 'Subject: Hi')).toBe(false);
    expect(matches({ text: 'Hi', caseSensitive: true }, 'hi')).toBe(false);
  });

  it('a regular expression matches line by line, CR LF or LF', () => {
    expect(matches({ text: '^\\.hidden$', regex: true }, 'a\r\n.hidden\r\nb')).toBe(true);
    expect(matches({ text: '^\\.hidden$', regex: true }, 'a\r\n..hidden\r\n')).toBe(false);
    expect(matches({ text: 'a.b', regex: true }, 'a\nb')).toBe(false);
  });

  it('refuses the shapes of catastrophic backtracking, and says why', () => {
    for (const bad of ['(a+)+$', '(a|aa)*b', '(x*y)*', '(\\w+\\s?){2,}$', '(a|b){5}', '\\1', '(?=a)', 'a*b*c*', '(', 'x'.repeat(300)]) {
      expect(regexProblem(bad), bad).toBeDefined();
      expect(matches({ text: bad, regex: true }, 'a'.repeat(30))).toBe(false);
      expect(patternProblem({ text: bad, regex: true }), bad).toBeDefined();
    }
    for (const good of ['^host\\s+-a\\s+bob\\.example$', '[^\\r\\n]{999}', '(sudo\\s+)?apt(-get)?\\s+install', '8BITMIME|quoted-printable', '^\\.hidden\\r?$', '[(|*+]']) {
      expect(regexProblem(good), good).toBeUndefined();
    }
  });

  it('whatever the pattern and the text, matching returns quickly and never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40, unit: fc.constantFrom('a', '(', ')', '*', '+', '|', '?', '{', '}', '2', ',', '\\', '[', ']', '.', '^', '$') }), fc.string({ maxLength: 200 }), (source, text) => {
        const t0 = performance.now();
        expect(typeof matches({ text: source, regex: true }, `${text}${'a'.repeat(900)}!`)).toBe('boolean');
        return performance.now() - t0 < 1000;
      }),
      { numRuns: 300 },
    );
  });

  it('looks only at the first MAX_SUBJECT characters', () => {
    expect(matches('needle', `${'x'.repeat(MAX_SUBJECT)}needle`)).toBe(false);
  });
});
