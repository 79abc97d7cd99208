import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMessage } from './parse';
import { preferredAlternative } from './alternative';

const sample = (name: string) => new Uint8Array(readFileSync(resolve(__dirname, '../../../public/samples', name)));

describe('preferredAlternative (RFC 2046 §5.1.4)', () => {
  const { root } = parseMessage(sample('alternative-html.eml'));

  it('takes the last part the reader accepts', () => {
    expect(preferredAlternative(root)!.contentType).toBe('text/html');
    expect(preferredAlternative(root, ['text/plain'])!.contentType).toBe('text/plain');
    expect(preferredAlternative(root, ['text/*'])!.contentType).toBe('text/html');
    expect(preferredAlternative(root, ['image/png'])).toBeUndefined();
    expect(preferredAlternative(root.children[0]!)).toBeUndefined();
  });
});
