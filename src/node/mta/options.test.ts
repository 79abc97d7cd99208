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

  it('gives the defaults the MTA really uses', () => {
    const text = helpText();
    expect(text).toMatch(/--port N +.*\(default 2525\)/);
    expect(text).toMatch(/--hostname NAME +.*\(default mx\.bob\.example\)/);
    expect(text).toMatch(/--max-size OCTETS +.*\(default 10485760\)/);
  });
});
