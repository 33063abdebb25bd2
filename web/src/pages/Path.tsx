// The path between two organisations through shared projects (connectionPath), as of a date.
import { useLocation } from "preact-iso";
import { NodeNameQuery, PathQuery } from "../graphql/operations";
import { Empty, KindBadge, Section, Status } from "../components/common";
import { Picker } from "../components/Picker";
import { useQuery } from "../lib/client";
import { useTitle } from "../lib/debounce";
import { findOrganizations } from "../lib/finders";
import { orgName, programmeLabel, projectName, projectWhen } from "../lib/format";
import { nodePath, withParams } from "../lib/links";

function Chosen({ id, role, onClear }: { id: string; role: string; onClear: () => void }) {
  const { data } = useQuery(NodeNameQuery, { id });
  const node = data?.node;
  const name = node?.__typename === "Organization" ? orgName(node) : id;
  return (
    <p>
      {role}: <a href={nodePath("Organization", id)}>{name}</a>{" "}
      <button type="button" class="link" onClick={onClear}>
        change<span class="visually-hidden"> {role}</span>
      </button>
    </p>
  );
}

export default function PathPage() {
  const { path, query, route } = useLocation();
  const from = query.from ?? "";
  const to = query.to ?? "";
  const maxHops = Math.min(6, Math.max(1, Number(query.hops) || 4));
  const asOf = query.asOf || null;
  const set = (changes: Record<string, string>) => route(withParams(path, { ...query, ...changes }), true);
  useTitle("Path between organisations");
  const ready = Boolean(from && to);
  const { data, error, fetching } = useQuery(PathQuery, { from, to, maxHops, asOf }, { pause: !ready });
  const found = data?.connectionPath;
  return (
    <div class="page">
      <h1>How are two organisations connected?</h1>
      <form class="filters" aria-label="Path settings" onSubmit={(e) => e.preventDefault()}>
        <div>
          {from ? (
            <Chosen id={from} role="From" onClear={() => set({ from: "" })} />
          ) : (
            <Picker label="From" find={findOrganizations} onPick={(o) => set({ from: o.id })} />
          )}
        </div>
        <div>
          {to ? <Chosen id={to} role="To" onClear={() => set({ to: "" })} /> : <Picker label="To" find={findOrganizations} onPick={(o) => set({ to: o.id })} />}
        </div>
        <label>
          Most projects in the chain{" "}
          <select value={maxHops} onChange={(e) => set({ hops: e.currentTarget.value })}>
            {[1, 2, 3, 4, 5, 6].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label>
          As of <input type="date" value={asOf ?? ""} onChange={(e) => set({ asOf: e.currentTarget.value })} />
        </label>
      </form>
      <Section title="Path">
        {!ready ? (
          <Empty>Choose two organisations.</Empty>
        ) : (
          <Status what="path" fetching={fetching} error={error} empty={!found} emptyText={`No chain of at most ${maxHops} shared projects links them.`}>
            {found && (
              <>
                <p>
                  {found.length === 0 ? "The same organisation." : `${found.length} shared project${found.length > 1 ? "s" : ""} apart.`}
                </p>
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
                          via project <a href={nodePath("Project", node.id)}>{projectName(node)}</a>
                          <span class="muted">
                            {" "}
                            · {programmeLabel(node.programme)}, {projectWhen(node)}
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
