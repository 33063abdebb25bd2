// The manager's API key lives in sessionStorage only: it goes when the tab closes.
const KEY = "clustergraph.apiKey";

type Listener = () => void;
const listeners = new Set<Listener>();

export function apiKey(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function setApiKey(token: string | null): void {
  if (token) sessionStorage.setItem(KEY, token);
  else sessionStorage.removeItem(KEY);
  listeners.forEach((listener) => listener());
}

export function onApiKeyChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The part of a token that names the key (cgk_<id>_...), safe to show. */
export function keyId(token: string): string | null {
  const match = /^cgk_([0-9a-f]{12})_/.exec(token);
  return match ? match[1] : null;
}
