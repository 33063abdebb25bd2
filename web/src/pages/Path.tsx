// The path between two organisations through shared projects (connectionPath), as of a date.
import { useLocation } from "preact-iso";
import { NodeNameDocument as NodeNameQuery, PathDocument as PathQuery } from "../gql/graphql";
import { Empty, KindBadge, Section, Status } from "../components/common";
import { Picker } from "../components/Picker";
import { t } from "../i18n";
import { useQuery } from "../lib/client";
import { useTitle } from "../lib/debounce";
import { findOrganizations } from "../lib/finders";
import { orgName, programmeLabel, projectName, projectWhen } from "../lib/format";
import { nodePath, withParams } from "../lib/links";

/** The longest chain the API looks for (Query.connectionPath's maxHops). */
const MAX_HOPS = 6;

function Chosen({ id, role, onClear }: { id: string; role: string; onClear: () => void }) {
  const { data } = useQuery(NodeNameQuery, { id });
  const node = data?.node;
  const name = node?.__typename === "Organization" ? orgName(node) : id;
  return (
    <p>
      {role}
      {t("punctuation.colon")}
      <a href={nodePath("Organization", id)}>{name}</a>{" "}
      <button type="button" class="link" onClick={onClear}>
        {t("path.change")}
        <span class="visually-hidden"> {role}</span>
      </button>
    </p>
  );
}

/** What links the two: itself, one of the projects they share (with how many they share: the
 * chain shows one), or a chain of projects. */
function pathSentence(found: { length: number; sharedProjects?: number | null }): string {
  if (found.length === 0) return t("path.same");
  if (found.length === 1 && (found.sharedProjects ?? 1) > 1) return t("path.together", { count: found.sharedProjects ?? 1 });
  return t("path.apart", { count: found.length });
}

export default function PathPage() {
  const { path, query, route } = useLocation();
  const from = query.from ?? "";
  const to = query.to ?? "";
  const maxHops = Math.min(MAX_HOPS, Math.max(1, Number(query.hops) || 4));
  const asOf = query.asOf || null;
  const set = (changes: Record<string, string>) => route(withParams(path, { ...query, ...changes }), true);
  useTitle(t("path.title"));
  const ready = Boolean(from && to);
  const { data, error, fetching } = useQuery(PathQuery, { from, to, maxHops, asOf }, { pause: !ready });
  const found = data?.connectionPath;
  return (
    <div class="page">
      <h1>{t("path.heading")}</h1>
      <form class="filters" aria-label={t("path.settings")} onSubmit={(e) => e.preventDefault()}>
        <div>
          {from ? (
            <Chosen id={from} role={t("path.from")} onClear={() => set({ from: "" })} />
          ) : (
            <Picker label={t("path.from")} find={findOrganizations} onPick={(o) => set({ from: o.id })} />
          )}
        </div>
        <div>
          {to ? (
            <Chosen id={to} role={t("path.to")} onClear={() => set({ to: "" })} />
          ) : (
            <Picker label={t("path.to")} find={findOrganizations} onPick={(o) => set({ to: o.id })} />
          )}
        </div>
        <label>
          {t("path.hops")}{" "}
          <select value={maxHops} onChange={(e) => set({ hops: e.currentTarget.value })}>
            {[1, 2, 3, 4, 5, 6].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("path.asOf")} <input type="date" value={asOf ?? ""} onChange={(e) => set({ asOf: e.currentTarget.value })} />
        </label>
      </form>
      <Section title={t("path.path")}>
        {!ready ? (
          <Empty>{t("path.choose")}</Empty>
        ) : (
          <Status fetching={fetching} error={error} empty={!found} emptyText={maxHops < MAX_HOPS ? `${t("path.none", { count: maxHops })} ${t("path.longer")}` : t("path.none", { count: maxHops })}>
            {found && (
              <>
                <p>{pathSentence(found)}</p>
                <ol class="path">
                  {found.nodes.map((node) => (
                    <li key={node.id} class={node.__typename === "Project" ? "via" : "stop"}>
                      {node.__typename === "Organization" && (
                        <>
                          <a href={nodePath("Organization", node.id)}>{orgName(node)}</a> <KindBadge kind={node.kind} />
                        </>
                      )}
                      {node.__typename === "Project" && (
                        <>
                          {t("path.via")} <a href={nodePath("Project", node.id)}>{projectName(node)}</a>
                          <span class="muted">
                            {" · "}
                            {programmeLabel(node.programme)}, {projectWhen(node)}
                          </span>
                        </>
                      )}
                    </li>
                  ))}
                </ol>
              </>
            )}
          </Status>
        )}
      </Section>
    </div>
  );
}
