/**
 * One `attest` run, from settings to the report: the one function the CLI and the attest action
 * both call. Reads (or fetches) the document and the files named in the settings, gets Intel's
 * collateral for each quote, has the DCAP verifiers check it, and lets the core's checks decide.
 * The report is exactly the CLI's `--json` document. A caller:
 *
 *   const settings = attestSettings(inputs, ACTION_NAMES, workspace, Math.floor(Date.now() / 1000));
 *   const { report, exitCode } = await runAttest(settings, { warn, limits });
 *
 * Input that cannot be read throws InputError naming the caller's input; everything else is in
 * the report.
 */
import { jsonSyntaxProblem } from '../core/json-parser.js';
import { attest, type AttestOutcome, type AttestReport } from '../core/attest/attest.js';
import type { AttestRelease } from '../core/attest/checks.js';
import { readCollateral, type CollateralFrom } from '../core/attest/collateral.js';
import {
  readAttestInput,
  readQuoteFile,
  type AttestDocument,
  type QuoteSource,
} from '../core/attest/document.js';
import { readOsMeasurements } from '../core/attest/os-measurements.js';
import type { QuoteSignature } from '../core/attest/tcb-status.js';
import { errorMessage, InputError } from '../core/errors.js';
import { MAX_INPUT_BYTES } from '../core/limits.js';
import { ATTEST_LIMITS, type RequestLimits } from '../core/time-limits.js';
import { publicGet, type PublicGet } from '../http/get-public.js';
import { BodyTooLargeError, readLimited, type ByteSource } from '../http/read-limited.js';
import { readableReleases, type StoredRelease } from '../store/releases.js';
import { decodeUtf8, readInputFile } from '../workspace/files.js';
import { pckIdentity, verifyQuote } from './dcap.js';
import { fetchCollateral } from './pccs.js';
import type { AttestSettings } from './settings.js';

export type { AttestReport } from '../core/attest/attest.js';

/** A recorded release, with its stored record for whoever shows more of it. */
export interface AttestedRelease extends AttestRelease {
  readonly stored: StoredRelease;
}

export interface AttestEffects {
  /** Standard input, for a document given as `-`. */
  readonly stdin?: () => ByteSource;
  readonly warn?: (message: string) => void;
  /** Each request's time limit and retries (tests shorten them). */
  readonly limits?: RequestLimits;
  readonly fetch?: typeof fetch;
}

export interface AttestRun {
  /** Exactly the `--json` document. */
  readonly report: AttestReport;
  readonly outcome: AttestOutcome<AttestedRelease>;
  /** 0 when the report is ok, else 1 (input that cannot be read throws InputError instead). */
  readonly exitCode: 0 | 1;
}

export async function runAttest(
  settings: AttestSettings,
  effects: AttestEffects = {},
): Promise<AttestRun> {
  const { names } = settings;
  const web = publicGet(effects.limits ?? ATTEST_LIMITS, effects.fetch ?? fetch);
  const releases = recordedReleases(settings, effects.warn ?? (() => undefined));
  const { text, name } = await readDocument(settings, effects, web);
  const input = readAttestInput(text, name);

  const extraQuote =
    settings.quoteFile === null ? null : await readQuote(settings.quoteFile, names.quote);
  if (extraQuote !== null && (input.instances.length > 1 || input.instances[0]?.quote)) {
    throw new InputError(
      names.quote,
      `${name} carries its own quote${input.instances.length > 1 ? 's' : ''}; a quote beside it would not say which`,
    );
  }
  const collateral = new CollateralFinder(settings, await readCollateralFile(settings), web);
  const osFile = settings.osMeasurementsFile;
  const osMeasurements =
    osFile === null
      ? null
      : {
          name: osFile.name,
          entries: readOsMeasurements(
            await readText(osFile, names.osMeasurements),
            names.osMeasurements,
          ),
        };
  const evidence = await Promise.all(
    input.instances.map(async (document) => {
      const quote = document.quote ?? extraQuote;
      return {
        quote,
        signature: quote === null ? null : await collateral.signatureOf(quote, document),
      };
    }),
  );
  const outcome = attest(input, evidence, releases, {
    allowTcb: settings.allowTcb,
    osMeasurements,
    reportData: settings.reportData,
    allowUnsigned: settings.allowUnsigned,
  });
  return { report: outcome.report, outcome, exitCode: outcome.report.ok ? 0 : 1 };
}

function recordedReleases(
  settings: AttestSettings,
  warn: (message: string) => void,
): AttestedRelease[] {
  return readableReleases(settings.releasesDir, warn, settings.names.releasesDir).map((stored) => ({
    version: stored.record.version,
    tag: stored.record.tag,
    commit: stored.record.git?.commit ?? null,
    compose_hash: stored.record.compose_hash,
    stored,
  }));
}

async function readDocument(
  settings: AttestSettings,
  effects: AttestEffects,
  web: PublicGet,
): Promise<{ text: string; name: string }> {
  const source = settings.document;
  const { names } = settings;
  if (source.kind === 'file')
    return { text: await readText(source, source.name), name: source.name };
  if (source.kind === 'stdin') {
    if (effects.stdin === undefined)
      throw new InputError('stdin', 'standard input cannot be read here');
    let bytes: Buffer;
    try {
      bytes = await readLimited(effects.stdin(), MAX_INPUT_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        throw new InputError(
          'stdin',
          `more than ${MAX_INPUT_BYTES} bytes (10 MiB); refused unread`,
        );
      }
      throw error;
    }
    return { text: decodeUtf8(bytes, 'stdin', 'standard input'), name: 'stdin' };
  }
  let answer: Response;
  try {
    answer = await web(source.url, MAX_INPUT_BYTES, 'application/json');
  } catch (error) {
    throw new InputError(names.url, errorMessage(error));
  }
  // Named without its query or fragment, which may carry a token.
  const name = `${source.url.origin}${source.url.pathname}`;
  return {
    text: decodeUtf8(new Uint8Array(await answer.arrayBuffer()), names.url, name),
    name,
  };
}

/** A small UTF-8 file the user named, refused with an error naming `where`. */
async function readText(file: { path: string; name: string }, where: string): Promise<string> {
  return decodeUtf8(await readInputFile(file.path, where), where, file.name);
}

async function readQuote(
  file: { path: string; name: string },
  where: string,
): Promise<QuoteSource> {
  return readQuoteFile(await readInputFile(file.path, where), file.name);
}

async function readCollateralFile(settings: AttestSettings): Promise<CollateralFrom | null> {
  const file = settings.collateralFile;
  if (file === null) return null;
  const where = settings.names.collateral;
  const text = await readText(file, where);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InputError(where, `${file.name} is not JSON: ${jsonSyntaxProblem(text)}`);
  }
  return { collateral: readCollateral(value, where), source: file.name };
}

/**
 * Intel's collateral for each quote, first source that applies: the file given, the document's
 * own, or a PCCS (fetched once per platform and CA, for every instance alike); then what the DCAP
 * verifiers make of the quote with it.
 */
class CollateralFinder {
  private readonly fetched = new Map<string, Promise<CollateralFrom>>();

  constructor(
    private readonly settings: AttestSettings,
    private readonly file: CollateralFrom | null,
    private readonly web: PublicGet,
  ) {}

  async signatureOf(quote: QuoteSource, document: AttestDocument): Promise<QuoteSignature> {
    const at = this.settings.at;
    const embedded =
      document.collateral === null
        ? null
        : { collateral: document.collateral, source: document.name };
    let from = this.file ?? embedded;
    if (from === null) {
      const pccs = this.settings.pccs;
      if (pccs === null) {
        return {
          state: 'unchecked',
          reason: 'no Intel collateral was given or embedded, and fetching it is turned off',
        };
      }
      try {
        from = await this.fetch(pccs, quote);
      } catch (error) {
        const reason = `Intel's collateral could not be fetched from ${pccs.host}: ${errorMessage(error)}`;
        return { state: 'refused', reason, collateralSource: null, at, tcbStatus: null };
      }
    }
    const answer = verifyQuote(quote.quote.bytes, from.collateral, at);
    return answer.ok
      ? {
          state: 'verified',
          tcbStatus: answer.status,
          advisoryIds: answer.advisoryIds,
          collateralSource: from.source,
          at,
        }
      : {
          state: 'refused',
          reason: answer.reason,
          collateralSource: from.source,
          at,
          tcbStatus: answer.status,
        };
  }

  private fetch(pccs: URL, quote: QuoteSource): Promise<CollateralFrom> {
    const platform = pckIdentity(quote.quote.bytes);
    const key = `${platform.fmspc}/${platform.ca}`;
    let pending = this.fetched.get(key);
    if (pending === undefined) {
      pending = fetchCollateral(pccs, platform, this.web).then((collateral) => ({
        collateral,
        source: pccs.host,
      }));
      this.fetched.set(key, pending);
    }
    return pending;
  }
}
