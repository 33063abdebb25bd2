// The filters of suggestPartners / suggestClusterMembers, kept in the page's URL.
import { useLocation } from "preact-iso";
import type { OrganizationKind, SuggestionFilter } from "../gql/graphql";
import { KINDS, kindLabel } from "../lib/format";
import { listParam, withParams } from "../lib/links";

export function filterFromQuery(query: Record<string, string>, existingDefault: boolean): SuggestionFilter {
  const kinds = listParam(query.kinds) as OrganizationKind[];
  const countries = listParam(query.countries).map((c) => c.toUpperCase());
  const recent = Number(query.recent);
  return {
    kinds: kinds.length ? kinds : null,
    countries: countries.length ? countries : null,
    minRecentProjects: Number.isInteger(recent) && recent > 0 ? recent : null,
    includeExistingPartners: query.existing ? query.existing === "yes" : existingDefault,
  };
}

export function SuggestionFilterForm({ existingDefault, existingLabel }: { existingDefault: boolean; existingLabel: string }) {
  const { path, query, route } = useLocation();
  const filter = filterFromQuery(query, existingDefault);
  const set = (changes: Record<string, string>) => route(withParams(path, { ...query, ...changes }), true);
  const kinds = filter.kinds ?? [];
  const toggleKind = (kind: OrganizationKind) => {
    const next = kinds.includes(kind) ? kinds.filter((k) => k !== kind) : [...kinds, kind];
    set({ kinds: next.join(",") });
  };
  return (
    <form class="filters" onSubmit={(event) => event.preventDefault()} aria-label="Filter suggestions">
      <fieldset>
        <legend>Kinds</legend>
        {KINDS.map((kind) => (
          <label key={kind} class="chip">
            <input type="checkbox" checked={kinds.includes(kind)} onChange={() => toggleKind(kind)} />
            {kindLabel(kind)}
          </label>
        ))}
      </fieldset>
      <label>
        Countries{" "}
        <input
          class="medium"
          placeholder="e.g. LU,DE"
          value={(filter.countries ?? []).join(",")}
          onChange={(event) => set({ countries: event.currentTarget.value.replaceAll(" ", "") })}
        />
      </label>
      <label>
        Recent projects at least{" "}
        <input
          class="short"
          type="number"
          min={0}
          value={filter.minRecentProjects ?? ""}
          onChange={(event) => set({ recent: event.currentTarget.value })}
        />
      </label>
      <label class="chip">
        <input
          type="checkbox"
          checked={filter.includeExistingPartners ?? existingDefault}
          onChange={(event) => set({ existing: event.currentTarget.checked ? "yes" : "no" })}
        />
        {existingLabel}
      </label>
    </form>
  );
}
