// Where GraphiQL keeps its state: this tab only (sessionStorage), and never the request
// headers, which hold a manager's API key. GraphiQL's history and tab state write each
// query with its headers whatever `shouldPersistHeaders` says; here every "headers" field is
// emptied before anything is stored.

export type GraphiQLStorage = {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  clear(): void;
  readonly length: number;
};

const NAMESPACE = "graphiql:";

function withoutHeaders(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutHeaders);
  if (value && typeof value === "object") {
    const copy: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      copy[key] = key === "headers" ? "" : withoutHeaders(inner);
    }
    return copy;
  }
  return value;
}

/** `value` with every "headers" field emptied, when it is JSON; unchanged otherwise. */
export function scrubHeaders(value: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return value;
  }
  return JSON.stringify(withoutHeaders(parsed));
}

/** GraphiQL's storage over `backing` (the tab's sessionStorage), headers never written. */
export function tabStorage(backing: Storage): GraphiQLStorage {
  return {
    getItem: (key) => backing.getItem(key),
    setItem: (key, value) => backing.setItem(key, scrubHeaders(value)),
    removeItem: (key) => backing.removeItem(key),
    clear: () => {
      for (const key of Object.keys(backing)) if (key.startsWith(NAMESPACE)) backing.removeItem(key);
    },
    get length() {
      return Object.keys(backing).filter((key) => key.startsWith(NAMESPACE)).length;
    },
  };
}

/** Remove what earlier versions of this page left in `persistent` (localStorage). */
export function forgetPersisted(persistent: Storage): void {
  for (const key of Object.keys(persistent)) if (key.startsWith(NAMESPACE)) persistent.removeItem(key);
}
