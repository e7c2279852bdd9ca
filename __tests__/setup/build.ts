// The end-to-end tests run dist/, as users do: build it first unless it is already the build of
// the sources as they are now (scripts/build-stamp.mjs), so no test ever runs a stale bundle.
import { ensureFreshBuild } from '../../scripts/build-stamp.mjs';

export default function setup(): void {
  if (ensureFreshBuild()) console.log('built dist/ from the current sources');
}
