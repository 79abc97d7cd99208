import { describe, expect, it } from 'vitest';
import { coreDraft } from './simulatorDraft';
import { EMPTY_DRAFT } from './simulatorCompose';

describe('coreDraft', () => {
  it('splits address fields and keeps Bcc apart', () => {
    const d = coreDraft({ ...EMPTY_DRAFT, to: 'bob@bob.example, carol@bob.example', bcc: ' staff@bob.example ' });
    expect(d.to).toEqual(['bob@bob.example', 'carol@bob.example']);
    expect(d.bcc).toEqual(['staff@bob.example']);
    expect(d.cc).toEqual([]);
  });

  it('reads one extra header a line and skips lines without a name', () => {
    const d = coreDraft({ ...EMPTY_DRAFT, extraHeaders: 'X-Course: Networks 101\nnonsense\n: empty\nX-Empty:' });
    expect(d.headers).toEqual([
      { name: 'X-Course', value: 'Networks 101' },
      { name: 'X-Empty', value: '' },
    ]);
  });

  it('turns saved attachments back into bytes', () => {
    const d = coreDraft({ ...EMPTY_DRAFT, attachments: [{ name: 'a.txt', type: 'text/plain', data: btoa('hi\u00ff') }] });
    expect(d.attachments?.[0]).toEqual({ filename: 'a.txt', contentType: 'text/plain', content: Uint8Array.from([104, 105, 255]) });
  });
});
