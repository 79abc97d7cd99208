// The platform's deflate-raw (CompressionStream, in every current browser
// and Node ≥ 18) behind core's byte-level `Deflate` and `Inflate`, so the
// link needs no dependency. Inflating stops as soon as the output passes the
// limit: a small link that unpacks to gigabytes is refused after 4 MB.
import type { Deflate, Inflate, Inflated } from '../../core/share/index';

async function drain(stream: ReadableStream<Uint8Array>, limit: number): Promise<Inflated> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: 'too-big' };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { ok: true, bytes };
}

function through(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): ReadableStream<Uint8Array> {
  const writer = transform.writable.getWriter();
  // Errors surface on the readable side; these promises only need a handler.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  return transform.readable as ReadableStream<Uint8Array>;
}

export const deflateRaw: Deflate = async (bytes) => {
  const out = await drain(through(bytes, new CompressionStream('deflate-raw')), Number.MAX_SAFE_INTEGER);
  if (!out.ok) throw new Error('unreachable: no limit');
  return out.bytes;
};

export const inflateRaw: Inflate = async (bytes, limit) => {
  try {
    return await drain(through(bytes, new DecompressionStream('deflate-raw')), limit);
  } catch (e) {
    // zlib says "unexpected end of file" when the data stops before the final block (RFC 1951 §3.2.3 BFINAL).
    return { ok: false, reason: /end of (file|input|stream|data)|truncat|incomplete/i.test(String(e)) ? 'truncated' : 'damaged' };
  }
};
