/**
 * Asking a registry's token endpoint (the `realm` of its Bearer challenge) for a token: an
 * identity token (an OAuth2 refresh token) is exchanged by POST, as `docker` does; otherwise a GET,
 * with Basic credentials when there are any. Credentials travel only over HTTPS, or plain HTTP to
 * loopback, to the realm and to every hop of a redirect it answers with.
 */
import { isRecord } from '../core/values.js';
import { isHttpsOrLoopback } from '../http/hosts.js';
import type { AuthChallenge } from './challenge.js';
import type { CredentialStore, Credentials } from './docker-config.js';
import {
  describeStatus,
  protocolError,
  unauthorized,
  unreachable,
  type Answer,
  type LookupContext,
} from './errors.js';
import { isRetryable } from '../http/retry.js';
import type { Transport } from './transport.js';

/** A token answer is a small JSON document. */
const MAX_TOKEN_BYTES = 1024 * 1024;
/** Docker's token spec: without `expires_in` a token lives 60 s. */
const DEFAULT_TOKEN_SECONDS = 60;
/** RFC 6750 `b64token`, bounded: what an Authorization header may carry as a bearer token. */
const BEARER_TOKEN = /^[A-Za-z0-9\-._~+/]{1,16384}=*$/;

type BearerChallenge = Extract<AuthChallenge, { scheme: 'bearer' }>;

export interface Token {
  readonly token: string;
  readonly expiresInSeconds: number;
}

/** A bearer token for `scope`, from the challenge's realm, with the credentials for its host. */
export async function fetchToken(
  transport: Transport,
  challenge: BearerChallenge,
  scope: string,
  creds: Credentials | undefined,
  store: CredentialStore | undefined,
  ctx: LookupContext,
): Promise<Token> {
  const realm = tokenRealm(challenge, ctx);
  // A realm that fails the rule is still asked, anonymously: a public image may need no more.
  const usable = isHttpsOrLoopback(realm) ? creds : undefined;
  const answer = await requestToken(transport, realm, challenge, scope, usable, ctx);
  if (answer.status === 401 || answer.status === 403) throw unauthorized(ctx, store);
  if (isRetryable(answer.status)) {
    throw unreachable(ctx, `token endpoint answered ${describeStatus(answer)}`);
  }
  if (answer.status < 200 || answer.status >= 300) {
    throw protocolError(
      ctx,
      `token endpoint of ${ctx.registry} answered for ${ctx.image} with ${describeStatus(answer)}`,
    );
  }
  return readToken(answer, ctx);
}

function requestToken(
  transport: Transport,
  realm: URL,
  challenge: BearerChallenge,
  scope: string,
  creds: Credentials | undefined,
  ctx: LookupContext,
): Promise<Answer> {
  const url = new URL(realm.href);
  if (creds?.identityToken !== undefined) {
    const form = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: creds.identityToken,
      client_id: 'release-tracker',
      ...(challenge.service !== undefined ? { service: challenge.service } : {}),
      scope,
    });
    return transport.send({
      purpose: 'token',
      method: 'POST',
      url: url.href,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
      credentialBody: true,
      maxBytes: MAX_TOKEN_BYTES,
      ctx,
    });
  }
  if (challenge.service !== undefined) url.searchParams.set('service', challenge.service);
  url.searchParams.set('scope', scope);
  const headers: Record<string, string> = {};
  if (creds?.username !== undefined && creds.password !== undefined) {
    url.searchParams.set('account', creds.username);
    headers['Authorization'] = basicAuth(creds.username, creds.password);
  }
  return transport.send({
    purpose: 'token',
    method: 'GET',
    url: url.href,
    headers,
    maxBytes: MAX_TOKEN_BYTES,
    ctx,
  });
}

/** The token endpoint a challenge names: an http(s) URL, or a protocol error naming the image. */
function tokenRealm(challenge: BearerChallenge, ctx: LookupContext): URL {
  let realm: URL;
  try {
    realm = new URL(challenge.realm);
  } catch {
    throw protocolError(ctx, `${ctx.registry} sent an invalid token realm for ${ctx.image}`);
  }
  if (realm.protocol !== 'https:' && realm.protocol !== 'http:') {
    throw protocolError(
      ctx,
      `${ctx.registry} sent a token realm that is not http(s) for ${ctx.image}`,
    );
  }
  return realm;
}

/** The token in a token endpoint's answer (`token`, or OAuth2's `access_token`) and its lifetime. */
function readToken(answer: Answer, ctx: LookupContext): Token {
  let doc: unknown;
  try {
    doc = JSON.parse(answer.body.toString('utf8'));
  } catch {
    doc = undefined;
  }
  const token = isRecord(doc)
    ? (nonEmpty(doc['token']) ?? nonEmpty(doc['access_token']))
    : undefined;
  if (token === undefined || !isRecord(doc)) {
    throw protocolError(ctx, `token endpoint of ${ctx.registry} gave no token for ${ctx.image}`);
  }
  // It becomes a header value: RFC 6750's token characters only, so it can carry nothing else.
  if (!BEARER_TOKEN.test(token)) {
    throw protocolError(
      ctx,
      `token endpoint of ${ctx.registry} gave a token that is not a bearer token for ${ctx.image}`,
    );
  }
  const expires = doc['expires_in'];
  const expiresInSeconds =
    typeof expires === 'number' && Number.isFinite(expires) && expires > 0
      ? Math.max(expires, DEFAULT_TOKEN_SECONDS)
      : DEFAULT_TOKEN_SECONDS;
  return { token, expiresInSeconds };
}

export const basicAuth = (user: string, password: string): string =>
  `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;

const nonEmpty = (v: unknown): string | undefined =>
  typeof v === 'string' && v !== '' ? v : undefined;
