import { ClustersDocument as ClustersQuery } from "../gql/graphql";
import { Figure, Status } from "../components/common";
import { locale, t } from "../i18n";
import { clusterTexts } from "../i18n/clusters";
import { useQuery } from "../lib/client";
import { useTitle } from "../lib/debounce";
import { date } from "../lib/format";
import { nodePath } from "../lib/links";


export default function ClustersPage() {
  const { data, error, fetching } = useQuery(ClustersQuery, {});
  useTitle(t("clusters.title"));
  const clusters = data?.clusters ?? [];
  return (
    <div class="page">
      <h1>{t("clusters.title")}</h1>
      <p class="muted">{t("cluster.countsNote")}</p>
      <p class="actions">
        <a href="/initiative">{t("initiative.open")}</a>
      </p>
      <Status fetching={fetching} error={error} empty={clusters.length === 0} emptyText={t("clusters.none")}>
        <ul class="cards">
          {clusters.map((c) => (
            <li key={c.id} class="card">
              <h2>
                <a href={nodePath("Cluster", c.id)}>{c.name}</a>
              </h2>
              <p>{clusterTexts(c, locale()).sector}</p>
              <ul class="stats small" aria-label={t("cluster.headline")}>
                {/* "0 members" read as an empty cluster where no member was ever recorded */}
                {c.stats.members + c.stats.formerMembers > 0 ? <Figure count={c.stats.members} label="members" /> : <li class="muted">{t("clusters.noMembersYet")}</li>}
                <Figure count={c.stats.activeInDomain} label="activeInDomain" />
                <Figure count={c.stats.projects} label="projects" />
              </ul>
              {c.launchDate && <p class="muted">{t("clusters.launched", { date: date(c.launchDate) })}</p>}
            </li>
          ))}
        </ul>
      </Status>
    </div>
  );
}
