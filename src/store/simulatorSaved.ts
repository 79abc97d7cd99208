// The shape of a person's saved acts, checked before a reload replays them:
// an input that is not one the store could have written is dropped alone.
import { DRAFT_SHAPE } from './simulatorCompose';
import { arrayOf, isBoolean, isFiniteNumber, isRecord, isString, own, shape, type Check } from './savedState';
import type { SavedInput } from './simulator';

const isDraft = shape(DRAFT_SHAPE);

// A fault switch: each present key a boolean, a number or a list of names, as Faults has them.
const isFaultChange = (v: unknown): boolean =>
  isRecord(v) && Object.values(v).every((x) => isBoolean(x) || isFiniteNumber(x) || isString(x) || arrayOf(isString)(x));

export const isSavedInput: Check<SavedInput> = (v): v is SavedInput => {
  if (!isRecord(v) || !isString(own(v, 'host'))) return false;
  switch (own(v, 'type')) {
    case 'shell':
      return isString(own(v, 'line'));
    case 'compose':
      return isDraft(own(v, 'form'));
    case 'submit':
      return isString(own(v, 'content'));
    case 'faults':
      return isFaultChange(own(v, 'faults'));
    default:
      return false;
  }
};
