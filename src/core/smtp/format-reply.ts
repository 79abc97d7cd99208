// A reply as it goes on the wire (RFC 5321 §4.2.1): every line but the last
// has "-" after the code, the last has a space; the enhanced status code, if
// any, starts the text of every line (RFC 2034 §3).
import type { Reply } from './types';

export function formatReply(reply: Reply): string {
  const lines = reply.lines.length ? reply.lines : [''];
  const prefix = reply.enhanced === undefined ? '' : `${reply.enhanced} `;
  let out = '';
  const last = lines.length - 1;
  for (let i = 0; i <= last; i++) {
    out += `${reply.code}${i === last ? ' ' : '-'}${prefix}${lines[i]}\r\n`;
  }
  return out;
}
