import type { CodecError } from '../../core';

/** What a strict decoder would reject, each at its position; the lenient result is shown beside. */
export function ErrorList({ id, errors, onFocus }: { id: string; errors: CodecError[]; onFocus(e: CodecError | undefined): void }) {
  if (errors.length === 0) return null;
  const shown = errors.slice(0, 200);
  return (
    <div className="pg-errors" id={id} role="region" aria-label="Errors">
      <h3>
        {errors.length === 1 ? '1 problem' : `${errors.length.toLocaleString('en')} problems`} a strict decoder would reject
      </h3>
      <ul>
        {shown.map((e, i) => (
          <li key={i}>
            <button type="button" onMouseEnter={() => onFocus(e)} onFocus={() => onFocus(e)} onMouseLeave={() => onFocus(undefined)} onBlur={() => onFocus(undefined)}>
              <span className="pg-at">at {e.offset}</span> {e.message}
            </button>
          </li>
        ))}
      </ul>
      {errors.length > shown.length && <p>… and {errors.length - shown.length} more.</p>}
    </div>
  );
}
