import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaults, helpText, parseOptions } from './options';

describe('parseOptions', () => {
  it('gives the documented defaults with no arguments', () => {
    expect(parseOptions([])).toEqual({ kind: 'run', options: defaults });
    expect(defaults).toMatchObject({ port: 2525, host: '127.0.0.1', spool: './spool', idleTimeout: 300, maxConnections: 100, maxConnectionsPerClient: 50, lineDeadline: 300, dataDeadline: 600, quiet: false });
  });

  it('reads every option', () => {
    const parsed = parseOptions([
      '--port', '0', '--host', '::1', '--spool', '/tmp/s', '--hostname', 'mx.test', '--max-size', '1000',
      '--idle-timeout', '5', '--max-connections', '2', '--max-connections-per-client', '1', '--line-deadline', '10', '--data-deadline', '20', '--quiet',
    ]);
    expect(parsed).toEqual({
      kind: 'run',
      options: { port: 0, host: '::1', spool: '/tmp/s', hostname: 'mx.test', maxSize: 1000, idleTimeout: 5, maxConnections: 2, maxConnectionsPerClient: 1, lineDeadline: 10, dataDeadline: 20, quiet: true },
    });
  });

  it.each([
    [['--port', '70000'], /--port wants a whole number from 0 to 65535/],
    [['--port', 'abc'], /--port wants a whole number/],
    [['--max-size', '0'], /--max-size wants a whole number from 1/],
    [['--idle-timeout', '1.5'], /--idle-timeout wants a whole number/],
    [['--max-connections', '-1'], /max-connections/],
    [['--spool', ''], /--spool wants a value/],
    [['--frobnicate'], /frobnicate/],
    [['stray'], /stray/],
  ])('refuses %j', (argv, message) => {
    const parsed = parseOptions(argv);
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' && parsed.message).toMatch(message);
  });

  it('asks for help with --help, whatever else is given', () => {
    expect(parseOptions(['--port', '1', '--help'])).toEqual({ kind: 'help' });
  });
});

describe('helpText', () => {
  it('lists every option', () => {
    const text = helpText();
    for (const flag of ['--port N', '--host ADDR', '--spool DIR', '--hostname NAME', '--max-size OCTETS', '--idle-timeout SECONDS', '--max-connections N', '--quiet', '--help']) {
      expect(text).toContain(flag);
    }
  });

  it('has a row in the README for every option but --help, with the default --help gives', () => {
    const readme = readFileSync(resolve(__dirname, '../../../README.md'), 'utf8');
    const options = [...helpText().matchAll(/^ {2}(--[a-z-]+(?: [A-Z]+)?) +(.*)$/gm)].filter(([, flag]) => flag !== '--help');
    expect(options.map(([, flag]) => flag)).toEqual(expect.arrayContaining(['--max-connections-per-client N', '--line-deadline SECONDS', '--data-deadline SECONDS']));
    for (const [, flag, help] of options) {
      const row = readme.split('\n').find((l) => l.startsWith(`| \`${flag}\` |`));
      expect(row, flag).toBeDefined();
      const fallback = help!.match(/\(default (\S+)\)$/)?.[1];
      if (fallback) expect(row!.split('|')[2]!.trim(), flag).toBe(fallback);
    }
  });

  it('gives the defaults the MTA really uses', () => {
    const text = helpText();
    expect(text).toMatch(/--port N +.*\(default 2525\)/);
    expect(text).toMatch(/--hostname NAME +.*\(default mx\.bob\.example\)/);
    expect(text).toMatch(/--max-size OCTETS +.*\(default 10485760\)/);
  });
});
