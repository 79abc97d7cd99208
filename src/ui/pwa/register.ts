// Registers the service worker (production builds only: the dev server has
// no dist/sw.js) and reports when a new build is waiting, so the page can
// offer `Reload to update`. The first install is silent: nothing was cached
// before, so there is nothing to update.
export type UpdateReady = { apply(): void };

export function registerServiceWorker(onUpdate: (update: UpdateReady) => void): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const sw = navigator.serviceWorker;
  let reloading = false;
  const offer = (worker: ServiceWorker) =>
    onUpdate({
      apply: () => {
        sw.addEventListener('controllerchange', () => {
          if (reloading) return;
          reloading = true;
          window.location.reload();
        });
        worker.postMessage({ type: 'skip-waiting' });
      },
    });
  sw.register('./sw.js')
    .then((reg) => {
      if (reg.waiting && sw.controller) offer(reg.waiting);
      reg.addEventListener('updatefound', () => {
        const next = reg.installing;
        next?.addEventListener('statechange', () => {
          if (next.state === 'installed' && sw.controller) offer(next);
        });
      });
    })
    // Offline support is an extra: a browser that refuses it (private mode, a file:// page) still runs the app.
    .catch(() => undefined);
}
