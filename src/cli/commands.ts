/**
 * What each command takes: its arguments, its own options and an example. The parser checks the
 * command line against this table and the help is printed from it, so they cannot disagree.
 * No command's code is loaded here: `--help` and `--version` stay as fast as bare Node.
 */

export interface OptionSpec {
  readonly name: string;
  /** A string option takes a value (`--dir DIR`); a boolean one does not. */
  readonly value?: string;
  readonly short?: string;
  readonly help: string;
}

export interface CommandSpec {
  readonly name: string;
  /** Arguments after the command, as the usage line shows them. */
  readonly args: string;
  readonly minArgs: number;
  /** Infinity for any number. */
  readonly maxArgs: number;
  readonly summary: string;
  /** More about the command, shown by its own help. */
  readonly details?: string;
  /** Options of this command alone; the global ones apply to every command. */
  readonly options: readonly OptionSpec[];
  readonly examples: readonly string[];
}

export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { name: 'dir', value: 'DIR', help: 'releases directory [releases]' },
  { name: 'json', help: 'print one JSON document instead of text' },
  { name: 'help', short: 'h', help: 'this help' },
  { name: 'version', short: 'V', help: "the tool's version" },
];

const HASH = '12a20aed7d6c68601e9f6e108a93b4199ae7231684307ffc4833c9cd08d45de7';

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'generate',
    args: '<version> [[service=]image…]',
    minArgs: 1,
    maxArgs: Infinity,
    summary: 'write the three release files locally, as the action would',
    details:
      'Each image is [service=]reference; without service= it is matched to the services whose\n' +
      'image has the same repository. The same release again (same compose hash, image digests\n' +
      'and files) changes nothing; a different record for the version is refused unless\n' +
      '--overwrite is given. The releases directory gets a README.md and a .gitattributes once.',
    options: [
      {
        name: 'compose',
        value: 'FILE',
        help: 'source compose file [docker-compose.yml, compose.yaml, …]',
      },
      {
        name: 'metadata',
        value: 'FILE',
        help: 'buildx metadata (build-push-action or bake-action output)',
      },
      { name: 'app-compose-template', value: 'FILE', help: 'dstack app-compose settings (JSON)' },
      {
        name: 'app-name',
        value: 'NAME',
        help: "dstack app name [template's name, else the repository's]",
      },
      { name: 'no-pin-all', help: 'leave images this release did not build unpinned' },
      { name: 'offline', help: 'never ask a registry: every image needs a digest already' },
      { name: 'overwrite', help: 'replace a different record already stored for this version' },
    ],
    examples: [
      'release-tracker generate v1.2.0 app=ghcr.io/acme/app:v1.2.0 --metadata metadata.json',
      'release-tracker generate 1.2.0 app=ghcr.io/acme/app@sha256:<64 hex> --offline',
    ],
  },
  {
    name: 'list',
    args: '',
    minArgs: 0,
    maxArgs: 0,
    summary: 'all releases, newest first (SemVer precedence)',
    options: [],
    examples: ['release-tracker list', 'release-tracker list --dir deploy/releases --json'],
  },
  {
    name: 'latest',
    args: '',
    minArgs: 0,
    maxArgs: 0,
    summary: 'the highest release that is not a pre-release',
    options: [],
    examples: ['release-tracker latest --json'],
  },
  {
    name: 'info',
    args: '<version>',
    minArgs: 1,
    maxArgs: 1,
    summary: 'the whole record',
    options: [],
    examples: ['release-tracker info v1.2.0'],
  },
  {
    name: 'images',
    args: '<version>',
    minArgs: 1,
    maxArgs: 1,
    summary: 'service, repository, tag, digest, platforms',
    options: [],
    examples: ['release-tracker images 1.2.0'],
  },
  {
    name: 'app-compose',
    args: '<version>',
    minArgs: 1,
    maxArgs: 1,
    summary: 'the app-compose file and its compose hash (recomputed)',
    options: [],
    examples: ['release-tracker app-compose v1.2.0'],
  },
  {
    name: 'compose',
    args: '<version>',
    minArgs: 1,
    maxArgs: 1,
    summary: 'the pinned docker-compose file',
    options: [],
    examples: ['docker compose -f "$(release-tracker compose v1.2.0)" up -d'],
  },
  {
    name: 'verify',
    args: '[<version>…]',
    minArgs: 0,
    maxArgs: Infinity,
    summary: 'check every recorded hash and the schema (default: all)',
    details:
      "With --registry, also asks each image's registry (with generate's credentials and time\n" +
      'limits) whether every recorded digest, the index and each platform manifest, is still\n' +
      'served: can the release still be deployed, or rolled back to? Exit 1 lists each digest no\n' +
      'longer served; a registry that cannot be asked is reported as such, never as a deletion.',
    options: [
      {
        name: 'registry',
        help: "also ask each image's registry whether every recorded digest is still served",
      },
    ],
    examples: [
      'release-tracker verify',
      'release-tracker verify v1.1.0 v1.2.0',
      'release-tracker verify --registry --json',
    ],
  },
  {
    name: 'diff',
    args: '<from> <to>',
    minArgs: 2,
    maxArgs: 2,
    summary: 'images added, removed, re-pinned; app settings changed',
    options: [],
    examples: ['release-tracker diff v1.1.0 v1.2.0'],
  },
  {
    name: 'find',
    args: '<sha256>',
    minArgs: 1,
    maxArgs: 1,
    summary: 'the release with this compose hash or image digest',
    options: [],
    examples: [`release-tracker find ${HASH}`],
  },
  {
    name: 'compose-hash',
    args: '<file>',
    minArgs: 1,
    maxArgs: 1,
    summary: 'the compose hash of any app-compose file, and its layout',
    details: 'A file that is not a JSON document is an input error (exit 2), never given a hash.',
    options: [],
    examples: ['release-tracker compose-hash app-compose.json --json'],
  },
  {
    name: 'attest',
    args: '<file|-> | --url URL',
    minArgs: 0,
    maxArgs: 1,
    summary: "prove which recorded release a running dstack CVM runs, from Intel's signature on",
    details:
      "Reads what a CVM reports ('-' reads stdin; --url fetches it): a guest agent Info() answer, a\n" +
      "tcb_info, a GetQuote() answer or dstack-verifier request, an app's /public_data, or Phala\n" +
      "Cloud's app attestations (every instance). Verifies the TDX quote's signature with Intel's\n" +
      "collateral (--collateral, else the document's own, else fetched from --pccs), checks the TCB\n" +
      'status, replays the event log into RTMR0-3 against the quote, and names the release that\n' +
      'recorded the compose hash. Verdict: verified (exit 0), consistent (no verified quote; exit 1\n' +
      'unless --allow-unsigned) or failed (exit 1); 2 when the input cannot be read.',
    options: [
      { name: 'url', value: 'URL', help: 'fetch the document (https, or http to loopback)' },
      {
        name: 'quote',
        value: 'FILE',
        help: 'a TDX quote (hex, or its raw bytes) beside the document',
      },
      {
        name: 'collateral',
        value: 'FILE',
        help: "Intel's collateral for the quote (JSON, as PCCS answers assemble it)",
      },
      {
        name: 'pccs',
        value: 'URL',
        help: 'where to fetch collateral [https://pccs.phala.network]',
      },
      { name: 'offline', help: 'never fetch: collateral only from --collateral or the document' },
      { name: 'at', value: 'TIME', help: 'verification time, RFC 3339 or Unix seconds [now]' },
      {
        name: 'allow-tcb',
        value: 'STATUS,…',
        help: 'TCB statuses to accept besides UpToDate (OutOfDate, …)',
      },
      {
        name: 'os-measurements',
        value: 'FILE',
        help: 'known OS images: [{"name","mrtd","rtmr0","rtmr1","rtmr2"}]',
      },
      {
        name: 'report-data',
        value: 'HEX',
        help: "the quote's expected REPORTDATA (freshness, key binding)",
      },
      { name: 'allow-unsigned', help: 'exit 0 for a consistent document without a verified quote' },
    ],
    examples: [
      'release-tracker attest --url https://<app-id>-8090.<gateway-domain>/prpc/Info',
      'release-tracker attest --url https://cloud-api.phala.network/api/v1/apps/<app-id>/attestations --json',
      'release-tracker attest public_data.json --at 2026-08-13T12:00:00Z --offline',
    ],
  },
];

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}
