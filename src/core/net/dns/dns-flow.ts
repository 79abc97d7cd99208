// DNS as the world plays it: a host asks its cache first, else sends a
// query to the name server, whose answer comes back one round trip later
// and is cached for its TTL (RFC 1034 §5.3.1, RFC 1035 §7). Whoever asked
// goes on from the answer, named by the question's purpose.
import { cached, encodeQuery, encodeResponse, lookup, recordValue, remember, reverseName, type DnsAnswer, type DnsQuestion } from '../../dns/index';
import { messageIdOfJob, type Action, type Cause, type Purpose, type Tick, type World } from '../world/index';

/** The zone's answer as the world gives it: a host with a reverse DNS fault has its PTR point elsewhere. */
function zoneAnswer(world: World, q: DnsQuestion): DnsAnswer {
  const answer = lookup(world.zone, q);
  if (q.type !== 'PTR') return answer;
  const liar = Object.values(world.hosts).find((h) => h.faults.reverseDnsMismatch && reverseName(h.address) === q.name.toLowerCase());
  if (!liar) return answer;
  return { ...answer, answers: answer.answers.map((r) => (r.type === 'PTR' ? { ...r, target: `host-${liar.address.replace(/\./g, '-')}.dynamic.example` } : r)) };
}

/** Asks for an answer on behalf of `host`; whoever asked goes on now on a cache hit, or when the answer arrives. */
export function resolve(t: Tick, { host, question, purpose }: Cause & { type: 'resolve' }): void {
  const h = t.host(host);
  const hit = h ? cached(h.dns, question, t.now) : undefined;
  if (hit) {
    t.cause({ type: 'answered', purpose, question, answer: hit });
    return;
  }
  const id = (t.world.nextId * 2654435761) & 0xffff;
  t.id('d');
  t.later(t.delay(host, t.world.nameServer), { type: 'dns-query', host, id, question, purpose });
}

/** The message a look-up is made for, so the DNS events belong to it too. */
function messageOf(t: Tick, p: Purpose): string | undefined {
  if (p.type === 'route') return t.host(p.host)?.queue.find((e) => e.id === p.entry)?.messageId;
  if (p.type === 'connect') return messageIdOfJob(t, p.job);
  if (p.type === 'accept') return t.conn(p.conn)?.messageId;
  return undefined;
}

const withMessage = (id: string | undefined) => (id ? { messageId: id } : {});

function describe(q: DnsQuestion, a: DnsAnswer): string {
  if (a.rcode === 'NXDOMAIN') return `${q.name} does not exist (NXDOMAIN)`;
  if (a.answers.length === 0) return `${q.name} has no ${q.type} record`;
  return a.answers.map(recordValue).join(', ');
}

const WHY: Record<DnsQuestion['type'], { text: string; rfc: string }> = {
  MX: { text: 'Which hosts take mail for this domain, and in what order of preference.', rfc: 'RFC 5321 §5.1' },
  A: { text: 'The IPv4 address of a host name, so that a TCP connection can be opened to it.', rfc: 'RFC 1035 §3.4.1' },
  PTR: { text: 'The name behind an address: servers look up their client\'s address before greeting it, to write it in Received: and check the HELO name.', rfc: 'RFC 1035 §3.5' },
};

export function onQuery(t: Tick, a: Action & { type: 'dns-query' }): void {
  const ns = t.world.nameServer;
  const answer = zoneAnswer(t.world, a.question);
  t.record({
    from: a.host,
    to: ns,
    layer: 'dns',
    kind: 'query',
    bytes: encodeQuery(a.id, a.question),
    summary: `${a.question.type}? ${a.question.name}`,
    explanation: WHY[a.question.type].text,
    rfc: WHY[a.question.type].rfc,
    ...withMessage(messageOf(t, a.purpose)),
  });
  t.later(t.delay(ns, a.host), { type: 'dns-answer', host: a.host, id: a.id, question: a.question, answer, purpose: a.purpose });
}

export function onAnswer(t: Tick, a: Action & { type: 'dns-answer' }): void {
  const ns = t.world.nameServer;
  t.record({
    from: ns,
    to: a.host,
    layer: 'dns',
    kind: 'answer',
    bytes: encodeResponse(a.id, a.question, a.answer),
    summary: `${a.question.type} ${a.question.name} → ${describe(a.question, a.answer)}`,
    explanation: `The name server answers; the resolver on ${a.host} keeps the answer for its TTL so the next look-up needs no round trip.`,
    rfc: a.answer.rcode === 'NXDOMAIN' ? 'RFC 2308 §2.1' : 'RFC 1035 §4.1',
    ...withMessage(messageOf(t, a.purpose)),
  });
  t.updateHost(a.host, (h) => ({ ...h, dns: remember(h.dns, a.question, a.answer, t.now, t.world.zone.negativeTtl) }));
  t.cause({ type: 'answered', purpose: a.purpose, question: a.question, answer: a.answer });
}
