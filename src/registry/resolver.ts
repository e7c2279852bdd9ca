import type { RequestLimits } from '../core/time-limits.js';
import { RegistryClient } from './client.js';
import { loadDockerCredentials } from './docker-config.js';

/**
 * The registry as generation (and `verify --registry`) uses it: credentials from
 * `$DOCKER_CONFIG/config.json` (what docker/login-action writes) and the credential helpers it
 * names, one client so tokens and the run's wait budget are shared across look-ups. `maskSecret`
 * receives each secret a credential helper returns.
 */
export async function createRegistryResolver(
  progress: (message: string) => void,
  warn: (message: string) => void,
  maskSecret?: (secret: string) => void,
  limits?: { readonly registry: RequestLimits; readonly credentialHelperMs: number },
): Promise<RegistryClient> {
  const credentials = await loadDockerCredentials(process.env, {
    ...(maskSecret && { onSecret: maskSecret }),
    ...(limits && { helperTimeoutMs: limits.credentialHelperMs }),
  });
  for (const warning of credentials.warnings) warn(warning);
  return new RegistryClient({
    credentials,
    userAgent: 'release-tracker',
    ...(limits && {
      timeoutMs: limits.registry.timeoutMs,
      retries: limits.registry.retries,
      retryDelayMs: limits.registry.retryBaseMs,
    }),
    onWarning: warn,
    onRequest: (info) => {
      if (info.purpose !== 'manifest') return;
      const outcome = info.status !== undefined ? String(info.status) : (info.error ?? 'no answer');
      progress(
        `registry: ${info.method} ${info.url} → ${outcome} (${Math.round(info.durationMs)} ms)`,
      );
    },
  });
}
