import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateRaw, inflateRaw } from './compression';

describe('deflate-raw through the platform streams', () => {
  it('inflates what it deflates, and refuses exactly when the output passes the limit', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.nat(3000), async (bytes, limit) => {
        const out = await inflateRaw(await deflateRaw(bytes), limit);
        if (bytes.length <= limit) expect(out.ok && Buffer.from(out.bytes).equals(Buffer.from(bytes))).toBe(true);
        else expect(out).toEqual({ ok: false, reason: 'too-big' });
      }),
      { numRuns: 100 },
    );
  });

  it('stops reading a bomb at the limit instead of inflating it all', async () => {
    const bomb = await deflateRaw(new Uint8Array(64 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(100_000);
    expect(await inflateRaw(bomb, 1024 * 1024)).toEqual({ ok: false, reason: 'too-big' });
  });

  it('says truncated for a cut stream and damaged for a changed one', async () => {
    const packed = await deflateRaw(new TextEncoder().encode('{"hello":"world world world"}'.repeat(30)));
    expect(await inflateRaw(packed.subarray(0, packed.length - 3), 1e6)).toEqual({ ok: false, reason: 'truncated' });
    const changed = packed.slice();
    changed[5]! ^= 0x55;
    expect(await inflateRaw(changed, 1e6)).toEqual({ ok: false, reason: 'damaged' });
  });
});
