import type { ValidationError } from '../../core/lessons/index';

/** Why a lesson file or link was refused: each wrong field by its path, as the validator named it. */
export function LessonProblems({ errors }: { errors: readonly ValidationError[] }) {
  return (
    <ul className="import-errors" aria-label="Problems">
      {errors.slice(0, 12).map((e, i) => (
        <li key={i}>
          {e.path ? (
            <>
              <code>{e.path}</code> {e.message}
            </>
          ) : (
            e.message
          )}
        </li>
      ))}
      {errors.length > 12 && <li>and {errors.length - 12} more.</li>}
    </ul>
  );
}
