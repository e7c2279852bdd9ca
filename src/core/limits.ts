/**
 * Inputs (compose files, metadata, templates) are small text files: anything bigger is refused
 * rather than read or parsed, so a hostile input cannot exhaust the runner.
 */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;
