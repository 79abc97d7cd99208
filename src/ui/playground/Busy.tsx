// Progress for work slower than a blink: shown only after 120 ms, so quick
// results never flash a spinner.
import { useEffect, useState } from 'react';

export function Busy({ active, label }: { active: boolean; label: string }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!active) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), 120);
    return () => clearTimeout(timer);
  }, [active]);
  if (!active || !shown) return null;
  return (
    <div className="pg-busy" role="status">
      <progress aria-label={label} />
      <span>{label}</span>
    </div>
  );
}
