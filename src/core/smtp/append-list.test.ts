import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { append, emptyList, firstItem, itemAt, listItems, type AppendList } from './append-list';

describe('AppendList', () => {
  it('behaves as an immutable list whatever earlier version is appended to', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 400 }), (picks) => {
        const versions: { list: AppendList<number>; model: number[] }[] = [{ list: emptyList(), model: [] }];
        picks.forEach((p, i) => {
          // Mostly the newest version, sometimes an older one (a replay).
          const from = p % 4 ? versions.at(-1)! : versions[p % versions.length]!;
          versions.push({ list: append(from.list, i), model: [...from.model, i] });
        });
        for (const v of versions) {
          expect(listItems(v.list)).toEqual(v.model);
          expect(v.list.length).toBe(v.model.length);
          expect(firstItem(v.list)).toBe(v.model[0]);
          for (let i = -1; i <= v.model.length; i++) expect(itemAt(v.list, i)).toBe(v.model[i]);
        }
      }),
    );
  });

  it('holds 100,000 items and survives structuredClone', () => {
    let list = emptyList<number>();
    for (let i = 0; i < 100_000; i++) list = append(list, i);
    expect(listItems(structuredClone(list))).toHaveLength(100_000);
  });
});
