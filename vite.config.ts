import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { defineConfig, transformWithOxc, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** Every file under `dir`, as a path relative to it with forward slashes. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'));
}

/**
 * Offline (issue 15 §3): the web app manifest and icons linked from the
 * page, and dist/sw.js compiled from src/ui/pwa/sw.ts with the list of every
 * file the build wrote (source maps aside) and a hash of their contents, so
 * a new build is a new cache. Hand-written rather than a plugin: see the
 * README's "Offline" section.
 */
function offline(): Plugin {
  let outDir = 'dist';
  return {
    name: 'smtp-lab-offline',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    transformIndexHtml() {
      return [
        { tag: 'link', attrs: { rel: 'manifest', href: './manifest.webmanifest' }, injectTo: 'head' },
        { tag: 'meta', attrs: { name: 'theme-color', content: '#1f6feb' }, injectTo: 'head' },
        { tag: 'link', attrs: { rel: 'apple-touch-icon', href: './icons/icon-192.png' }, injectTo: 'head' },
      ];
    },
    async closeBundle() {
      const files = filesUnder(outDir).filter((f) => f !== 'sw.js' && !f.endsWith('.map'));
      const hash = createHash('sha256');
      for (const f of files.sort()) hash.update(f).update('\0').update(readFileSync(join(outDir, f)));
      const source = await transformWithOxc(readFileSync('src/ui/pwa/sw.ts', 'utf8'), 'sw.ts', { lang: 'ts' });
      // A classic worker script: the module marker only kept `self` local to the file for the type-checker.
      const body = source.code.replace(/^export \{\s*\};?\s*$/m, '');
      const head = `const PRECACHE = ${JSON.stringify(files)};\nconst VERSION = ${JSON.stringify(hash.digest('hex').slice(0, 16))};\n`;
      writeFileSync(join(outDir, 'sw.js'), head + body);
    },
  };
}

// Relative base so `npm run build` makes a folder any static host can serve
// from any path.
export default defineConfig({
  base: './',
  plugins: [react(), offline()],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
  build: { target: 'es2022', sourcemap: true },
  worker: { format: 'es' },
});
