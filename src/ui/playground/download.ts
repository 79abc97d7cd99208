// Saves bytes as a file through a short-lived blob URL: the bytes never
// become markup and nothing leaves the page. The name may come from a
// message, so it is cleaned first.
import { removeBidiControls } from '../../core/mime/bidi';
export function download(bytes: Uint8Array, filename: string, type = 'application/octet-stream'): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = safeFilename(filename);
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function readFile(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

/**
 * A file name from a message, made fit to save: only its last path segment,
 * no control characters, no bidi controls (a right-to-left override makes
 * "\u202Efdp.exe" look like "exe.pdf"), no leading dots (a hidden file, or "..").
 */
export function safeFilename(name: string): string {
  const last = removeBidiControls(name).split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = last.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').replace(/^[.\s]+/, '').trim();
  return clean.slice(0, 200) || 'download';
}
