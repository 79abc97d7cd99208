// The samples one click away.
import { useEffect, useState } from 'react';
import { loadSamples, type Sample } from './samples';

export function SamplesList({ current, onPick }: { current?: string; onPick(file: string): void }) {
  const [samples, setSamples] = useState<Sample[]>([]);
  useEffect(() => {
    let live = true;
    loadSamples().then((s) => live && setSamples(s), () => undefined);
    return () => {
      live = false;
    };
  }, []);
  if (samples.length === 0) return null;
  return (
    <nav className="pg-samples" aria-label="Samples">
      <h2>Samples</h2>
      <ul>
        {samples.map((s) => (
          <li key={s.file}>
            <button type="button" aria-pressed={current === s.file} title={s.description} onClick={() => onPick(s.file)}>
              {s.title}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
