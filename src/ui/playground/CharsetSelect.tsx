import { CHARSETS } from '../../store/playgroundCodecs';

const NAMES: Record<string, string> = {
  auto: 'Auto (UTF-8, else Windows-1252)',
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

/** Which charset Auto chose and why, and the other reading one click away. */
export function AutoCharsetNote({ chosen, other, onPick }: { chosen: string; other: { charset: string; text: string } | undefined; onPick(c: string): void }) {
  const why = chosen === 'utf-8' ? 'the bytes are valid UTF-8' : 'the bytes are not valid UTF-8';
  return (
    <div className="pg-auto" role="status">
      <p className="pg-hint">
        Auto: read as <b>{NAMES[chosen] ?? chosen}</b> ({why}).
      </p>
      {other && (
        <details className="pg-other-reading">
          <summary>Read as {NAMES[other.charset] ?? other.charset}</summary>
          <pre className="pg-text">{other.text}</pre>
          <button type="button" className="pg-link" onClick={() => onPick(other.charset)}>
            Use {NAMES[other.charset] ?? other.charset}
          </button>
        </details>
      )}
    </div>
  );
}
