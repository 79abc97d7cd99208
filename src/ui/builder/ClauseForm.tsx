// One clause of a step's check as a form (issue 16 §2: never raw JSON): its
// sentence as the legend, a field per key the clause kind has. A clause
// that is not a leaf (an `any`, a `then` from a built-in lesson) shows its
// sentence only: it can be removed, and pinned again in parts.
import { useId } from 'react';
import {
  CLAUSE_FIELDS,
  COUNT_MODES,
  FIELD_FAULTS,
  FIELD_HOSTS,
  FIELD_LAYERS,
  countField,
  countOf,
  readField,
  sentence,
  writeField,
  type Check,
  type ClauseField,
  type Count,
  type CountMode,
  type LeafClause,
} from '../../core/lessons/index';
import { TextField } from './TextField';

type Props = { clause: Check; n: number; onChange(c: Check): void; onRemove(): void };

const isLeaf = (c: Check): c is LeafClause & { says?: string } => Object.hasOwn(CLAUSE_FIELDS, c.type);

export function ClauseForm({ clause, n, onChange, onRemove }: Props) {
  const id = useId();
  return (
    <fieldset className="bd-clause">
      <legend>
        Clause {n}: {sentence(clause)}
      </legend>
      {isLeaf(clause) ? (
        <div className="bd-fields">
          {CLAUSE_FIELDS[clause.type].map((f) => (
            <Field key={f.key} id={`${id}-${f.key}`} field={f} clause={clause} onChange={onChange} />
          ))}
        </div>
      ) : (
        <p className="bd-note">A {clause.type} of several clauses, kept as the lesson had it.</p>
      )}
      <button type="button" onClick={onRemove}>
        Remove clause {n}
      </button>
    </fieldset>
  );
}

const OPTIONS: Partial<Record<ClauseField['kind'], readonly string[]>> = { host: FIELD_HOSTS, layer: FIELD_LAYERS, fault: FIELD_FAULTS, flag: ['yes', 'no'] };

function Field({ id, field, clause, onChange }: { id: string; field: ClauseField; clause: LeafClause; onChange(c: Check): void }) {
  if (field.kind === 'count') {
    const value = (clause as Record<string, unknown>)[field.key.split('.')[0]!];
    const shown = countField((field.key.includes('.') ? (value as Record<string, Count> | undefined)?.[field.key.split('.')[1]!] : value) as Count | undefined);
    const set = (mode: CountMode, n: string) => onChange(writeField(clause, field, n, countOf(mode, n)));
    return (
      <div className="bd-field">
        <label htmlFor={id}>{field.label}</label>
        <span className="bd-count">
          <select aria-label={`${field.label}: how`} value={shown.mode} onChange={(e) => set(e.target.value as CountMode, shown.n)}>
            {COUNT_MODES.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
          <input id={id} type="number" min={0} value={shown.n} placeholder="any" onChange={(e) => set(shown.mode, e.target.value)} />
        </span>
      </div>
    );
  }
  const options = OPTIONS[field.kind];
  const value = readField(clause, field);
  const set = (text: string) => onChange(writeField(clause, field, text));
  return (
    <div className="bd-field">
      <label htmlFor={id}>{field.label}</label>
      {options ? (
        <select id={id} value={value} onChange={(e) => set(e.target.value)}>
          <option value="">any</option>
          {options.map((o) => (
            <option key={o}>{o}</option>
          ))}
        </select>
      ) : (
        <TextField id={id} value={value} placeholder="any" onChange={set} />
      )}
    </div>
  );
}

