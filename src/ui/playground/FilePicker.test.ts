import { describe, expect, it } from 'vitest';
import { accepts } from './FilePicker';

// The MIME explorer's drop zone takes what its picker lists; the rest is
// the page's (a .smtplab.json or an export opens as a shared state).
const MIME = '.eml,message/rfc822,text/plain';

describe('a drop zone takes the files its picker lists', () => {
  it('takes a message by name or type, and a file of no extension and no type', () => {
    expect(accepts(MIME, { name: 'Hello.EML', type: '' })).toBe(true);
    expect(accepts(MIME, { name: 'forwarded', type: 'message/rfc822' })).toBe(true);
    expect(accepts(MIME, { name: 'notes.txt', type: 'text/plain' })).toBe(true);
    expect(accepts(MIME, { name: 'message', type: '' })).toBe(true);
    expect(accepts('image/*', { name: 'a.png', type: 'image/png' })).toBe(true);
  });

  it('leaves a shared state, an export and anything else to the page', () => {
    expect(accepts(MIME, { name: 'smtp-lab-mime.smtplab.json', type: 'application/json' })).toBe(false);
    expect(accepts(MIME, { name: 'smtp-lab-mime.smtplab.json', type: '' })).toBe(false);
    expect(accepts(MIME, { name: 'session.zip', type: 'application/zip' })).toBe(false);
    expect(accepts(MIME, { name: 'photo.png', type: 'image/png' })).toBe(false);
  });

  it('takes everything where no list is given (Attach a file…)', () => {
    expect(accepts(undefined, { name: 'x.smtplab.json', type: 'application/json' })).toBe(true);
  });
});
