// Where mail for a domain goes, from the answer to its MX question
// (RFC 5321 §5.1): exchanges in order of preference, lowest first, ties in
// a random order; no MX record means the domain's own A record is the one
// implicit MX; a lone MX of "." (preference 0) says the domain takes no
// mail at all (RFC 7505 §3).
import type { DnsAnswer } from './zone';

export type MxTarget = { exchange: string; preference: number; /** From the additional section, if it came. */ address?: string };

export type MxRoute =
  | { kind: 'mx'; targets: MxTarget[] }
  | { kind: 'implicit'; targets: MxTarget[] }
  | { kind: 'null-mx' }
  | { kind: 'no-domain' };

/** `random` gives numbers in [0, 1): the world's seeded source, so ties break the same way for the same seed. */
export function mxRoute(domain: string, answer: DnsAnswer, random: () => number): MxRoute {
  if (answer.rcode === 'NXDOMAIN') return { kind: 'no-domain' };
  const mx = answer.answers.flatMap((r) => (r.type === 'MX' ? [r] : []));
  if (mx.length === 0) return { kind: 'implicit', targets: [{ exchange: domain, preference: 0 }] };
  if (mx.length === 1 && (mx[0]!.exchange === '' || mx[0]!.exchange === '.')) return { kind: 'null-mx' };
  const keyed = mx.map((r) => {
    const a = answer.additional.find((x) => x.type === 'A' && x.name.toLowerCase() === r.exchange.toLowerCase());
    const target: MxTarget = { exchange: r.exchange, preference: r.preference };
    if (a && a.type === 'A') target.address = a.address;
    return { target, tie: random() };
  });
  // RFC 5321 §5.1: equal preferences are tried in random order, to spread load.
  keyed.sort((x, y) => x.target.preference - y.target.preference || x.tie - y.tie);
  return { kind: 'mx', targets: keyed.map((k) => k.target) };
}
