// `host` and `dig` (ISC BIND 9's tools), printing what the real ones print:
// host's one-line sentences, `-a`'s and dig's section dumps (RFC 1035 §5.1
// master-file style records).
import { encodeResponse } from '../dns/index';
import { isAddress, reverseName, type DnsAnswer, type DnsQuestion, type DnsRecord, type DnsType } from '../dns/index';
import { asctime } from '../mbox/index';
import type { PendingDns, ShellContext } from './types';

const HOST_USAGE = `Usage: host [-aCdilrTvVw] [-c class] [-N ndots] [-t type] [-W time]
            [-R number] [-m flag] [-p port] hostname [server]
       -a is equivalent to -v -t ANY
       -t specifies the query type
       -v enables verbose output`;

const DIG_USAGE = `Usage:  dig [@global-server] [domain] [q-type] [q-class] {q-opt}
            {global-d-opt} host [@local-server] {local-d-opt}
            [ host [@local-server] {local-d-opt} [...]]`;

type Start = { pending: PendingDns } | { output: string };

const TYPES: Record<string, DnsType> = { a: 'A', mx: 'MX', ptr: 'PTR' };

/** `host NAME`, `host -t TYPE NAME`, `host -a NAME`. */
export function startHost(args: string[], now: number): Start {
  let type: DnsType | undefined;
  let verbose = false;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-t') {
      const t = args[++i];
      if (t === undefined) return { output: `host: option requires an argument -- 't'\n${HOST_USAGE}` };
      const known = TYPES[t.toLowerCase()];
      if (!known) return { output: `host: invalid type: ${t}` };
      type = known;
    } else if (a === '-a' || a === '-v') verbose = true;
    else if (a.startsWith('-') && a.length > 1) return { output: `host: invalid option -- '${a[1]}'\n${HOST_USAGE}` };
    else rest.push(a);
  }
  const name = rest[0];
  if (name === undefined) return { output: HOST_USAGE };
  const ptr = isAddress(name) ? reverseName(name)! : undefined;
  const questions: DnsQuestion[] = ptr ? [{ name: ptr, type: 'PTR' }] : type ? [{ name, type }] : [{ name, type: 'A' }, { name, type: 'MX' }];
  return { pending: { tool: 'host', form: verbose ? 'verbose' : type ? 'typed' : 'plain', args: args.join(' '), questions, answers: [], started: now } };
}

/** `dig NAME [TYPE]`, `dig TYPE NAME`, `dig -x ADDRESS`, `+short`. */
export function startDig(args: string[], now: number): Start {
  let type: DnsType = 'A';
  let name: string | undefined;
  let short = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-x') {
      const address = args[++i];
      const ptr = address && reverseName(address);
      if (!ptr) return { output: `Invalid IP address ${address ?? ''}`.trimEnd() };
      name = ptr;
      type = 'PTR';
    } else if (a === '+short') short = true;
    else if (a.startsWith('+')) continue;
    else if (a.startsWith('@')) continue;
    else if (a.startsWith('-')) return { output: `Invalid option: ${a}\n${DIG_USAGE}` };
    else if (TYPES[a.toLowerCase()] && name !== undefined) type = TYPES[a.toLowerCase()]!;
    else if (TYPES[a.toLowerCase()] && args.slice(i + 1).some((x) => !x.startsWith('+') && !x.startsWith('@'))) type = TYPES[a.toLowerCase()]!;
    else name = a;
  }
  // dig with no name asks for the root's name servers; this world has no root zone.
  if (name === undefined) return { output: `;; connection timed out; no servers could be reached` };
  return { pending: { tool: 'dig', form: short ? 'short' : 'full', args: args.join(' '), questions: [{ name, type }], answers: [], started: now } };
}

const fq = (name: string) => (name.endsWith('.') ? name : `${name}.`);

function rdata(r: DnsRecord): string {
  if (r.type === 'A') return r.address;
  if (r.type === 'MX') return `${r.preference} ${fq(r.exchange)}`;
  return fq(r.target);
}

function zoneLine(r: DnsRecord): string {
  return `${fq(r.name)}\t\t${r.ttl}\tIN\t${r.type}\t${rdata(r)}`;
}

function sentence(r: DnsRecord): string {
  if (r.type === 'A') return `${r.name} has address ${r.address}`;
  if (r.type === 'MX') return `${r.name} mail is handled by ${r.preference} ${fq(r.exchange)}`;
  return `${r.name} domain name pointer ${fq(r.target)}`;
}

function sections(q: DnsQuestion, a: DnsAnswer, id: number, shownType: string): string[] {
  const flags = `;; flags: qr aa rd; QUERY: 1, ANSWER: ${a.answers.length}, AUTHORITY: 0, ADDITIONAL: ${a.additional.length}`;
  const out = [`;; ->>HEADER<<- opcode: QUERY, status: ${a.rcode}, id: ${id}`, flags, '', ';; QUESTION SECTION:', `;${fq(q.name)}\t\t\tIN\t${shownType}`, ''];
  if (a.answers.length) out.push(';; ANSWER SECTION:', ...a.answers.map(zoneLine), '');
  if (a.additional.length) out.push(';; ADDITIONAL SECTION:', ...a.additional.map(zoneLine), '');
  return out;
}

function queryId(q: DnsQuestion): number {
  let h = 5381;
  for (const c of `${q.name}/${q.type}`) h = ((h * 33) ^ c.charCodeAt(0)) & 0xffff;
  return h;
}

/** The tool's output once every answer is in. */
export function finishDns(p: PendingDns, ctx: ShellContext): string {
  const ms = Math.max(1, ctx.now - p.started);
  const server = `${ctx.nameServer.address}#53`;
  if (p.tool === 'dig') {
    const { question: q, answer: a } = p.answers[0]!;
    if (p.form === 'short') return a.answers.map(rdata).join('\n');
    const size = encodeResponse(queryId(q), q, a).length;
    return [
      '',
      `; <<>> DiG 9.18.28 <<>> ${p.args}`,
      ';; global options: +cmd',
      ';; Got answer:',
      ...sections(q, a, queryId(q), q.type),
      `;; Query time: ${ms} msec`,
      `;; SERVER: ${server}(${ctx.nameServer.address}) (UDP)`,
      `;; WHEN: ${asctime(ctx.now).replace(/ (\d{4})$/, ' UTC $1')}`,
      `;; MSG SIZE  rcvd: ${size}`,
      '',
    ].join('\n');
  }
  const first = p.answers[0]!;
  const q0 = first.question;
  if (first.answer.rcode === 'NXDOMAIN') return `Host ${q0.type === 'PTR' ? fq(q0.name) : q0.name} not found: 3(NXDOMAIN)`;
  if (p.form === 'verbose') {
    const merged: DnsAnswer = { rcode: 'NOERROR', answers: p.answers.flatMap((x) => x.answer.answers), additional: p.answers.flatMap((x) => x.answer.additional) };
    const q = { name: first.question.name, type: first.question.type };
    const size = p.answers.reduce((n, x) => n + encodeResponse(queryId(x.question), x.question, x.answer).length, 0);
    return [`Trying "${first.question.name}"`, ...sections(q, merged, queryId(q), 'ANY'), `Received ${size} bytes from ${server} in ${ms} ms`].join('\n');
  }
  const lines = p.answers.flatMap(({ answer }) => answer.answers.map(sentence));
  if (p.form === 'typed' && lines.length === 0) return `${first.question.name} has no ${first.question.type} record`;
  return lines.join('\n');
}
