// A host's /var/log/mail.log as an append-only value that is cheap to
// extend: the lines array is shared by every world that has the log, each
// world knowing how many of its lines are its own. Appending to the newest
// world pushes in place (earlier worlds never read past their length);
// appending to an earlier world (a branch after seeking) copies first. So a
// 1,000-message run costs one push a line, not one copy of the log a line.

export type MailLog = { readonly lines: readonly string[]; readonly length: number };

export const emptyMailLog = (): MailLog => ({ lines: [], length: 0 });

export function appendLine(log: MailLog, line: string): MailLog {
  const lines = log.lines.length === log.length ? (log.lines as string[]) : log.lines.slice(0, log.length);
  lines.push(line);
  return { lines, length: log.length + 1 };
}

/** The log's lines as this world has them. */
export function mailLogLines(log: MailLog): readonly string[] {
  return log.lines.length === log.length ? log.lines : log.lines.slice(0, log.length);
}
