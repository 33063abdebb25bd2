// Every page has a URL: these build them from a node's type and id.
export function nodePath(typename: string | undefined, id: string): string {
  const safe = encodeURIComponent(id);
  switch (typename) {
    case "Organization":
      return `/organizations/${safe}`;
    case "Project":
      return `/projects/${safe}`;
    case "Cluster":
      return `/clusters/${safe}`;
    case "Topic":
      return `/topics/${safe}`;
    default:
      return `/search?q=${safe}`;
  }
}

/** A path with query parameters; empty values are left out so URLs stay short. */
export function withParams(path: string, params: Record<string, string | string[] | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (Array.isArray(value)) {
      if (value.length) search.set(key, value.join(","));
    } else if (value) {
      search.set(key, value);
    }
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

export function listParam(value: string | undefined | null): string[] {
  return value ? value.split(",").map((s) => s.trim()).filter(Boolean) : [];
}

/**
 * `value` when it is a path of this site ("/clusters/x?tab=manage"), else `fallback`. Refuses
 * what a browser would read as another site or cannot push into its history: "//host",
 * "/\host" (browsers turn "\" into "/"), control characters and tabs ("/%09/host"), and
 * anything that does not start with "/".
 */
export function localPath(value: string | undefined | null, fallback: string): string {
  if (!value || !value.startsWith("/") || /[\\\u0000-\u001f\u007f]/.test(value)) return fallback;
  if (value.startsWith("//")) return fallback;
  try {
    const base = "http://local.invalid";
    const url = new URL(value, base);
    return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}
