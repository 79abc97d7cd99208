// The few platform globals the core may use. They are WHATWG standards that
// browsers, workers and Node all provide, but they live in TypeScript's DOM
// lib, which the core's tsconfig leaves out on purpose (so that `document`
// or `Buffer` fail the type-check). Declared here, and nothing more.

interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}
interface TextDecodeOptions {
  stream?: boolean;
}
declare class TextDecoder {
  constructor(label?: string, options?: TextDecoderOptions);
  readonly encoding: string;
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: TextDecodeOptions): string;
}
declare class TextEncoder {
  constructor();
  readonly encoding: 'utf-8';
  encode(input?: string): Uint8Array;
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
}

/** HTML's structured clone (browsers, workers, Node ≥ 17): a deep copy that keeps Uint8Array as Uint8Array. */
declare function structuredClone<T>(value: T): T;
