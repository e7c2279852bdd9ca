export const HELP = `release-tracker — record, query and verify what each release shipped

Usage: release-tracker <command> [arguments] [--dir DIR] [--json]

Commands:
  generate <version> [[service=]image…]   write the three release files locally, as the action would
      --compose FILE                      source compose file [docker-compose.yml, compose.yaml, …]
      --metadata FILE                     buildx metadata (build-push-action or bake-action output)
      --app-compose-template FILE         dstack app-compose settings (JSON)
      --app-name NAME                     dstack app name [template's name, else the repository's]
      --no-pin-all                        leave images this release did not build unpinned
      --offline                           never ask a registry: every image needs a digest already
  list                                    all releases, newest first (SemVer precedence)
  latest                                  the highest release that is not a pre-release
  info <version>                          the whole record
  images <version>                        service, repository, tag, digest, platforms
  app-compose <version>                   the app-compose file and its compose hash (recomputed)
  compose <version>                       the pinned docker-compose file
  verify [<version>…]                     check every recorded hash and the schema (default: all)
  diff <from> <to>                        images added, removed, re-pinned; app settings changed
  find <sha256>                           the release with this compose hash or image digest
  compose-hash <file>                     the compose hash of any app-compose file, and its layout

Options:
  --dir DIR      releases directory [releases]
  --json         print one JSON document instead of text
  -h, --help     this help
  -V, --version  the tool's version

Versions are accepted as 1.0.0 or v1.0.0.

Examples:
  release-tracker generate v1.2.0 app=ghcr.io/acme/app:v1.2.0 --metadata metadata.json
  release-tracker generate 1.2.0 app=ghcr.io/acme/app@sha256:<64 hex> --offline
  release-tracker list
  release-tracker verify
  release-tracker diff v1.1.0 v1.2.0
  release-tracker find 12a20aed7d6c68601e9f6e108a93b4199ae7231684307ffc4833c9cd08d45de7
  release-tracker compose-hash app-compose.json --json

Exit codes:
  0  success
  1  a check failed (hash mismatch, schema error) or a release was not found
  2  usage or input error
`;
