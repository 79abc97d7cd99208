// Folding and unfolding header fields (RFC 5322 §2.2.3, §2.1.1).

/** Recommended line length, without CRLF (RFC 5322 §2.1.1 "SHOULD"). */
export const FOLD_AT = 78;
/** Hard limit, without CRLF (RFC 5322 §2.1.1 "MUST"). */
export const MAX_LINE = 998;

/** Removes every line break followed by whitespace, which is all unfolding is (RFC 5322 §2.2.3). */
export function unfold(text: string): string {
  return text.replace(/\r?\n(?=[ \t])/g, '');
}

/**
 * `Name: value` folded at whitespace so that each line fits in 78
 * characters where a break is possible. A fold is a CRLF put before existing
 * whitespace, so unfolding gives the value back exactly. Encoded-words
 * contain no whitespace (RFC 2047 §2) and are never split. A word that alone
 * would push a line past 998 characters is cut, which alters the value, but
 * the 998 limit is a MUST and the 78 only a SHOULD. No trailing CRLF.
 */
export function foldHeader(name: string, value: string): string {
  const words = value.trim().match(/[ \t]*[^ \t]+/g) ?? [];
  const lines: string[] = [];
  let line = `${name}:`;
  let first = true;
  for (const raw of words) {
    const word = first ? ` ${raw}` : raw;
    first = false;
    // Folding right after the colon is allowed (unstructured starts with FWS, RFC 5322 §3.2.5)
    // and keeps a 75-character encoded-word under 78 on its own line.
    if (line.length + word.length > FOLD_AT) {
      lines.push(line);
      line = '';
    }
    line += word;
    while (line.length > MAX_LINE) {
      lines.push(line.slice(0, MAX_LINE));
      line = ` ${line.slice(MAX_LINE)}`;
    }
  }
  lines.push(line);
  return lines.join('\r\n');
}
