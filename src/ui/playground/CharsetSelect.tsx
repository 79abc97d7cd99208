import { CHARSETS } from '../../store/playgroundCodecs';

const NAMES: Record<string, string> = {
  'utf-8': 'UTF-8',
  'iso-8859-1': 'ISO-8859-1 (Latin-1)',
  'iso-8859-15': 'ISO-8859-15 (Latin-9)',
  'windows-1252': 'Windows-1252',
  'us-ascii': 'US-ASCII',
};

/** The charset of the decoded side: how its bytes become characters (RFC 2046 §4.1.2). */
export function CharsetSelect({ id, value, onChange }: { id: string; value: string; onChange(c: string): void }) {
  const known = (CHARSETS as readonly string[]).includes(value);
  return (
    <label className="pg-charset" htmlFor={id}>
      Charset
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {!known && <option value={value}>{value}</option>}
        {CHARSETS.map((c) => (
          <option key={c} value={c}>
            {NAMES[c] ?? c}
          </option>
        ))}
      </select>
    </label>
  );
}
