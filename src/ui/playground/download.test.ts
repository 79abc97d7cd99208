import { describe, expect, it } from 'vitest';
import { safeFilename } from './download';

describe('safeFilename', () => {
  it('keeps an ordinary name', () => {
    expect(safeFilename('menu.pdf')).toBe('menu.pdf');
    expect(safeFilename('Café menu (1).pdf')).toBe('Café menu (1).pdf');
  });
  it('keeps only the last path segment', () => {
    expect(safeFilename('../../etc/passwd')).toBe('passwd');
    expect(safeFilename('C:\\Windows\\evil.bat')).toBe('evil.bat');
  });
  it('replaces control and reserved characters and drops leading dots', () => {
    expect(safeFilename('a\r\nb<c>.txt')).toBe('a__b_c_.txt');
    expect(safeFilename('.bashrc')).toBe('bashrc');
    expect(safeFilename('..')).toBe('download');
    expect(safeFilename('')).toBe('download');
  });
  it('removes bidi controls, so the saved name is the one a person can read', () => {
    expect(safeFilename('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(safeFilename('\u2067photo\u2069.jpg\u200F')).toBe('photo.jpg');
  });
});
