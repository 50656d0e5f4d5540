import * as oidc from 'openid-client';
import { safeReturnTo } from '../../../shared/schemas/sso.ts';
import type { Db, Tx } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { AppDeps } from '../../platform/deps.ts';
import type { RequestContext } from '../../platform/request-context.ts';
import { createSession } from '../../platform/sessions.ts';
import type { OidcClients } from './oidc-clients.ts';
import {
  findLinkedUser,
  findMemberByEmail,
  findSsoOrganisation,
  insertSignIn,
  isSubjectLinked,
  linkExternalIdentity,
  listSsoOrganisations,
  type SsoOrganisationSettings,
  takeSignIn,
} from './sso.queries.ts';

/** How long a started sign-in may take at the provider. */
const signInLifetimeMs = 10 * 60_000;
const scope = 'openid email profile';

/** Why a single sign-on failed: recorded in the audit log, never shown to the one signing in. */
export type SsoFailureReason =
  | 'not_configured'
  | 'provider_unavailable'
  | 'missing_state'
  | 'state_mismatch'
  | 'unknown_state'
  | 'expired_state'
  | 'provider_error'
  | 'exchange_failed'
  | 'email_unverified'
  | 'no_matching_member'
  | 'not_member'
  | 'inactive_user';

export class SsoFailure extends Error {
  constructor(
    readonly reason: SsoFailureReason,
    readonly known: { organisationId?: string; userId?: string } = {},
  ) {
    super(`Single sign-on failed: ${reason}`);
  }
}

export interface SsoDeps extends AppDeps {
  clients: OidcClients;
}

export function redirectUri(deps: AppDeps): string {
  return `${deps.config.publicUrl}/api/sso/callback`;
}

export { listSsoOrganisations };

async function clientFor(deps: SsoDeps, organisation: SsoOrganisationSettings): Promise<oidc.Configuration> {
  try {
    return await deps.clients.configurationFor({
      issuer: organisation.issuer,
      clientId: organisation.clientId,
      clientSecret: deps.keyring.decrypt(organisation.encryptedClientSecret),
    });
  } catch {
    throw new SsoFailure('provider_unavailable', { organisationId: organisation.id });
  }
}

/**
 * Starts a sign-in at the organisation's provider: authorization code with PKCE (S256), state and
 * nonce kept in the database for ten minutes so any instance can finish it. Returns the
 * provider's address to send the browser to, and the state to bind to the browser.
 */
export async function startSignIn(
  deps: SsoDeps,
  unverifiedOrganisationId: string,
  returnTo: string | undefined,
): Promise<{ url: string; state: string }> {
  const organisation = await findSsoOrganisation(deps.db, unverifiedOrganisationId);
  if (!organisation) throw new SsoFailure('not_configured');
  const client = await clientFor(deps, organisation);
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  await insertSignIn(deps.db, {
    state,
    organisationId: organisation.id,
    codeVerifier,
    nonce,
    returnTo: safeReturnTo(returnTo),
    expiresAt: new Date(Date.now() + signInLifetimeMs),
  });
  const url = oidc.buildAuthorizationUrl(client, {
    redirect_uri: redirectUri(deps),
    scope,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url: url.href, state };
}

interface VerifiedClaims {
  issuer: string;
  subject: string;
  email: string | undefined;
  isEmailVerified: boolean;
}

/** The code exchange; openid-client checks the ID token's signature, issuer, audience, nonce and PKCE. */
async function exchangeCode(
  deps: SsoDeps,
  client: oidc.Configuration,
  callbackUrl: URL,
  signIn: { state: string; codeVerifier: string; nonce: string; organisationId: string },
): Promise<VerifiedClaims> {
  const failed = (reason: SsoFailureReason) => new SsoFailure(reason, { organisationId: signIn.organisationId });
  if (callbackUrl.searchParams.has('error')) throw failed('provider_error');
  try {
    const tokens = await oidc.authorizationCodeGrant(
      client,
      callbackUrl,
      { pkceCodeVerifier: signIn.codeVerifier, expectedState: signIn.state, expectedNonce: signIn.nonce, idTokenExpected: true },
      { redirect_uri: redirectUri(deps) },
    );
    const idToken = tokens.claims();
    if (!idToken) throw failed('exchange_failed');
    let claims: Record<string, unknown> = idToken;
    // Many providers put e-mail claims in the userinfo answer only, not in the ID token.
    if ((typeof claims.email !== 'string' || claims.email_verified === undefined) && client.serverMetadata().userinfo_endpoint) {
      const userInfo = await oidc.fetchUserInfo(client, tokens.access_token, idToken.sub);
      claims = { ...idToken, email: userInfo.email, email_verified: userInfo.email_verified };
    }
    return {
      issuer: idToken.iss,
      subject: idToken.sub,
      email: typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : undefined,
      isEmailVerified: claims.email_verified === true,
    };
  } catch (error) {
    if (error instanceof SsoFailure) throw error;
    throw failed('exchange_failed');
  }
}

/**
 * The member this provider account stands for: the one linked before, or else the member of the
 * organisation with the verified e-mail address, who is then linked. Never creates an account and
 * never grants a role.
 */
async function matchMember(
  db: Db | Tx,
  organisationId: string,
  claims: VerifiedClaims,
): Promise<{ userId: string; isNewLink: boolean }> {
  const failed = (reason: SsoFailureReason, userId?: string) => new SsoFailure(reason, { organisationId, userId });
  if (!claims.isEmailVerified || !claims.email) throw failed('email_unverified');
  const linked = await findLinkedUser(db, claims.issuer, claims.subject, organisationId);
  let candidate = linked;
  if (!candidate) {
    // An account at the provider already linked (for another organisation) is not linked twice.
    if (await isSubjectLinked(db, claims.issuer, claims.subject)) throw failed('no_matching_member');
    candidate = await findMemberByEmail(db, claims.email, organisationId);
    if (!candidate) throw failed('no_matching_member');
  }
  if (!candidate.isMember) throw failed('not_member', candidate.userId);
  if (!candidate.isActive) throw failed('inactive_user', candidate.userId);
  if (!linked) {
    await linkExternalIdentity(db, {
      userId: candidate.userId,
      organisationId,
      issuer: claims.issuer,
      subject: claims.subject,
    });
  }
  return { userId: candidate.userId, isNewLink: !linked };
}

export interface CallbackInput {
  /** The full address the provider sent the browser to, with its query. */
  callbackUrl: URL;
  state: string | undefined;
  /** The state this browser was given when it started; binds the answer to the browser. */
  browserState: string | undefined;
}

/** Finishes a sign-in: checks the state, exchanges the code, matches the member and opens a session. */
export async function finishSignIn(
  deps: SsoDeps,
  ctx: RequestContext,
  input: CallbackInput,
): Promise<{ token: string; returnTo: string }> {
  if (!input.state) throw new SsoFailure('missing_state');
  if (input.browserState !== input.state) throw new SsoFailure('state_mismatch');
  const signIn = await takeSignIn(deps.db, input.state);
  if (!signIn) throw new SsoFailure('unknown_state');
  const { organisationId } = signIn;
  if (signIn.expiresAt.getTime() <= Date.now()) throw new SsoFailure('expired_state', { organisationId });
  const organisation = await findSsoOrganisation(deps.db, organisationId);
  if (!organisation) throw new SsoFailure('not_configured', { organisationId });
  const client = await clientFor(deps, organisation);
  const claims = await exchangeCode(deps, client, input.callbackUrl, signIn);
  // The link, the session and its audit event commit together.
  const token = await deps.db.transaction(async (tx) => {
    const { userId, isNewLink } = await matchMember(tx, organisationId, claims);
    const token = await createSession(tx, userId, deps.config, 'sso');
    await recordAudit(tx, ctx, {
      action: 'auth.sso_sign_in',
      subjectId: userId,
      actorUserId: userId,
      details: { organisationId, isNewLink },
    });
    return token;
  });
  return { token, returnTo: safeReturnTo(signIn.returnTo) };
}

/** Records a failed single sign-on: the reason and ids only, never what the provider said. */
export async function recordSsoFailure(db: Db, ctx: RequestContext, failure: SsoFailure): Promise<void> {
  await recordAudit(db, ctx, {
    action: 'auth.sso_sign_in_failed',
    actorUserId: failure.known.userId,
    details: {
      reason: failure.reason,
      ...(failure.known.organisationId ? { organisationId: failure.known.organisationId } : {}),
    },
  });
}


/** Deletes single sign-ons that were started and never finished in time; for the housekeeping. */
export { removeExpiredSsoSignIns } from './sso.queries.ts';
