/** Times as GitHub writes them: ISO 8601 to the second, in UTC (`2024-01-01T00:00:00Z`). */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function now(): string {
  return isoSeconds(new Date());
}
