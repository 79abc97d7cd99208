import { lazy, Suspense, useEffect } from 'react';
import { Header } from './Header';
import { useRoute } from './useRoute';
import { PlaygroundPage } from '../pages/PlaygroundPage';
import { LessonsPage } from '../pages/LessonsPage';
import { PLACES } from './routes';

// The simulator pulls in the world, the store and (later still) xterm.js: a
// chunk of its own keeps the first paint of every place light.
const SimulatorPage = lazy(() => import('../pages/SimulatorPage').then((m) => ({ default: m.SimulatorPage })));

export function App() {
  const route = useRoute();
  const label = PLACES.find((p) => p.id === route.place)?.label ?? '';

  useEffect(() => {
    document.title = `${label} · SMTP Lab`;
  }, [label]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header current={route.place} />
      <main id="main" className="app-main" tabIndex={-1}>
        {route.place === 'simulator' && (
          <Suspense fallback={<p className="page-loading">Loading the simulator…</p>}>
            <SimulatorPage />
          </Suspense>
        )}
        {route.place === 'playground' && <PlaygroundPage />}
        {route.place === 'lessons' && <LessonsPage />}
      </main>
    </div>
  );
}
