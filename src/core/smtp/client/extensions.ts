// Reading a server's EHLO reply: the first line is its greeting, each further
// line one extension keyword with its parameters (RFC 5321 §4.1.1.1).
import type { Reply } from '../types';
import type { Extensions } from './types';

export const NO_EXTENSIONS: Extensions = { keywords: [], auth: [] };

export function parseExtensions(reply: Reply): Extensions {
  const keywords: string[] = [];
  let size: number | undefined;
  let auth: string[] = [];
  for (const line of reply.lines.slice(1)) {
    // Some old servers write `AUTH=LOGIN PLAIN`, a pre-RFC 4954 draft form.
    const [word = '', ...params] = line.trim().replace(/^AUTH=/i, 'AUTH ').split(/\s+/);
    const keyword = word.toUpperCase();
    if (!keyword) continue;
    keywords.push(keyword);
    if (keyword === 'SIZE') {
      // RFC 1870 §4: no parameter, or 0, means no fixed limit.
      const limit = Number(params[0] ?? '0');
      size = Number.isSafeInteger(limit) && limit > 0 ? limit : 0;
    } else if (keyword === 'AUTH') {
      auth = [...new Set([...auth, ...params.map((p) => p.toUpperCase())])];
    }
  }
  return size === undefined ? { keywords, auth } : { keywords, size, auth };
}

export function offers(extensions: Extensions, keyword: string): boolean {
  return extensions.keywords.includes(keyword);
}
