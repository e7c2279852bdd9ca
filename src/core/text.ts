// How values are written into sentences and records, the same wherever they appear.

/** `a`, `a and b`, `a, b and c`; '' for none. */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A UTC timestamp without milliseconds, as in the record's `created_at`. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
