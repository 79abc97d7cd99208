// A private Postfix for tests: its own configuration, queue, data and mail
// directories in one temporary folder, its smtpd on 127.0.0.1 only, its log
// in a file there. /etc/postfix and the system's Postfix are never touched.
import { execFile } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const POSTFIX = '/usr/sbin/postfix';
const SENDMAIL = '/usr/sbin/sendmail';

/** Why these tests cannot run here, or undefined when they can. */
export function postfixUnavailable(): string | undefined {
  if (!existsSync(POSTFIX) || !existsSync(SENDMAIL)) return 'Postfix is not installed (apt-get install postfix, "No configuration")';
  // Only root may start a master(8) with a configuration directory of its own.
  if (process.getuid?.() !== 0) return 'starting a private Postfix instance needs root';
  return undefined;
}

/** A port nobody listens on now (the race with other processes is small). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const a = probe.address();
      probe.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

const portIsFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = createServer().once('error', () => resolve(false)).listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });

/** Polls until check returns a value, or fails with what was awaited. */
export async function waitFor<T>(what: string, check: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  for (const end = Date.now() + timeoutMs; ; await new Promise((r) => setTimeout(r, 50))) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`waited ${timeoutMs} ms for ${what}`);
  }
}

// Every daemon a delivery can need, none chrooted (there is no chroot jail
// in a temporary folder); postlogd writes maillog_file.
const SERVICES = `pickup unix n - n 60 1 pickup
cleanup unix n - n - 0 cleanup
qmgr unix n - n 300 1 qmgr
rewrite unix - - n - - trivial-rewrite
bounce unix - - n - 0 bounce
defer unix - - n - 0 bounce
trace unix - - n - 0 bounce
verify unix - - n - 1 verify
flush unix n - n 1000? 0 flush
proxymap unix - - n - - proxymap
smtp unix - - n - - smtp
relay unix - - n - - smtp
showq unix n - n - - showq
error unix - - n - - error
retry unix - - n - - error
discard unix - - n - - discard
virtual unix - n n - - virtual
anvil unix - - n - 1 anvil
scache unix - - n - 1 scache
postlog unix-dgram n - n - 1 postlogd
`;

/** Where an instance keeps things, for settings that name a path. */
export type Layout = {
  /** The temporary folder holding everything. */
  dir: string;
  /** Its configuration directory (main.cf, master.cf, maps). */
  etc: string;
  /** An empty folder owned by nobody, for virtual(8) mailboxes. */
  mail: string;
  /** nobody's uid and gid, for virtual_uid_maps and virtual_gid_maps. */
  nobody: { uid: number; gid: number };
};

export type PostfixInstance = Layout & {
  /** Where its smtpd listens on 127.0.0.1. */
  port: number;
  /** Postfix's log so far. */
  log(): string;
  /** Hands a message to this instance's sendmail(1). */
  sendmail(args: string[], message: Buffer): Promise<void>;
  /** Stops master(8), waits until it and its port are gone, removes the folder. */
  stop(): Promise<void>;
};

const idOf = async (flag: string) => Number((await run('id', [flag, 'nobody'])).stdout.trim());

/** main.cf: loopback only, no DNS, no TLS, everything under dir, then the caller's settings. */
function mainCf(at: Layout, settings: Record<string, string>): string {
  const main: Record<string, string> = {
    compatibility_level: '3.6',
    queue_directory: join(at.dir, 'queue'),
    // Left for postfix(1) to create, owned by the postfix user.
    data_directory: join(at.dir, 'data'),
    maillog_file: join(at.dir, 'maillog'),
    maillog_file_prefixes: at.dir,
    myhostname: 'postfix.lab.example',
    mydomain: 'lab.example',
    mydestination: '',
    inet_interfaces: '127.0.0.1',
    inet_protocols: 'ipv4',
    mynetworks: '127.0.0.0/8',
    alias_maps: '',
    alias_database: '',
    smtp_dns_support_level: 'disabled',
    smtpd_peername_lookup: 'no',
    smtp_tls_security_level: 'none',
    smtpd_tls_security_level: 'none',
    // Postfix waits 1 s before each 4xx/5xx; the codes are what we compare.
    smtpd_error_sleep_time: '0',
    ...settings,
  };
  return Object.entries(main).map(([k, v]) => `${k} = ${v}\n`).join('');
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Starts an instance with main.cf settings on top of a loopback-only base.
 * `files` are written to its configuration directory first (maps). On any
 * failure the instance is stopped and its folder removed before the error.
 */
export async function startPostfix(settings: (at: Layout) => Record<string, string>, files: Record<string, string> = {}): Promise<PostfixInstance> {
  const dir = mkdtempSync(join(tmpdir(), 'postfix-lab-'));
  const etc = join(dir, 'etc');
  const mail = join(dir, 'mail');
  const maillog = join(dir, 'maillog');
  const log = () => (existsSync(maillog) ? readFileSync(maillog, 'latin1') : '');
  let port: number | undefined;

  const stop = async () => {
    try {
      const pidFile = join(dir, 'queue', 'pid', 'master.pid');
      const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'latin1').trim()) : undefined;
      await run(POSTFIX, ['-c', etc, 'stop'], { timeout: 20_000 }).catch(() => undefined);
      if (pid) await waitFor('master(8) to exit', () => (alive(pid) ? undefined : true), 10_000).catch(() => process.kill(pid, 'SIGKILL'));
      // Its children leave with master(8): nothing may listen on the port afterwards.
      if (port) await waitFor(`port ${port} to be free`, async () => (await portIsFree(port!)) || undefined, 10_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  try {
    // The postfix user must reach its queue, nobody the virtual mailboxes.
    chmodSync(dir, 0o755);
    for (const d of [etc, mail, join(dir, 'queue')]) mkdirSync(d);
    const nobody = { uid: await idOf('-u'), gid: await idOf('-g') };
    chownSync(mail, nobody.uid, nobody.gid);
    port = await freePort();
    const at: Layout = { dir, etc, mail, nobody };
    writeFileSync(join(etc, 'main.cf'), mainCf(at, settings(at)));
    writeFileSync(join(etc, 'master.cf'), `127.0.0.1:${port} inet n - n - - smtpd\n${SERVICES}`);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(etc, name), text);
    // postfix-script runs master -w: it returns once master(8) has bound the port.
    await run(POSTFIX, ['-c', etc, 'start'], { timeout: 30_000 });
    let stopping: Promise<void> | undefined;
    return {
      ...at,
      port,
      log,
      async sendmail(args, message) {
        const sending = run(SENDMAIL, ['-C', etc, ...args], { timeout: 20_000 });
        sending.child.stdin!.end(message);
        await sending;
      },
      stop: () => (stopping ??= stop()),
    };
  } catch (error) {
    const why = `postfix start failed: ${error instanceof Error ? error.message : String(error)}\n${log()}`;
    await stop();
    throw new Error(why);
  }
}
