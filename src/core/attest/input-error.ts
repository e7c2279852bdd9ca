/**
 * Attestation input that cannot be read: not JSON, not one of the document shapes, bad hex, a
 * truncated quote. Distinct from a failed check (the document was read and something in it does
 * not hold), because the CLI exits 2 for this and 1 for that.
 */
export class AttestInputError extends Error {
  override name = 'AttestInputError';
  /** `input` names the culprit: a file name, `stdin`, or a field inside one (`x.json: event_log[3]`). */
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`${input}: ${message}`);
  }
}
