// Sign in with an API key (clustergraph apikey create). The key is checked with one request
// and kept in this tab's session only.
import { useLocation } from "preact-iso";
import { useId, useState } from "preact/hooks";
import { ClustersQuery } from "../graphql/operations";
import { apiKey, setApiKey } from "../lib/auth";
import { fetchQuery } from "../lib/client";
import { useTitle } from "../lib/debounce";
import { localPath } from "../lib/links";

const TOKEN_SHAPE = /^cgk_[0-9a-f]{12}_[A-Za-z0-9_-]{20,}$/;

export default function SignIn() {
  const { query, route } = useLocation();
  const [token, setToken] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const errorId = useId();
  useTitle("Sign in");
  const submit = async (event: Event) => {
    event.preventDefault();
    const given = token.trim();
    if (!TOKEN_SHAPE.test(given)) {
      setError("This is not an API key: keys look like cgk_<12 hex digits>_<secret>.");
      return;
    }
    setBusy(true);
    const previous = apiKey();
    setApiKey(given);
    try {
      await fetchQuery(ClustersQuery, {});
      route(localPath(query.next, "/clusters"));
    } catch (e) {
      setApiKey(previous);
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="page narrow">
      <h1>Sign in</h1>
      <p>
        Cluster managers and admins sign in with the API key they were given (<code>clustergraph apikey create</code>). The key
        stays in this browser tab only and is forgotten when the tab closes.
      </p>
      <form onSubmit={submit} class="write">
        <label for={inputId}>API key</label>
        <input
          id={inputId}
          type="password"
          autocomplete="off"
          value={token}
          aria-invalid={error ? "true" : undefined}
          aria-describedby={error ? errorId : undefined}
          onInput={(event) => setToken(event.currentTarget.value)}
        />
        {error && (
          <p id={errorId} class="field-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? "Checking…" : "Sign in"}
        </button>
      </form>
    </div>
  );
}
