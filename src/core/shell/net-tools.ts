// `telnet HOST [PORT]` and `nc HOST PORT`: connect, then every line typed
// goes to the server (telnet ends lines with CR LF, RFC 854's NVT newline;
// nc sends a bare LF unless -C, which SMTP servers refuse, RFC 5321 §2.3.8).
import type { ShellMode, ToolStep } from './types';

const TELNET_USAGE = 'usage: telnet [-4] [-6] [-8] [-E] [-L] [-a] [-d] [-e char] [-l user] [-n tracefile] [-b addr] [-r] [host-name [port]]';
const NC_USAGE = `usage: nc [-46CDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl]
	  [-m minttl] [-O length] [-P proxy_username] [-p source_port]
	  [-q seconds] [-s sourceaddr] [-T keyword] [-V rtable] [-W recvlimit]
	  [-w timeout] [-X proxy_protocol] [-x proxy_address[:port]]
	  [destination] [port]`;

const PORTS: Record<string, number> = { smtp: 25, telnet: 23, submission: 587, domain: 53 };

function port(text: string): number | undefined {
  if (/^\d{1,5}$/.test(text) && Number(text) > 0 && Number(text) < 65536) return Number(text);
  return PORTS[text];
}

export function startTelnet(args: string[]): ToolStep {
  const prompt: ShellMode = { type: 'prompt' };
  const bad = args.find((a) => a.startsWith('-'));
  if (bad) return { mode: prompt, output: `telnet: invalid option -- '${bad.slice(1, 2)}'\n${TELNET_USAGE}` };
  const [host, p = '23', extra] = args;
  if (!host || extra !== undefined) return { mode: prompt, output: TELNET_USAGE };
  const n = port(p);
  if (n === undefined) return { mode: prompt, output: `telnet: could not resolve ${host}/${p}: Servname not supported for ai_socktype` };
  return { mode: { type: 'connecting', tool: 'telnet', target: host, port: n, crlf: true }, output: '', requests: [{ type: 'connect', to: host, port: n }] };
}

export function startNc(args: string[]): ToolStep {
  const prompt: ShellMode = { type: 'prompt' };
  let crlf = false;
  const rest: string[] = [];
  for (const a of args) {
    if (a === '-C') crlf = true;
    else if (a === '-v' || a === '-q0') continue;
    else if (a.startsWith('-')) return { mode: prompt, output: `nc: invalid option -- '${a.slice(1, 2)}'\n${NC_USAGE}` };
    else rest.push(a);
  }
  const [host, p] = rest;
  if (!host || !p || rest.length > 2) return { mode: prompt, output: NC_USAGE };
  const n = port(p);
  if (n === undefined) return { mode: prompt, output: `nc: port number invalid: ${p}` };
  return { mode: { type: 'connecting', tool: 'nc', target: host, port: n, crlf }, output: '', requests: [{ type: 'connect', to: host, port: n }] };
}

/** What the tool prints when the connection cannot be made. */
export function connectFailure(mode: ShellMode & { type: 'connecting' }, reason: 'refused' | 'timeout' | 'no-address'): string {
  const why = reason === 'refused' ? 'Connection refused' : 'Connection timed out';
  if (mode.tool === 'openssl') {
    if (reason === 'no-address') return 'BIO_lookup_ex:system lib:crypto/bio/bio_addr.c:738:Name or service not known\nconnect:errno=0';
    return `error:8000006F:system library:BIO_connect:${why}:crypto/bio/bio_sock2.c:178:calling connect()\nconnect:errno=${reason === 'refused' ? 111 : 110}`;
  }
  if (mode.tool === 'telnet') {
    if (reason === 'no-address') return `telnet: could not resolve ${mode.target}/${mode.port}: Name or service not known`;
    return `telnet: Unable to connect to remote host: ${why}`;
  }
  if (reason === 'no-address') return `nc: getaddrinfo for host "${mode.target}" port ${mode.port}: Name or service not known`;
  return `nc: connect to ${mode.target} port ${mode.port} (tcp) failed: ${why}`;
}
