// Whether a shell command failed. The simulated shell keeps no exit status,
// so this reads the output for the messages its tools print when they fail
// (bash, mail, telnet, nc, host, cat …), as a person reading the terminal would.
import type { ShellRun } from './view';

const FAILURES = [
  /command not found/,
  /: invalid option/,
  /No such file or directory/,
  /cannot send message/,
  /^Usage: /m,
  /usage: /,
  /not found: \d\(/,
  /could not resolve/,
  /Connection refused/,
  /Connection timed out/,
  /\bfailed: /,
  /Name or service not known/,
  /no servers could be reached/,
  /already exists/,
  /you must be root/,
  /Invalid (?:IP address|option|command)/,
  /^E: /m,
];

export function shellFailed(run: ShellRun): boolean {
  return FAILURES.some((re) => re.test(run.output));
}
