import type { Direction } from '../../store/playgroundStore';

/** The `Decode` / `Encode` radio group every explorer has; Decode is the default. */
export function DirectionSwitch({ name, value, onChange }: { name: string; value: Direction; onChange(d: Direction): void }) {
  return (
    <fieldset className="pg-switch">
      <legend>Direction</legend>
      {(['decode', 'encode'] as const).map((d) => (
        <label key={d} className={value === d ? 'on' : undefined}>
          <input type="radio" name={`${name}-direction`} value={d} checked={value === d} onChange={() => onChange(d)} />
          {d === 'decode' ? 'Decode' : 'Encode'}
        </label>
      ))}
    </fieldset>
  );
}
