// `openssl s_client -starttls smtp -connect HOST:PORT [-crlf]`: connects,
// does the STARTTLS preamble itself (greeting, EHLO, STARTTLS, RFC 3207
// §4) without showing it, runs the TLS hand-shake, prints what s_client
// prints about it, and then passes lines through the encrypted session.
// Without -crlf it sends a bare LF, as the real one does.
import { latin1String } from '../codec/ascii';
import { utf8Bytes } from '../mime/bytes';
import type { ShellMode, ShellRequest, ToolStep } from './types';

const S_CLIENT_USAGE = `Usage: s_client [options] [host:port]
 -connect host:port         TCP/IP where to connect
 -starttls smtp             Use the appropriate STARTTLS command before starting TLS
 -crlf                      Convert LF from terminal into CRLF
 -quiet                     No s_client output`;

export function startOpenssl(args: string[]): ToolStep {
  const prompt: ShellMode = { type: 'prompt' };
  if (args[0] !== 's_client') return { mode: prompt, output: args[0] === undefined ? 'help:\n\nStandard commands\ns_client' : `Invalid command '${args[0]}'; type "help" for a list.` };
  let connect: string | undefined;
  let starttls: string | undefined;
  let crlf = false;
  for (let i = 1; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-connect') connect = args[++i];
    else if (a === '-starttls') starttls = args[++i];
    else if (a === '-crlf') crlf = true;
    else if (a === '-quiet' || a === '-brief') continue;
    else return { mode: prompt, output: `s_client: Unknown option: ${a}\ns_client: Use -help for summary.` };
  }
  const m = connect ? /^(.+):(\d{1,5})$/.exec(connect) : null;
  if (!m) return { mode: prompt, output: S_CLIENT_USAGE };
  if (starttls !== 'smtp') return { mode: prompt, output: starttls === undefined ? 's_client: this simulation speaks TLS only after STARTTLS: add -starttls smtp' : `s_client: Value must be one of:\n\tsmtp\ns_client: Use -help for summary.` };
  const [, host, port] = m;
  return { mode: { type: 'connecting', tool: 'openssl', target: host!, port: Number(port), crlf }, output: '', requests: [{ type: 'connect', to: host!, port: Number(port) }] };
}

/** Server bytes during the preamble: answer them as s_client does, printing nothing of the plain-text part. */
export function preamble(mode: ShellMode & { type: 'connected' }, bytes: Uint8Array): ToolStep {
  const text = latin1String(bytes);
  const send = (line: string): ShellRequest => ({ type: 'send', conn: mode.conn, bytes: utf8Bytes(line) });
  switch (mode.tls) {
    case 'greeting':
      return /^220 /m.test(text) ? { mode: { ...mode, tls: 'ehlo' }, output: '', requests: [send('EHLO openssl.client.net\r\n')] } : { mode, output: '' };
    case 'ehlo':
      if (!/^250 /m.test(text)) return { mode, output: '' };
      return { mode: { ...mode, tls: 'starttls' }, output: /^250[- ]STARTTLS/m.test(text) ? '' : "Didn't find STARTTLS in server response, trying anyway...\n", requests: [send('STARTTLS\r\n')] };
    case 'starttls':
      if (/^220 /m.test(text)) return { mode: { ...mode, tls: 'handshake' }, output: '', requests: [{ type: 'starttls', conn: mode.conn }] };
      // The server refused STARTTLS: s_client tries the hand-shake anyway, on a plain-text server.
      return { mode: { type: 'prompt' }, output: '40E7C1D1A47F0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version number\n---\nno peer certificate available\n---', requests: [{ type: 'close', conn: mode.conn }] };
    default:
      return { mode, output: '' };
  }
}

/** What s_client prints once the hand-shake is done. */
export function handshakeDone(target: string): string {
  return [
    '---',
    'Certificate chain',
    ` 0 s:CN = ${target}`,
    '   i:CN = SMTP Lab Simulated CA',
    '---',
    'New, TLSv1.3, Cipher is TLS_AES_256_GCM_SHA384',
    'Verification: OK (simulated: no real keys are exchanged)',
    '---',
    '',
  ].join('\n');
}
