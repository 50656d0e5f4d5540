import * as oidc from 'openid-client';

/** How long a provider's discovery document is reused before it is fetched again. */
const discoveryTtlMs = 5 * 60_000;
/** How long to wait for a provider before giving up on a sign-in. */
const providerTimeoutSeconds = 10;

export interface OidcClientSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/**
 * Plain http is refused except for a provider on this machine (tests, local development): the
 * authorization code and the client secret cross this connection.
 */
export function isLoopbackHttp(issuer: URL): boolean {
  return issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
}

/**
 * openid-client configurations for organisations' providers. Discovery is cached per issuer for a
 * few minutes, so a sign-in costs no extra round trip; the client part (id, secret) is built per
 * call, so a changed secret takes effect at once.
 */
export function createOidcClients() {
  const discovered = new Map<string, { metadata: oidc.ServerMetadata; expiresAt: number }>();

  async function serverMetadata(issuer: URL, clientId: string): Promise<oidc.ServerMetadata> {
    const cached = discovered.get(issuer.href);
    if (cached && cached.expiresAt > Date.now()) return cached.metadata;
    const configuration = await oidc.discovery(issuer, clientId, undefined, undefined, {
      execute: isLoopbackHttp(issuer) ? [oidc.allowInsecureRequests] : [],
      timeout: providerTimeoutSeconds,
    });
    const metadata = { ...configuration.serverMetadata() };
    discovered.set(issuer.href, { metadata, expiresAt: Date.now() + discoveryTtlMs });
    return metadata;
  }

  return {
    async configurationFor(settings: OidcClientSettings): Promise<oidc.Configuration> {
      const issuer = new URL(settings.issuer);
      const metadata = await serverMetadata(issuer, settings.clientId);
      // client_secret_basic is the default of the specification; some providers only take _post.
      const methods = metadata.token_endpoint_auth_methods_supported;
      const clientAuth =
        !methods || methods.includes('client_secret_basic')
          ? oidc.ClientSecretBasic(settings.clientSecret)
          : oidc.ClientSecretPost(settings.clientSecret);
      const configuration = new oidc.Configuration(metadata, settings.clientId, settings.clientSecret, clientAuth);
      configuration.timeout = providerTimeoutSeconds;
      if (isLoopbackHttp(issuer)) oidc.allowInsecureRequests(configuration);
      return configuration;
    },
  };
}

export type OidcClients = ReturnType<typeof createOidcClients>;
