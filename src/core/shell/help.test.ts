import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { helpText, wrapWords } from './help';
import { ctx, run } from './test-support';

const words = (s: string) => s.split(/\s+/).filter(Boolean);

describe('help', () => {
  it('wraps at word boundaries to the width it is given', () => {
    for (const width of [20, 33, 40, 60, 80, 132]) {
      const text = helpText(ctx({ hasMta: true }), width);
      const wide = text.split('\n').filter((l) => l.length > width && !words(l).some((w) => w.length > width - 2));
      expect(wide, `width ${width}`).toEqual([]);
      expect(words(text)).toEqual(words(helpText(ctx({ hasMta: true }), 1000)));
    }
    expect(helpText(ctx(), 80).split('\n')).toContain(`${'  telnet HOST 25'.padEnd(40)}talk SMTP to HOST by hand`);
  });

  it('lists only what works on the host: mailq and the log with an MTA, apt without one, mail only if it can send', () => {
    const bare = helpText(ctx({ hasMta: false, canSend: false }));
    expect(bare).not.toContain('mailq');
    expect(bare).not.toContain('/var/log/mail.log');
    expect(bare).not.toContain('mail -s');
    expect(bare).toContain('sudo apt install postfix');
    const mta = helpText(ctx({ hasMta: true }));
    expect(mta).toContain('mailq');
    expect(mta).toContain('tail [-n N] [-f] /var/log/mail.log');
    expect(mta).not.toContain('apt install');
  });

  it('help at the shell uses the columns the line came with, and agrees with mailq', () => {
    const narrow = run([{ type: 'line', line: 'help', columns: 40 }], ctx({ hasMta: false }));
    expect(narrow.output.split('\n').every((l) => l.length <= 40)).toBe(true);
    expect(narrow.output).not.toContain('mailq');
    expect(run(['mailq'], ctx({ hasMta: false })).output).toContain('bash: mailq: command not found');
  });

  it('the shell keeps the width it was told: help on a later line without columns wraps the same', () => {
    const told = run([{ type: 'line', line: 'hostname', columns: 40 }], ctx({ hasMta: false }));
    expect(told.state.columns).toBe(40);
    const help = run(['help'], ctx({ hasMta: false }), told.state).output.split('\n').slice(0, -1);
    expect(help.every((l) => l.length <= 40)).toBe(true);
    expect(run(['help'], ctx({ hasMta: false })).output.split('\n').some((l) => l.length > 40)).toBe(true);
  });

  it('wrapWords never splits a word and never exceeds the width but for a longer word', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { maxLength: 30 }), fc.integer({ min: 1, max: 50 }), (ws, width) => {
        const lines = wrapWords(ws.join(' '), width);
        expect(lines.flatMap(words)).toEqual(ws);
        for (const l of lines) expect(l.length <= width || !l.includes(' ')).toBe(true);
      }),
    );
  });
});
