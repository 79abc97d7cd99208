import { problemCount, type CodecError } from '../../core';

/** Entries drawn at most; the core already merges runs and caps its list. */
const SHOWN = 200;

function where(e: CodecError): string {
  if (e.end === undefined || e.end <= e.offset + 1) return `at ${e.offset}`;
  return `at ${e.offset}–${e.end - 1}`;
}

/** What a strict decoder would reject, each at its position; the lenient result is shown beside. */
export function ErrorList({ id, errors, onFocus }: { id: string; errors: CodecError[]; onFocus(e: CodecError | undefined): void }) {
  if (errors.length === 0) return null;
  const shown = errors.slice(0, SHOWN);
  const total = problemCount(errors);
  const hidden = problemCount(errors.slice(SHOWN));
  return (
    <div className="pg-errors" id={id} role="region" aria-label="Errors">
      <h3>
        {total === 1 ? '1 problem' : `${total.toLocaleString('en')} problems`} a strict decoder would reject
      </h3>
      <ul>
        {shown.map((e, i) => (
          <li key={i}>
            <button type="button" onMouseEnter={() => onFocus(e)} onFocus={() => onFocus(e)} onMouseLeave={() => onFocus(undefined)} onBlur={() => onFocus(undefined)}>
              <span className="pg-at">{where(e)}</span> {e.message}
              {e.count !== undefined && e.count > 1 && <span className="pg-count"> ×{e.count.toLocaleString('en')}</span>}
            </button>
          </li>
        ))}
      </ul>
      {hidden > 0 && <p>… and {hidden.toLocaleString('en')} more.</p>}
    </div>
  );
}
