// A raw SMTP client for tests: the exact bytes we choose, one command per
// reply, so a server's answer to a malformed session can be read line by line.
import { connect } from 'node:net';

/**
 * Connects, writes each string once the previous reply is complete (the
 * greeting first), and resolves with every final reply line when the server
 * closes. Rejects if the server falls silent for timeoutMs.
 */
export async function converse(port: number, lines: string[], timeoutMs = 10_000): Promise<string[]> {
  const socket = connect(port, '127.0.0.1');
  socket.setEncoding('latin1');
  socket.setTimeout(timeoutMs);
  const replies: string[] = [];
  let buffer = '';
  let pending = [...lines];
  return new Promise((resolve, reject) => {
    socket.on('error', reject);
    socket.on('timeout', () => {
      socket.destroy();
      reject(new Error(`no reply for ${timeoutMs} ms after ${JSON.stringify(replies)}`));
    });
    socket.on('close', () => resolve(replies));
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
        const line = buffer.slice(0, nl + 1);
        buffer = buffer.slice(nl + 1);
        if (line[3] === '-') continue;
        replies.push(line.trimEnd());
        const next = pending[0];
        pending = pending.slice(1);
        if (next !== undefined) socket.write(next);
      }
    });
  });
}
