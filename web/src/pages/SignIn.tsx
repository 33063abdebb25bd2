// Sign in with an API key (clustergraph apikey create). The key is checked by asking the
// service who it is (viewer), kept in this tab's session (or on this device, when asked),
// and a cluster manager lands on their own cluster's page (or where `next` says).
import { useLocation } from "preact-iso";
import { useId, useState } from "preact/hooks";
import { ViewerDocument as ViewerQuery } from "../gql/graphql";
import { t } from "../i18n";
import { apiKey, keptOnDevice, setApiKey } from "../lib/auth";
import { fetchQuery, RequestError } from "../lib/client";
import { useTitle } from "../lib/debounce";
import { localPath } from "../lib/links";
import { homeOf } from "../lib/viewer";

const TOKEN_SHAPE = /^cgk_[0-9a-f]{12}_[A-Za-z0-9_-]{20,}$/;

export default function SignIn() {
  const { query, route } = useLocation();
  const [token, setToken] = useState("");
  const [keep, setKeep] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const errorId = useId();
  useTitle(t("signIn.title"));
  const submit = async (event: Event) => {
    event.preventDefault();
    const given = token.trim();
    if (!TOKEN_SHAPE.test(given)) {
      setError(t(given ? "signIn.notAKey" : "signIn.empty"));
      return;
    }
    setBusy(true);
    const previous = [apiKey(), keptOnDevice()] as const;
    setApiKey(given, keep);
    try {
      const { viewer } = await fetchQuery(ViewerQuery, {});
      route(localPath(query.next, homeOf(viewer)));
    } catch (e) {
      setApiKey(...previous);
      // "sign out, or sign in again" is no advice on the sign-in page
      setError(e instanceof RequestError && e.refused ? t("signIn.refused") : (e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="page narrow">
      <h1>{t("signIn.title")}</h1>
      <p>{t("signIn.intro")}</p>
      <form onSubmit={submit} class="write">
        <label for={inputId}>{t("signIn.key")}</label>
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
        <label>
          <input type="checkbox" checked={keep} onChange={(event) => setKeep(event.currentTarget.checked)} />{" "}
          {t("signIn.keep")}
        </label>
        <button type="submit" disabled={busy}>
          {busy ? t("signIn.checking") : t("signIn.submit")}
        </button>
      </form>
    </div>
  );
}
