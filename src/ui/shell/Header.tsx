import { PLACES, type Place } from './routes';
import { TextSize } from './TextSize';

export function Header({ current }: { current: Place }) {
  return (
    <header className="app-header">
      <a className="brand" href="#/simulator" aria-label="SMTP Lab home">
        <svg aria-hidden="true" viewBox="0 0 32 32" width="24" height="24">
          <rect width="32" height="32" rx="6" fill="currentColor" />
          <path d="M6 10h20v12H6zM6 10l10 7 10-7" fill="none" stroke="var(--bg)" strokeWidth="2" />
        </svg>
        <span>SMTP Lab</span>
      </a>
      <nav aria-label="Main">
        <ul>
          {PLACES.map((p) => (
            <li key={p.id}>
              <a href={p.path} aria-current={p.id === current ? 'page' : undefined}>
                {p.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <TextSize />
    </header>
  );
}
