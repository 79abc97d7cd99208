import { describe, expect, it } from 'vitest';
import { MEDIA_TYPES, mediaTypeInfo } from './media-types';

describe('media-type catalogue', () => {
  it('lists every type the seeds name, each with a description and an RFC', () => {
    const wanted = 'text/plain text/richtext text/enriched text/html multipart/mixed multipart/parallel multipart/digest multipart/alternative multipart/related message/rfc822 message/partial message/external-body application/octet-stream application/postscript application/pdf application/json image/jpeg image/gif image/png audio/basic video/mpeg'.split(' ');
    expect(MEDIA_TYPES.map((m) => m.type).sort()).toEqual([...wanted].sort());
    for (const m of MEDIA_TYPES) expect(m.rfc).toMatch(/^RFC \d+/);
    expect(mediaTypeInfo('Multipart/Digest')!.description).toMatch(/message\/rfc822/);
  });
});
