import { describe, expect, it } from 'vitest';
import { COMMANDS, replyCatalogue } from '../../core/smtp/index';
import { MEDIA_TYPES } from '../../core/mime/media-types';
import { rfcUrl } from './rfcLink';

describe('rfcUrl', () => {
  it('links an RFC section to the RFC editor', () => {
    expect(rfcUrl('RFC 5321 §4.1.1.1')).toBe('https://www.rfc-editor.org/rfc/rfc5321.html#section-4.1.1.1');
    expect(rfcUrl('RFC 1896')).toBe('https://www.rfc-editor.org/rfc/rfc1896.html');
  });
  it('gives no link for what is not an RFC', () => {
    expect(rfcUrl('Postfix')).toBeUndefined();
  });
  it('links every citation of the catalogues the reference renders', () => {
    for (const c of [...replyCatalogue.map((r) => r.rfc), ...COMMANDS.map((c) => c.rfc), ...MEDIA_TYPES.map((m) => m.rfc)]) expect(rfcUrl(c), c).toMatch(/^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+\.html/);
  });
});
