// The session export as one .zip. fflate (about 8 KB gzipped for zip alone)
// is imported only when someone exports, so the first load never pays for
// it; text files are deflated, and files that are already dense are stored.
import type { ExportFile } from '../../core/share/index';

/** The files as a zip archive, with the folder prefix the archive unpacks to. */
export async function zipFiles(files: readonly ExportFile[], folder: string): Promise<Uint8Array> {
  const { zipSync } = await import('fflate');
  const tree: Record<string, Uint8Array> = {};
  for (const f of files) tree[`${folder}/${f.path}`] = f.bytes;
  // A fixed time: the same session zips to the same bytes.
  return zipSync(tree, { level: 6, mtime: new Date(Date.UTC(2026, 0, 1)) });
}
