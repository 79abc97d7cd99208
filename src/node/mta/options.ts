// The loopback MTA's command line: every limit is an explicit option with a
// checked value, and `--help` is generated from the same table, so the two
// cannot disagree.
import { parseArgs } from 'node:util';
import { defaultPolicy } from '../../core/index';

export type MtaOptions = {
  /** TCP port; 0 asks the system for a free one. */
  port: number;
  host: string;
  /** Directory holding one mbox per local user and outgoing/ for relayed mail. */
  spool: string;
  /** Overrides the policy's host name (greeting, EHLO reply, Received:). */
  hostname?: string;
  /** Overrides the policy's SIZE limit, in octets. */
  maxSize?: number;
  /** Seconds a connection may stay silent before it gets 421 (RFC 5321 §4.5.3.2). */
  idleTimeout: number;
  maxConnections: number;
  /** Connections one client address may hold at once (Postfix's smtpd_client_connection_count_limit). */
  maxConnectionsPerClient: number;
  /** Seconds from one command line to the whole of the next, however slowly its bytes come (smtpd_per_record_deadline). */
  lineDeadline: number;
  /** Seconds from the 354 to the final dot. */
  dataDeadline: number;
  /** No transcript on stdout. */
  quiet: boolean;
};

export const defaults: MtaOptions = {
  port: 2525,
  host: '127.0.0.1',
  spool: './spool',
  idleTimeout: 300,
  maxConnections: 100,
  maxConnectionsPerClient: 50,
  lineDeadline: 300,
  dataDeadline: 600,
  quiet: false,
};

type Spec = { name: string; arg?: string; help: string; int?: { min: number; max: number } };

const SPECS: Spec[] = [
  { name: 'port', arg: 'N', help: `TCP port to listen on, 0 for any free port (default ${defaults.port})`, int: { min: 0, max: 65535 } },
  { name: 'host', arg: 'ADDR', help: `address to listen on (default ${defaults.host})` },
  { name: 'spool', arg: 'DIR', help: `where mailboxes (DIR/<user>, mbox) and DIR/outgoing/ live (default ${defaults.spool})` },
  { name: 'hostname', arg: 'NAME', help: `the name the server gives itself (default ${defaultPolicy.hostname})` },
  { name: 'max-size', arg: 'OCTETS', help: `largest message accepted, announced as SIZE (default ${defaultPolicy.maxSize})`, int: { min: 1, max: 2 ** 31 - 1 } },
  { name: 'idle-timeout', arg: 'SECONDS', help: `silence before a connection gets 421 (default ${defaults.idleTimeout})`, int: { min: 1, max: 86400 } },
  { name: 'max-connections', arg: 'N', help: `connections served at once; past it, 421 (default ${defaults.maxConnections})`, int: { min: 1, max: 100000 } },
  { name: 'max-connections-per-client', arg: 'N', help: `connections one client address may hold; past it, 421 4.7.0 (default ${defaults.maxConnectionsPerClient})`, int: { min: 1, max: 100000 } },
  { name: 'line-deadline', arg: 'SECONDS', help: `a command line must be whole this long after the previous one, however its bytes trickle; else 421 4.4.2 (default ${defaults.lineDeadline})`, int: { min: 1, max: 86400 } },
  { name: 'data-deadline', arg: 'SECONDS', help: `the message must be whole this long after the 354; else 421 4.4.2 (default ${defaults.dataDeadline})`, int: { min: 1, max: 86400 } },
  { name: 'quiet', help: 'do not print the session transcripts' },
  { name: 'help', help: 'print this help and exit' },
];

export function helpText(): string {
  const rows = SPECS.map((s) => [`--${s.name}${s.arg ? ` ${s.arg}` : ''}`, s.help] as const);
  const width = rows.reduce((max, [flag]) => Math.max(max, flag.length), 0);
  return [
    'usage: npm run mta -- [options]',
    '',
    'Serves the SMTP Lab engine on a real TCP port as the recipient side of the',
    'story: mailboxes bob and carol at bob.example, the list staff, and the',
    'account alice / wonderland that may relay after AUTH. Relayed mail is',
    'written to SPOOL/outgoing/ and never leaves the machine.',
    '',
    'options:',
    ...rows.map(([flag, help]) => `  ${flag.padEnd(width)}  ${help}`),
    '',
  ].join('\n');
}

export type ParsedOptions = { kind: 'run'; options: MtaOptions } | { kind: 'help' } | { kind: 'error'; message: string };

const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** Reads argv (without node and the script); bad values are reported, never guessed. */
export function parseOptions(argv: string[]): ParsedOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    const config = Object.fromEntries(SPECS.map((s) => [s.name, { type: s.arg ? ('string' as const) : ('boolean' as const) }]));
    values = parseArgs({ args: argv, options: config, strict: true, allowPositionals: false }).values;
  } catch (e) {
    return { kind: 'error', message: (e as Error).message };
  }
  if (values.help) return { kind: 'help' };
  const options: Record<string, unknown> = { ...defaults };
  for (const spec of SPECS) {
    const value = values[spec.name];
    if (value === undefined || spec.name === 'help') continue;
    if (spec.int && typeof value === 'string') {
      const n = Number(value);
      if (!/^\d+$/.test(value) || n < spec.int.min || n > spec.int.max) {
        return { kind: 'error', message: `--${spec.name} wants a whole number from ${spec.int.min} to ${spec.int.max}, not '${value}'` };
      }
      options[camel(spec.name)] = n;
    } else if (typeof value === 'string' && value === '') {
      return { kind: 'error', message: `--${spec.name} wants a value` };
    } else {
      options[camel(spec.name)] = value;
    }
  }
  return { kind: 'run', options: options as MtaOptions };
}
