import { describe, expect, it } from 'vitest';
import { ctx, run } from './test-support';

const out = (line: string, hasMta = false) => run([line], ctx({ hasMta, canSend: hasMta })).output;

describe('apt and sudo', () => {
  it('sudo apt install postfix prints what Debian prints and asks the world for the MTA', () => {
    const r = run(['sudo apt install postfix'], ctx({ hasMta: false }));
    expect(r.output).toContain('The following NEW packages will be installed:\n  postfix\n');
    expect(r.output).toContain('Setting up postfix (3.7.11-0+deb12u1) ...');
    expect(r.output).toContain('setting myhostname: ws.alice.example');
    expect(r.output).not.toContain('Do you want to continue?');
    expect(r.requests).toEqual([{ type: 'install', package: 'postfix' }]);
    expect(run(['sudo apt-get install -y postfix'], ctx({ hasMta: false })).requests).toEqual([{ type: 'install', package: 'postfix' }]);
  });

  it('without sudo, apt cannot take the dpkg lock', () => {
    const r = run(['apt install postfix'], ctx({ hasMta: false }));
    expect(r.output).toContain('E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?');
    expect(r.requests).toEqual([]);
  });

  it('an installed package, an unknown one, a bad operation and a bad option', () => {
    expect(out('sudo apt install postfix', true)).toContain('postfix is already the newest version (3.7.11-0+deb12u1).\n0 upgraded, 0 newly installed');
    expect(out('sudo apt install exim5')).toContain('E: Unable to locate package exim5');
    expect(out('sudo apt frobnicate')).toContain('E: Invalid operation frobnicate');
    expect(out('sudo apt-get install --frob postfix')).toContain("E: Command line option 'frob' [from --frob] is not understood");
    expect(run(['sudo apt install exim5'], ctx()).requests).toEqual([]);
  });

  it('sudo alone prints its usage; sudo of an unknown command says so as sudo', () => {
    expect(out('sudo')).toMatch(/^usage: sudo -h \| -K \| -k \| -V\n/);
    expect(out('sudo frob')).toContain('sudo: frob: command not found');
    expect(out('frob')).toContain('bash: frob: command not found');
  });
});
