/** `releases/README.md`, committed once beside the first recorded release. */
export function releasesReadme(dir: string): string {
  return `# Releases

This directory is written by [release-tracker](https://github.com/marketplace/actions/release-tracker)
on every release tag. Each release \`v<version>\` has three files:

| file | what it holds |
|---|---|
| \`v<version>-release-info.json\` | the release record: image digests (and per-platform digests), git commit, workflow run, the compose hash and the SHA-256 of each file |
| \`v<version>-app-compose.json\` | the dstack app-compose document; its SHA-256 is the **compose hash** a dstack CVM measures into RTMR3 and attests |
| \`v<version>-docker-compose.yml\` | the project's compose file with every image pinned to its digest |

Do not edit or reformat these files: their exact bytes are what the recorded hashes cover.

## Verify a release

From the repository's root, with the \`release-tracker\` CLI installed (release-tracker's README,
"Install the CLI"):

\`\`\`sh
# every recorded hash against the files, and each record's schema
release-tracker verify --dir ${dir}
# the release that recorded a compose hash (the value a dstack CVM attests)
release-tracker find <compose-hash> --dir ${dir}
# the release a running CVM runs, proved from Intel's signature on (README: "Verify a running enclave")
release-tracker attest --url https://cloud-api.phala.network/api/v1/apps/<app-id>/attestations --dir ${dir}
# the compose hash is the SHA-256 of the app-compose file's exact bytes
sha256sum ${dir}/v1.0.0-app-compose.json
\`\`\`

## Deploy a release

\`\`\`sh
docker compose -f ${dir}/v1.0.0-docker-compose.yml up -d
\`\`\`
`;
}

/**
 * `releases/.gitattributes`, committed once beside the README: the recorded files are hashed byte
 * for byte, so no checkout may convert their line endings (`core.autocrlf`, `text=auto`).
 */
export const RELEASES_GITATTRIBUTES = `# Written by release-tracker. Recorded releases are verified byte for byte:
# never let a checkout rewrite their line endings.
*-release-info.json -text
*-app-compose.json -text
*-docker-compose.yml -text
`;
