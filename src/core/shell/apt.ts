// `apt` and `apt-get` on a Debian host, for the one package a mail course
// installs: Postfix. Output as Debian 12 prints it for a package with no
// further dependencies, so there is no "Do you want to continue?" question;
// installing asks the world for the MTA (a request), as dpkg's postinst
// starts the daemon.
import type { Result } from './files';
import type { ShellContext } from './types';

const VERSION = '3.7.11-0+deb12u1';

/** Packages this shell knows of: a name and whether the host has it now. */
function installed(pkg: string, ctx: ShellContext): boolean | undefined {
  if (pkg === 'postfix') return ctx.hasMta;
  if (pkg === 'mailutils' || pkg === 'bsd-mailx') return true;
  return undefined;
}

const READING = 'Reading package lists... Done\nBuilding dependency tree... Done\nReading state information... Done';

function installPostfix(ctx: ShellContext): string {
  return `${READING}
Suggested packages:
  procmail postfix-mysql postfix-pgsql postfix-ldap postfix-pcre postfix-lmdb
  postfix-sqlite sasl2-bin | dovecot-common resolvconf postfix-cdb
  mail-reader postfix-mta-sts-resolver postfix-doc
The following NEW packages will be installed:
  postfix
0 upgraded, 1 newly installed, 0 to remove and 0 not upgraded.
Need to get 1,233 kB of archives.
After this operation, 4,270 kB of additional disk space will be used.
Get:1 http://deb.debian.org/debian bookworm/main amd64 postfix amd64 ${VERSION} [1,233 kB]
Preconfiguring packages ...
Fetched 1,233 kB in 0s (8,412 kB/s)
Selecting previously unselected package postfix.
(Reading database ... 24312 files and directories currently installed.)
Preparing to unpack .../postfix_${VERSION}_amd64.deb ...
Unpacking postfix (${VERSION}) ...
Setting up postfix (${VERSION}) ...
Adding group \`postfix' (GID 107) ...
Done.
Adding system user \`postfix' (UID 102) ...
Adding new user \`postfix' (UID 102) with group \`postfix' ...
Not creating home directory \`/var/spool/postfix'.
Creating /etc/postfix/dynamicmaps.cf
Adding group \`postdrop' (GID 108) ...
Done.
setting myhostname: ${ctx.hostname}
setting alias maps
setting alias database
changing /etc/mailname to ${ctx.hostname}
setting myorigin
setting destinations: $myhostname, ${ctx.hostname}, localhost.localdomain, localhost
setting relayhost:
setting mynetworks: 127.0.0.0/8 [::ffff:127.0.0.0]/104 [::1]/128
setting mailbox_size_limit: 0
setting recipient_delimiter: +
setting inet_interfaces: all
setting inet_protocols: all
/etc/aliases does not exist, creating it.

Postfix (main.cf) is now set up with a default configuration.  If you need to
make changes, edit /etc/postfix/main.cf (and others) as needed.  To view
Postfix configuration values, see postconf(1).

After modifying main.cf, be sure to run 'systemctl reload postfix'.

Running newaliases
Created symlink /etc/systemd/system/multi-user.target.wants/postfix.service → /lib/systemd/system/postfix.service.
Processing triggers for man-db (2.11.2-2) ...`;
}

/** `apt ARGS` or `apt-get ARGS`; `root` when run through sudo. */
export function apt(tool: 'apt' | 'apt-get', args: string[], ctx: ShellContext, root: boolean): Result {
  const words = args.filter((a) => !/^-(y|-yes|-assume-yes|q)$/.test(a));
  const bad = words.find((a) => a.startsWith('-'));
  if (bad) return { output: `E: Command line option '${bad.replace(/^-+/, '')}' [from ${bad}] is not understood in combination with the other options.` };
  const [op, ...pkgs] = words;
  if (op === undefined) return { output: `${tool} 2.6.1 (amd64)\nUsage: ${tool} [options] command\n\nMost used commands:\n  update - Retrieve new lists of packages\n  install - Install new packages (pkg is one or more package names)` };
  if (op !== 'install' && op !== 'update') return { output: tool === 'apt' ? `E: Invalid operation ${op}` : `E: Invalid operation ${op}` };
  if (!root) {
    return { output: op === 'update'
      ? 'Reading package lists... Done\nE: Could not open lock file /var/lib/apt/lists/lock - open (13: Permission denied)\nE: Unable to lock directory /var/lib/apt/lists/'
      : 'E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?' };
  }
  if (op === 'update') return { output: 'Hit:1 http://deb.debian.org/debian bookworm InRelease\nHit:2 http://deb.debian.org/debian-security bookworm-security InRelease\nReading package lists... Done' };
  const unknown = pkgs.find((p) => installed(p, ctx) === undefined);
  if (unknown) return { output: `${READING}\nE: Unable to locate package ${unknown}` };
  const fresh = pkgs.filter((p) => !installed(p, ctx));
  const have = pkgs.filter((p) => installed(p, ctx)).map((p) => `${p} is already the newest version (${p === 'postfix' ? VERSION : '1:3.15-4'}).\n`).join('');
  if (fresh.length === 0) return { output: `${READING}\n${have}0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.` };
  return { output: `${have ? `${have}` : ''}${installPostfix(ctx)}`, requests: [{ type: 'install', package: 'postfix' }] };
}
