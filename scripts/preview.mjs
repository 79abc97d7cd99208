// `vite preview` of a build on a free port, shared by the e2e runner and the
// benches: a dev server or another run on a fixed port never gets in the way.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A TCP port nothing listens on now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, child) {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error('vite preview exited');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

/**
 * Serves the build in `outDir` (vite's default, dist, when not given) from
 * `root`, calls `fn` with its URL once it answers, and stops the server, its
 * whole process group, however `fn` ends.
 */
export async function withPreview(root, fn, { outDir } = {}) {
  const port = await freePort();
  const args = ['vite', 'preview', ...(outDir ? ['--outDir', outDir] : []), '--host', '127.0.0.1', '--port', String(port), '--strictPort'];
  const child = spawn('npx', args, { cwd: root, stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitForServer(url, child);
    return await fn(url);
  } finally {
    if (child.pid && child.exitCode === null) process.kill(-child.pid);
  }
}
