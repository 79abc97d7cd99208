// Where mail for a domain goes, from the answer to its MX question
// (RFC 5321 §5.1): exchanges in order of preference, lowest first, ties in
// a random order; no MX record means the domain's own A record is the one
// implicit MX; a lone MX of "." (preference 0) says the domain takes no
// mail at all (RFC 7505 §3).
import { nextRandom, type RandomState } from './random';
import type { DnsAnswer } from './zone';

export type MxTarget = { exchange: string; preference: number; /** From the additional section, if it came. */ address?: string };

export type MxRoute =
  | { kind: 'mx'; targets: MxTarget[] }
  | { kind: 'implicit'; targets: MxTarget[] }
  | { kind: 'null-mx' }
  | { kind: 'no-domain' };

export function mxRoute(domain: string, answer: DnsAnswer, random: RandomState): { route: MxRoute; random: RandomState } {
  if (answer.rcode === 'NXDOMAIN') return { route: { kind: 'no-domain' }, random };
  const mx = answer.answers.flatMap((r) => (r.type === 'MX' ? [r] : []));
  if (mx.length === 0) return { route: { kind: 'implicit', targets: [{ exchange: domain, preference: 0 }] }, random };
  if (mx.length === 1 && (mx[0]!.exchange === '' || mx[0]!.exchange === '.')) return { route: { kind: 'null-mx' }, random };
  let state = random;
  const keyed = mx.map((r) => {
    const n = nextRandom(state);
    state = n.state;
    const a = answer.additional.find((x) => x.type === 'A' && x.name.toLowerCase() === r.exchange.toLowerCase());
    const target: MxTarget = { exchange: r.exchange, preference: r.preference };
    if (a && a.type === 'A') target.address = a.address;
    return { target, tie: n.value };
  });
  // RFC 5321 §5.1: equal preferences are tried in random order, to spread load.
  keyed.sort((x, y) => x.target.preference - y.target.preference || x.tie - y.tie);
  return { route: { kind: 'mx', targets: keyed.map((k) => k.target) }, random: state };
}
