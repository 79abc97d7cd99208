import { lazy, Suspense, useEffect } from 'react';
import { Header } from './Header';
import { useRoute } from './useRoute';
import { isAudienceHash, PLACES } from './routes';
import { UpdatePrompt } from '../pwa/UpdatePrompt';
import { SavedStateNotice } from './SavedStateNotice';

// The playground (codecs, MIME, its worker) loads only when visited.
const PlaygroundPage = lazy(() => import('../pages/PlaygroundPage').then((m) => ({ default: m.PlaygroundPage })));

// The simulator pulls in the world, the store and (later still) xterm.js: a
// chunk of its own keeps the first paint of every place light.
const SimulatorPage = lazy(() => import('../pages/SimulatorPage').then((m) => ({ default: m.SimulatorPage })));
const AudienceWindow = lazy(() => import('../presenter/AudienceWindow').then((m) => ({ default: m.AudienceWindow })));

// The course and its runner (the lessons, the check evaluator) load only on the Lessons page.
const LessonsPage = lazy(() => import('../pages/LessonsPage').then((m) => ({ default: m.LessonsPage })));

export function App() {
  // The presenter's audience window: the projector's view alone, no header, no navigation.
  if (isAudienceHash(window.location.hash)) return <Suspense fallback={null}><AudienceWindow /></Suspense>;
  return <Places />;
}

function Places() {
  const route = useRoute();
  const label = PLACES.find((p) => p.id === route.place)?.label ?? '';

  useEffect(() => {
    document.title = `${label} · SMTP Lab`;
  }, [label]);

  return (
    <div className={route.place === 'simulator' || (route.place === 'lessons' && route.rest.length > 0) ? 'app app-fixed' : 'app'}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header current={route.place} />
      <main id="main" className="app-main" tabIndex={-1}>
        <SavedStateNotice />
        {route.place === 'simulator' && (
          <Suspense fallback={<p className="page-loading">Loading the simulator…</p>}>
            <SimulatorPage />
          </Suspense>
        )}
        {route.place === 'playground' && (
          <Suspense fallback={<p className="app-loading">Loading the playground…</p>}>
            <PlaygroundPage />
          </Suspense>
        )}
        {route.place === 'lessons' && (
          <Suspense fallback={<p className="app-loading">Loading the lessons…</p>}>
            <LessonsPage />
          </Suspense>
        )}
      </main>
      <UpdatePrompt />
    </div>
  );
}
