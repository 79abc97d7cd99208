import { describe, expect, it } from 'vitest';
import { ctx, run } from './test-support';

const LOG = ['Nov 25 09:00:00 relay postfix/smtpd[1]: connect from mail.alice.example[192.0.2.25]', 'Nov 25 09:00:00 relay postfix/qmgr[2]: 1A: from=<alice@alice.example>, size=704, nrcpt=1 (queue active)', 'Nov 25 09:00:01 relay postfix/smtp[3]: 1A: to=<bob@bob.example>, relay=mx1.bob.example[198.51.100.25]:25, delay=0.42, dsn=4.7.1, status=deferred (451 4.7.1 greylisted)'];
const mta = ctx({ hasMta: true, mailLog: LOG });
const out = (line: string, c = mta) => run([line], c).output.replace(/alice@ws\.alice\.example:~\$ $/, '');

describe('cat, tail and grep over /var/log/mail.log', () => {
  it('cat prints the log; a host without an MTA has none', () => {
    expect(out('cat /var/log/mail.log')).toBe(`${LOG.join('\n')}\n`);
    expect(out('cat /var/log/mail.log', ctx())).toBe('cat: /var/log/mail.log: No such file or directory\n');
    expect(out('cat /var/log')).toBe('cat: /var/log: Is a directory\n');
  });

  it('tail gives the last ten lines, or -n N, -N, --lines=N of them', () => {
    expect(out('tail /var/log/mail.log')).toBe(`${LOG.join('\n')}\n`);
    expect(out('tail -n 1 /var/log/mail.log')).toBe(`${LOG[2]}\n`);
    expect(out('tail -2 /var/log/mail.log')).toBe(`${LOG.slice(1).join('\n')}\n`);
    expect(out('tail --lines=1 /var/log/mail.log')).toBe(`${LOG[2]}\n`);
    expect(out('tail -n 0 /var/log/mail.log')).toBe('');
  });

  it('tail with a bad count, option or file says what GNU tail says', () => {
    expect(out('tail -n abc /var/log/mail.log')).toBe('tail: invalid number of lines: ‘abc’\n');
    expect(out('tail -n')).toBe("tail: option requires an argument -- 'n'\nTry 'tail --help' for more information.\n");
    expect(out('tail -x /var/log/mail.log')).toBe("tail: invalid option -- 'x'\nTry 'tail --help' for more information.\n");
    expect(out('tail /var/log/nope')).toBe("tail: cannot open '/var/log/nope' for reading: No such file or directory\n");
    expect(out('tail -f /var/log/nope')).toContain('tail: no files remaining');
  });

  it('tail -f prints the new lines of its file until Ctrl-C, and only those', () => {
    const r = run(['tail -f -n 1 /var/log/mail.log', { type: 'log', file: '/var/log/mail.log', line: 'NEW LINE' }, { type: 'log', file: '/var/other', line: 'NOT THIS' }, 'typed while following', '\x03'], mta);
    expect(r.output).toBe(`${LOG[2]}\nNEW LINE\n^C\nalice@ws.alice.example:~$ `);
    expect(r.state.mode.type).toBe('prompt');
  });

  it('grep PATTERN FILE prints the matching lines; -c counts, -v inverts, -i ignores case, -n numbers', () => {
    expect(out('grep status=deferred /var/log/mail.log')).toBe(`${LOG[2]}\n`);
    expect(out('grep -c postfix /var/log/mail.log')).toBe('3\n');
    expect(out('grep -v smtp /var/log/mail.log')).toBe(`${LOG[1]}\n`);
    expect(out('grep -in CONNECT /var/log/mail.log')).toBe(`1:${LOG[0]}\n`);
    expect(out('grep nothing-like-this /var/log/mail.log')).toBe('');
    expect(out('grep x /var/log/nope')).toBe('grep: /var/log/nope: No such file or directory\n');
  });

  it('a basic regular expression takes ( and + literally; -E does not', () => {
    expect(out('grep "deferred (451" /var/log/mail.log')).toBe(`${LOG[2]}\n`);
    expect(out('grep -E "deferred (451" /var/log/mail.log')).toBe('grep: Unmatched ( or \\(\n');
    expect(out('grep "[abc" /var/log/mail.log')).toBe('grep: Unmatched [, [^, [:, [., or [=\n');
    expect(out('grep -E "a{2,1}" /var/log/mail.log')).toBe('grep: Invalid regular expression\n');
    expect(out('grep -E "size=70+4" /var/log/mail.log')).toBe(`${LOG[1]}\n`);
  });

  it('grep without a pattern shows its usage; without a file it filters what is typed until Ctrl-D', () => {
    expect(out('grep')).toBe("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n");
    expect(out('grep -Q x')).toContain("grep: invalid option -- 'Q'");
    const r = run(['grep bob', 'to alice', 'to bob', '\x04'], mta);
    expect(r.output).toBe('to bob\nalice@ws.alice.example:~$ ');
    const t = run(['tail -n 1', 'one', 'two', '\x04'], mta);
    expect(t.output).toBe('two\nalice@ws.alice.example:~$ ');
  });
});
