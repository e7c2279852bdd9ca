import { errorMessage } from '../core/errors.js';

export interface ArtifactResult {
  readonly uploaded: boolean;
  /** Whether the runner offers the artifact service at all. */
  readonly available: boolean;
  readonly reason?: string;
}

/** The artifact service is only there on a runner (self-hosted GHES versions and `act` lack it). */
function artifactServiceAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env['ACTIONS_RUNTIME_TOKEN'] && env['ACTIONS_RESULTS_URL']);
}

/** Uploads the release files as one artifact; loaded lazily so start-up does not pay for it. */
export async function uploadArtifact(
  name: string,
  files: readonly string[],
  rootDirectory: string,
): Promise<ArtifactResult> {
  if (!artifactServiceAvailable()) {
    return { uploaded: false, available: false, reason: 'this runner offers no artifact service' };
  }
  const { DefaultArtifactClient } = await import('@actions/artifact');
  try {
    await new DefaultArtifactClient().uploadArtifact(name, [...files], rootDirectory);
    return { uploaded: true, available: true };
  } catch (error) {
    // An earlier attempt of this run may hold the name; the files are in the release and the commit.
    return { uploaded: false, available: true, reason: errorMessage(error) };
  }
}
