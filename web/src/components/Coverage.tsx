// What the data holds, when it is a country's network only (the demo: Luxembourg's): said on
// the search page and in the footer, so that nobody takes a short list for the whole of the
// programmes.
import { DataCoverageDocument as DataCoverageQuery } from "../gql/graphql";
import { t } from "../i18n";
import { useQuery } from "../lib/client";
import { countryName } from "../lib/format";

export function CoverageNote({ className }: { className?: string }) {
  const { data } = useQuery(DataCoverageQuery, {});
  const coverage = data?.dataCoverage;
  if (!coverage?.country) return null;
  return (
    <p class={className} data-coverage>
      {t("coverage.country", { country: countryName(coverage.country), projects: coverage.projects, organizations: coverage.organizations })}
    </p>
  );
}
