/**
 * Authenticating to a registry as its `WWW-Authenticate` challenge asks: `Bearer` (a token from
 * the challenge's realm, one per host, realm, service and scope, the request for it shared by
 * concurrent look-ups) or `Basic`. The challenge a host sent is kept, so later requests to it
 * authenticate up front. Credentials are asked of the store only once a registry demands them.
 */
import type { ImageRef } from '../core/types.js';
import { parseChallenge, type AuthChallenge } from './challenge.js';
import { CredentialHelperError } from './credential-helper.js';
import type { CredentialStore, Credentials } from './docker-config.js';
import { RegistryError, unauthorized, type Answer, type LookupContext } from './errors.js';
import { basicAuth, fetchToken } from './token.js';
import type { SendRequest, Transport } from './transport.js';

/** Renew a token a little before it expires. */
const TOKEN_EXPIRY_MARGIN_MS = 5_000;

interface TokenEntry {
  readonly promise: Promise<string>;
  /** The Authorization value, once the token arrived. */
  value?: string;
  expiresAt?: number;
}

export class RegistryAuth {
  /** The last challenge each host sent, so later look-ups authenticate up front. */
  private readonly challenges = new Map<string, AuthChallenge>();
  /** Bearer tokens by host, realm, service and scope; the promise is shared by concurrent look-ups. */
  private readonly tokens = new Map<string, TokenEntry>();

  constructor(
    private readonly transport: Transport,
    readonly credentials: CredentialStore | undefined,
  ) {}

  /**
   * `request` to `host` for `scope`, authenticated as the registry demands: up front when its
   * challenge is known, else once after the 401 that brings it. A 401 that no credentials can
   * answer is an `unauthorized` RegistryError.
   */
  async send(ref: ImageRef, host: string, scope: string, request: SendRequest): Promise<Answer> {
    const { ctx } = request;
    const send = (authorization: string | undefined): Promise<Answer> =>
      this.transport.send({
        ...request,
        headers: {
          ...request.headers,
          ...(authorization ? { Authorization: authorization } : {}),
        },
      });
    let authorization = await this.authorization(ref, host, scope, ctx);
    const answer = await send(authorization);
    if (answer.status !== 401) return answer;
    const challenge = parseChallenge(answer.headers.get('www-authenticate'));
    if (challenge === undefined) throw unauthorized(ctx, this.credentials);
    this.challenges.set(host, challenge);
    const wanted = challenge.scheme === 'bearer' ? (challenge.scope ?? scope) : scope;
    const next = await this.authorization(ref, host, wanted, ctx, authorization);
    // Basic credentials already refused, or none to offer: asking again cannot help.
    if (next === undefined || next === authorization) throw unauthorized(ctx, this.credentials);
    authorization = next;
    return send(authorization);
  }

  /**
   * The Authorization value for a request to `host`, from the challenge it sent before. `stale`
   * is a value the registry just refused: a cached token equal to it is dropped and renewed.
   */
  private async authorization(
    ref: ImageRef,
    host: string,
    scope: string,
    ctx: LookupContext,
    stale?: string,
  ): Promise<string | undefined> {
    const challenge = this.challenges.get(host);
    if (challenge === undefined) return undefined;
    // Asked only now, when the registry demands authentication: a helper runs for registries in use.
    const creds = await this.credentialsFor(ref, ctx);
    if (challenge.scheme === 'basic') {
      return creds?.username !== undefined && creds.password !== undefined
        ? basicAuth(creds.username, creds.password)
        : undefined;
    }
    const key = `${host}\n${challenge.realm}\n${challenge.service ?? ''}\n${scope}`;
    let entry = this.tokens.get(key);
    if (
      entry !== undefined &&
      ((stale !== undefined && entry.value === stale) ||
        (entry.expiresAt !== undefined && entry.expiresAt <= Date.now()))
    ) {
      this.tokens.delete(key);
      entry = undefined;
    }
    if (entry === undefined) {
      const created: TokenEntry = {
        promise: fetchToken(this.transport, challenge, scope, creds, this.credentials, ctx).then(
          ({ token, expiresInSeconds }) => {
            created.value = `Bearer ${token}`;
            created.expiresAt = Date.now() + expiresInSeconds * 1000 - TOKEN_EXPIRY_MARGIN_MS;
            return created.value;
          },
          (error: unknown) => {
            // A failed token request is not cached: the next look-up asks again.
            if (this.tokens.get(key) === created) this.tokens.delete(key);
            throw error;
          },
        ),
      };
      this.tokens.set(key, created);
      entry = created;
    }
    return entry.promise;
  }

  private async credentialsFor(
    ref: ImageRef,
    ctx: LookupContext,
  ): Promise<Credentials | undefined> {
    try {
      return await this.credentials?.credentialsFor(ref.domain);
    } catch (error) {
      if (error instanceof CredentialHelperError) {
        throw new RegistryError('credentials', error.message, ctx.image);
      }
      throw error;
    }
  }
}
