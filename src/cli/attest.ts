// `attest`: from a running enclave's own report back to the release that recorded its compose
// hash (README: Verify a running enclave). The checks are the core's; this reads the inputs and
// the releases directory and says what the outcome means.
import { resolve } from 'node:path';
import { attest, type AttestOutcome, type AttestRelease } from '../core/attest/attest.js';
import { InputError } from '../core/errors.js';
import { MAX_INPUT_BYTES } from '../core/limits.js';
import { readAllReleases, type StoredRelease } from '../store/releases.js';
import { decodeUtf8, readInputFile } from '../workspace/files.js';
import { print, stringOption, warn, type Context } from './context.js';
import { imagesTable } from './records.js';
import { fields, table } from './table.js';

interface Release extends AttestRelease {
  readonly stored: StoredRelease;
}

const INPUT_KINDS = {
  info: 'a guest agent Info() answer',
  tcb_info: 'a tcb_info document',
  get_quote: 'a GetQuote() answer',
} as const;

async function readDocument(ctx: Context, file: string): Promise<{ text: string; name: string }> {
  if (file === '-') {
    if (!ctx.io.stdin) throw new InputError('stdin', 'standard input cannot be read here');
    const bytes = await ctx.io.stdin();
    if (bytes.byteLength > MAX_INPUT_BYTES) {
      throw new InputError('stdin', `over ${MAX_INPUT_BYTES} bytes; refused`);
    }
    return { text: decodeUtf8(bytes, 'stdin', 'standard input'), name: 'stdin' };
  }
  const bytes = await readInputFile(resolve(ctx.io.cwd, file), file);
  return { text: decodeUtf8(bytes, file, file), name: file };
}

/** A quote file holds hex text (as dstack's GetQuote gives it) or the quote's raw bytes. */
async function readQuote(
  ctx: Context,
  file: string,
): Promise<{ data: string | Uint8Array; name: string }> {
  const bytes = await readInputFile(resolve(ctx.io.cwd, file), '--quote');
  const text = bytes.toString('latin1');
  return { data: /^\s*(0x)?[0-9a-fA-F\s]*$/.test(text) ? text : new Uint8Array(bytes), name: file };
}

export async function run(ctx: Context): Promise<number> {
  const document = await readDocument(ctx, ctx.args[0] ?? '');
  const quoteFile = stringOption(ctx, 'quote');
  const quote = quoteFile === undefined ? undefined : await readQuote(ctx, quoteFile);
  const { releases: stored, unreadable } = readAllReleases(ctx.dir);
  for (const bad of unreadable) warn(ctx, `skipped ${bad.file}: ${bad.problem}`);
  const releases: Release[] = stored.map((s) => ({
    version: s.record.version,
    tag: s.record.tag,
    commit: s.record.git?.commit ?? null,
    compose_hash: s.record.compose_hash,
    stored: s,
  }));
  const outcome = attest({ document: document.text, documentName: document.name, quote, releases });
  print(ctx, outcome.result, () => verdictText(ctx, document.name, outcome));
  return outcome.result.ok ? 0 : 1;
}

function verdictText(ctx: Context, name: string, outcome: AttestOutcome<Release>): string {
  const { result } = outcome;
  const failed = result.checks.filter((c) => !c.ok).map((c) => c.name);
  const match = outcome.releases[0];
  const lines: string[] = [];
  if (result.ok && match) {
    lines.push(`VERIFIED: this enclave runs release v${match.version}; every check holds.`);
  } else if (failed.length === 1 && failed[0] === 'release') {
    lines.push(
      result.compose_hash === null
        ? 'NOT VERIFIED: the attestation names no compose hash to look up.'
        : `NOT VERIFIED: the attestation holds, but no release in ${ctx.dir} recorded compose hash ${result.compose_hash}.`,
    );
  } else {
    lines.push(
      `NOT VERIFIED: ${failed.join(', ')} failed; do not trust what this enclave says it runs.`,
    );
  }
  lines.push('');
  const source = `${INPUT_KINDS[outcome.input]} (${name})${outcome.quotes.length > 0 ? `, with ${outcome.quotes.map((q) => q.source).join(' and ')}` : ''}`;
  const facts: [string, string][] = [
    ['input', source],
    ['compose hash', result.compose_hash ?? '-'],
  ];
  if (match) {
    const r = match.stored.record;
    facts.push(
      ['release', `v${r.version} (tag ${r.tag}, recorded ${r.created_at})`],
      [
        'commit',
        r.git ? `${r.git.commit} (${r.git.ref})` : '- (recorded outside a git repository)',
      ],
      ['repository', r.repository ?? '-'],
      ['record', match.stored.file],
    );
    const others = outcome.releases.slice(1).map((o) => `v${o.version}`);
    if (others.length > 0) facts.push(['also recorded by', others.join(', ')]);
  }
  lines.push(fields(facts));
  if (match) lines.push('', imagesTable(match.stored.record));
  lines.push(
    '',
    table(
      ['RESULT', 'CHECK', 'DETAIL'],
      result.checks.map((c) => [c.ok ? 'ok' : 'FAIL', c.name, c.detail]),
    ),
  );
  const section = (title: string, items: readonly string[]): void => {
    if (items.length > 0) lines.push('', title, ...items.map((item) => `  - ${item}`));
  };
  section('Proved:', outcome.proved);
  section('Not proved:', outcome.notProved);
  section('Notes:', outcome.notes);
  return lines.join('\n');
}
