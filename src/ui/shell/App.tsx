import { useEffect } from 'react';
import { Header } from './Header';
import { useRoute } from './useRoute';
import { SimulatorPage } from '../pages/SimulatorPage';
import { PlaygroundPage } from '../pages/PlaygroundPage';
import { LessonsPage } from '../pages/LessonsPage';
import { PLACES } from './routes';

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
        {route.place === 'simulator' && <SimulatorPage />}
        {route.place === 'playground' && <PlaygroundPage />}
        {route.place === 'lessons' && <LessonsPage />}
      </main>
    </div>
  );
}
