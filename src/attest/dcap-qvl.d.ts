// The parts of @phala/dcap-qvl (CommonJS, types only for its index) that are imported one file
// at a time, so the bundle leaves out its collateral fetcher and the fetch polyfill behind it.
declare module '@phala/dcap-qvl/src/verify.js' {
  interface VerifiedReport {
    readonly status: string;
    readonly advisory_ids: string[];
  }
  export function verify(rawQuote: Buffer, collateral: object, nowSecs: number): VerifiedReport;
}

declare module '@phala/dcap-qvl/src/quote.js' {
  export class Quote {
    static parse(quoteBytes: Buffer): Quote;
    rawCertChain(): Uint8Array;
  }
}

declare module '@phala/dcap-qvl/src/intel.js' {
  import type { Quote } from '@phala/dcap-qvl/src/quote.js';
  export function getFmspc(quote: Quote): Uint8Array;
}
