// DNS messages as the bytes that would cross the wire (RFC 1035 §4.1), so
// the inspector can show a real query and a real answer. Names are written
// without compression (§4.1.4 allows either); class is always IN.
import type { DnsAnswer, DnsQuestion, DnsRecord, DnsType } from './zone';
import { utf8Bytes } from '../mime/bytes';

const TYPE_CODE: Record<DnsType, number> = { A: 1, PTR: 12, MX: 15 };

class Writer {
  bytes: number[] = [];
  u8(n: number): void {
    this.bytes.push(n & 0xff);
  }
  u16(n: number): void {
    this.u8(n >>> 8);
    this.u8(n);
  }
  u32(n: number): void {
    this.u16(n >>> 16);
    this.u16(n);
  }
  /** §3.1: a name is a sequence of length-prefixed labels ending with the root's empty label. */
  name(name: string): void {
    for (const label of name.replace(/\.$/, '').split('.').filter((l) => l !== '')) {
      const enc = utf8Bytes(label.slice(0, 63));
      this.u8(enc.length);
      for (const b of enc) this.u8(b);
    }
    this.u8(0);
  }
}

function question(w: Writer, q: DnsQuestion): void {
  w.name(q.name);
  w.u16(TYPE_CODE[q.type]);
  w.u16(1);
}

function record(w: Writer, r: DnsRecord): void {
  w.name(r.name);
  w.u16(TYPE_CODE[r.type]);
  w.u16(1);
  w.u32(r.ttl);
  const rdata = new Writer();
  if (r.type === 'A') for (const p of r.address.split('.')) rdata.u8(Number(p));
  else if (r.type === 'MX') {
    rdata.u16(r.preference);
    rdata.name(r.exchange);
  } else rdata.name(r.target);
  w.u16(rdata.bytes.length);
  for (const b of rdata.bytes) w.bytes.push(b);
}

/** A recursive-desired standard query (§4.1.1: QR=0, OPCODE=0, RD=1). */
export function encodeQuery(id: number, q: DnsQuestion): Uint8Array {
  const w = new Writer();
  w.u16(id);
  w.u16(0x0100);
  w.u16(1);
  w.u16(0);
  w.u16(0);
  w.u16(0);
  question(w, q);
  return Uint8Array.from(w.bytes);
}

/** An authoritative response (§4.1.1: QR=1, AA=1, RD=1, RCODE 0 or 3). */
export function encodeResponse(id: number, q: DnsQuestion, a: DnsAnswer): Uint8Array {
  const w = new Writer();
  w.u16(id);
  w.u16(0x8500 | (a.rcode === 'NXDOMAIN' ? 3 : 0));
  w.u16(1);
  w.u16(a.answers.length);
  w.u16(0);
  w.u16(a.additional.length);
  question(w, q);
  for (const r of a.answers) record(w, r);
  for (const r of a.additional) record(w, r);
  return Uint8Array.from(w.bytes);
}
