/**
 * Asked before main keeps a secret (a token, a key, a webhook address) where Linux has no keyring: safeStorage
 * would then protect it with a key built into every copy of Electron, which the user must agree to knowingly.
 */
export function WeakStorageConsent({ what, onAgree }: { what: string; onAgree: () => void }) {
  return (
    <p role="alert">
      This system has no secret store, so the {what} can only be kept with weak protection.{' '}
      <button type="button" onClick={onAgree}>
        Store it anyway
      </button>
    </p>
  );
}
