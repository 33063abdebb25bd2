// The manager's API key lives in this tab's sessionStorage, gone when the tab closes; or, when
// the manager chose to stay signed in on this device, in localStorage, read by every tab of
// this site until one of them signs out.
const KEY = "clustergraph.apiKey";

type Listener = () => void;
const listeners = new Set<Listener>();

function read(storage: () => Storage): string | null {
  try {
    return storage().getItem(KEY);
  } catch {
    return null; // storage refused (private mode, blocked cookies)
  }
}

export function apiKey(): string | null {
  return read(() => sessionStorage) ?? read(() => localStorage);
}

/** Whether the key in use is kept on this device rather than in this tab. */
export function keptOnDevice(): boolean {
  return read(() => sessionStorage) === null && read(() => localStorage) !== null;
}

/** Keeps `token` for this tab, or on this device (`keep`); null signs out of every tab. */
export function setApiKey(token: string | null, keep = false): void {
  sessionStorage.removeItem(KEY);
  localStorage.removeItem(KEY);
  if (token) (keep ? localStorage : sessionStorage).setItem(KEY, token);
  listeners.forEach((listener) => listener());
}

export function onApiKeyChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Another tab signed in or out with a key kept on this device.
globalThis.addEventListener?.("storage", (event) => {
  if (event.key === KEY || event.key === null) listeners.forEach((listener) => listener());
});

/** The part of a token that names the key (cgk_<id>_...), safe to show. */
export function keyId(token: string): string | null {
  const match = /^cgk_([0-9a-f]{12})_/.exec(token);
  return match ? match[1] : null;
}
