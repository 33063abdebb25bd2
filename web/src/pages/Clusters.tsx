import { ClustersQuery } from "../graphql/operations";
import { Status } from "../components/common";
import { useQuery } from "../lib/client";
import { useTitle } from "../lib/debounce";
import { nodePath } from "../lib/links";

export default function ClustersPage() {
  const { data, error, fetching } = useQuery(ClustersQuery, {});
  useTitle("Clusters");
  const clusters = data?.clusters ?? [];
  return (
    <div class="page">
      <h1>Clusters</h1>
      <Status what="clusters" fetching={fetching} error={error} empty={clusters.length === 0}>
        <ul class="cards">
          {clusters.map((c) => (
            <li key={c.id} class="card">
              <h2>
                <a href={nodePath("Cluster", c.id)}>{c.name}</a>
              </h2>
              <p>{c.sector}</p>
              <p class="muted">
                {c.stats.members} members · {c.stats.projects} projects · {c.stats.partnersOutside} partners outside
                {c.launchDate && ` · launched ${c.launchDate}`}
              </p>
            </li>
          ))}
        </ul>
      </Status>
    </div>
  );
}
