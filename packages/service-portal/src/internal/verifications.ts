// The lookup secret opens a dossier, so it never goes into the address (which ends up in history,
// logs and shared links): it stays in this tab's sessionStorage, under the key the portal pages use.
const key = (dossierCode: string): string => `dvc-portal-verification:${dossierCode}`;

export function rememberVerification(dossierCode: string, secret: string): void {
  try {
    sessionStorage.setItem(key(dossierCode), secret);
  } catch {
    // storage disabled: the tracker asks for the code again
  }
}

export function recallVerification(dossierCode: string): string | undefined {
  try {
    return sessionStorage.getItem(key(dossierCode)) ?? undefined;
  } catch {
    return undefined;
  }
}
