/**
 * Text a remote server chose (a registry's error message, an HTTP reason phrase) on its way into
 * one of this tool's messages: control characters, which could rewrite a terminal line or forge a
 * log command, and bidirectional overrides, which could make text read backwards, are dropped;
 * whitespace runs become one space; and the length is bounded, so a server cannot flood a message.
 */

/** C0 and C1 controls, DEL, and the Unicode bidirectional embeddings, overrides and isolates. */
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` made safe to show: at most `max` characters (code points), an ellipsis marking a cut. */
export function remoteText(text: string, max: number): string {
  const clean = text.replace(UNSAFE, '').replace(/\s+/g, ' ').trim();
  const chars = [...clean];
  return chars.length <= max ? clean : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}
