import { createOAuthDeviceAuth } from '@octokit/auth-oauth-device';
import { request } from '@octokit/request';

export interface DeviceCode {
  userCode: string;
  verificationUri: string;
  expiresAt: number;
}

/**
 * GitHub's OAuth device flow: shows the user a code to enter at the verification page, then polls until they
 * approve. Resolves with the token (which goes straight into the token store, never to a renderer).
 * The web host is derived from the API base URL by Octokit (api.github.com → github.com; GHES /api/v3 → host).
 */
export async function runDeviceFlow(options: {
  clientId: string;
  apiBaseUrl: string;
  onCode: (code: DeviceCode) => void;
  scopes?: string[];
}): Promise<string> {
  const auth = createOAuthDeviceAuth({
    clientType: 'oauth-app',
    clientId: options.clientId,
    // The narrowest OAuth-app scope that can push a branch and open a pull request on a private repository
    // (public_repo cannot). A fine-grained token limited to one repository is narrower still: it is pasted.
    scopes: options.scopes ?? ['repo'],
    request: request.defaults({ baseUrl: options.apiBaseUrl.replace(/\/+$/, '') }),
    onVerification: (v) => {
      options.onCode({ userCode: v.user_code, verificationUri: v.verification_uri, expiresAt: Date.now() + v.expires_in * 1000 });
    },
  });
  const { token } = await auth({ type: 'oauth' });
  return token;
}
