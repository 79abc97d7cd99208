// Splitting a command line into words as a POSIX shell does for the simple
// cases (IEEE 1003.1 §2.2 quoting: single quotes keep everything, double
// quotes and backslashes as usual); no expansion, pipes or redirection.

export type Words = { ok: true; words: string[] } | { ok: false; error: string };

export function splitWords(line: string): Words {
  const words: string[] = [];
  let cur = '';
  let inWord = false;
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"' && (line[i + 1] === '"' || line[i + 1] === '\\')) cur += line[++i];
      else cur += c;
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < line.length) {
      cur += line[++i];
      inWord = true;
    } else if (c === ' ' || c === '\t') {
      if (inWord) words.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (quote) return { ok: false, error: `bash: unexpected EOF while looking for matching \`${quote}'` };
  if (inWord) words.push(cur);
  return { ok: true, words };
}
