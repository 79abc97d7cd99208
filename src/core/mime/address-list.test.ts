import { describe, expect, it } from 'vitest';
import { addressList } from './address-list';

describe('addressList (RFC 5322 §3.4)', () => {
  it('splits on commas outside quotes, brackets and comments', () => {
    expect(addressList('"Doe, Jane" <jane@x.example>, bob@bob.example (Bob, at home), <carol@bob.example>')).toEqual([
      '"Doe, Jane" <jane@x.example>',
      'bob@bob.example',
      '<carol@bob.example>',
    ]);
  });

  it('a group stands for its members; an empty group for none', () => {
    expect(addressList('Team: a@x.example, b@x.example;, c@x.example')).toEqual(['a@x.example', 'b@x.example', 'c@x.example']);
    expect(addressList('undisclosed-recipients:;')).toEqual([]);
  });

  it('keeps quoted-pairs and nested comments, and never throws on broken syntax', () => {
    expect(addressList('"a\\"b" <ab@x.example> (one (two) three)')).toEqual(['"a\\"b" <ab@x.example>']);
    expect(addressList('"unclosed <x@y>, z@w')).toEqual(['"unclosed <x@y>, z@w']);
    expect(addressList('')).toEqual([]);
  });
});
