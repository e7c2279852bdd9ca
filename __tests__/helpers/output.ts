/**
 * Collects what the process writes to stdout and stderr (where @actions/core sends its commands and
 * warnings) until `restore()`, so a test can assert what was printed, e.g. that a token never was.
 */
export function captureOutput(): { readonly text: () => string; restore(): void } {
  const chunks: string[] = [];
  const originals = [process.stdout.write, process.stderr.write] as const;
  const capture = (chunk: unknown): boolean => {
    chunks.push(
      typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'),
    );
    return true;
  };
  process.stdout.write = capture as typeof process.stdout.write;
  process.stderr.write = capture as typeof process.stderr.write;
  return {
    text: () => chunks.join(''),
    restore() {
      [process.stdout.write, process.stderr.write] = originals;
    },
  };
}
