// SMTP Lab's service worker: after one visit every page works offline.
// Not bundled with the app: vite.config.ts (the `offline` plugin) compiles
// this file to dist/sw.js at build and puts PRECACHE (every file the build
// wrote: chunks, xterm, workers, CSS, icons, samples) and VERSION (a hash of
// their contents) in front of it. A new build is a new VERSION: the browser
// installs it beside the old one, the page offers `Reload to update`, and
// the old cache is dropped once the new worker takes over.
export {};

declare const PRECACHE: readonly string[];
declare const VERSION: string;

// The few ServiceWorkerGlobalScope types used here (the app's tsconfig
// carries the DOM lib, which cannot be mixed with the WebWorker lib).
type ExtendableEvent = Event & { waitUntil(p: Promise<unknown>): void };
type FetchEvent = ExtendableEvent & { request: Request; respondWith(r: Promise<Response>): void };
type MessageEvent_ = ExtendableEvent & { data: unknown };
declare const self: {
  addEventListener(type: 'install' | 'activate', f: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', f: (e: FetchEvent) => void): void;
  addEventListener(type: 'message', f: (e: MessageEvent_) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  registration: { scope: string };
};

const PREFIX = 'smtp-lab-';
const CACHE = `${PREFIX}${VERSION}`;
/** Every page is index.html with a hash route (src/ui/shell/routes.ts). */
const SHELL = new URL('index.html', self.registration.scope).href;

self.addEventListener('install', (e) => {
  // `cache: 'reload'`: straight from the server, never a stale HTTP-cached copy under the new version's name.
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(PRECACHE.map((p) => new Request(new URL(p, self.registration.scope), { cache: 'reload' })))));
});

self.addEventListener('activate', (e) => {
  e.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page's `Reload to update`: the waiting worker takes over at once.
self.addEventListener('message', (e) => {
  if ((e.data as { type?: string } | null)?.type === 'skip-waiting') void self.skipWaiting();
});

self.addEventListener('fetch', (e) => {
  const req = e.request;
  if (req.method !== 'GET' || !req.url.startsWith(self.registration.scope)) return;
  const key = req.mode === 'navigate' ? SHELL : req.url;
  e.respondWith(
    caches
      .open(CACHE)
      .then((c) => c.match(key, { ignoreSearch: req.mode === 'navigate' }))
      .then((hit) => hit ?? fetch(req)),
  );
});
