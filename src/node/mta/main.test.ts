// The command line as a user runs it: `tsx src/node/mta/main.ts`. Spawned
// through tsx itself, not npx: npm exec does not pass SIGTERM on to its child.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');

function mta(args: string[]) {
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['src/node/mta/main.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.resume();
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const output = (pattern: RegExp) =>
    new Promise<RegExpMatchArray>((done, fail) => {
      const check = () => {
        const m = stdout.match(pattern);
        if (m) done(m);
      };
      child.stdout.on('data', check);
      void exited.then(() => fail(new Error(`exited without ${pattern}; output: ${stdout}`)));
      check();
    });
  return { child, exited, output, stdout: () => stdout };
}

describe('npm run mta', () => {
  it('--help lists every option and exits 0', async () => {
    const { exited, stdout } = mta(['--help']);
    expect(await exited).toBe(0);
    for (const option of ['--port', '--host', '--spool', '--hostname', '--max-size', '--idle-timeout', '--max-connections', '--max-connections-per-client', '--line-deadline', '--data-deadline', '--quiet', '--help']) {
      expect(stdout()).toContain(option);
    }
  });

  it('on SIGTERM closes its sessions with 421 and exits 0', async () => {
    const spool = mkdtempSync(join(tmpdir(), 'mta-main-'));
    const { child, exited, output } = mta(['--port', '0', '--spool', spool]);
    try {
      const [, port] = await output(/listening on 127\.0\.0\.1:(\d+)/);
      const socket = connect(Number(port), '127.0.0.1');
      socket.setEncoding('latin1');
      let received = '';
      socket.on('data', (s: string) => (received += s));
      const closed = new Promise((done) => socket.once('close', done));
      await output(/connect from 127\.0\.0\.1/);
      child.kill('SIGTERM');
      await closed;
      expect(received).toMatch(/^220 [^\r]*\r\n421 4\.3\.2 [^\r]*\r\n$/);
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(spool, { recursive: true, force: true });
    }
  }, 20_000);
});
