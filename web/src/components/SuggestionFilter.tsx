// The filters of suggestPartners / suggestClusterMembers, kept in the page's URL. Countries
// are picked by name; `countries=any` in the URL means every country, no `countries` the
// page's default (the cluster's country when recruiting, none for partners). Topics make the
// subject: only organisations with work on them are suggested (none chosen: any subject for
// an organisation's partners, the cluster's own themes when recruiting).
import { useLocation } from "preact-iso";
import { useState } from "preact/hooks";
import type { OrganizationKind, SuggestionFilter } from "../gql/graphql";
import { t } from "../i18n";
import { listParam, withParams } from "../lib/links";
import { wideScreen } from "../lib/screen";
import { NodeNameDocument as NodeNameQuery } from "../gql/graphql";
import { useQuery } from "../lib/client";
import { CountryPicker } from "./CountryPicker";
import { KindChoice } from "./KindChoice";
import { nodeLabel } from "./NodeLabel";
import { TopicChoice } from "./NodeChoice";

export const ANY_COUNTRY = "any";

/** The countries the URL asks for, or `defaults` when it says nothing. */
export function countriesFromQuery(query: Record<string, string>, defaults: string[] = []): string[] {
  if (query.countries === undefined) return defaults;
  if (query.countries === ANY_COUNTRY) return [];
  return listParam(query.countries).map((c) => c.toUpperCase());
}

export function filterFromQuery(query: Record<string, string>, existingDefault: boolean, countryDefaults: string[] = []): SuggestionFilter {
  const kinds = listParam(query.kinds) as OrganizationKind[];
  const countries = countriesFromQuery(query, countryDefaults);
  const recent = Number(query.recent);
  const topics = listParam(query.topics);
  return {
    kinds: kinds.length ? kinds : null,
    topicIds: topics.length ? topics : null,
    countries: countries.length ? countries : null,
    minRecentProjects: Number.isInteger(recent) && recent > 0 ? recent : null,
    includeExistingPartners: query.existing ? query.existing === "yes" : existingDefault,
  };
}

/** A topic offered in one click (an organisation's main subjects). */
export type Shortcut = { id: string; label: string };

export function SuggestionFilterForm(props: {
  existingDefault: boolean;
  existingLabel: string;
  countryDefaults?: string[];
  topicsDefault: string;
  shortcuts?: Shortcut[];
}) {
  const { path, query, route } = useLocation();
  const filter = filterFromQuery(query, props.existingDefault, props.countryDefaults);
  const set = (changes: Record<string, string>) => route(withParams(path, { ...query, ...changes }), true);
  const kinds = filter.kinds ?? [];
  const chosenTopics = (filter.topicIds ?? []) as string[];
  // On a phone the finer filters fold away unless one is set (or a default country applies,
  // which the reader must see): the topic, what most asks, stays first.
  const finer = Boolean(query.kinds || query.countries || query.recent || query.existing || props.countryDefaults?.length);
  const [open, setOpen] = useState(() => finer || wideScreen());
  return (
    <form class="filters" onSubmit={(event) => event.preventDefault()} aria-label={t("filter.label")}>
      <div>
        <TopicChoice chosen={chosenTopics} onChange={(ids) => set({ topics: ids.join(",") })} label={t("filter.topics")} />
        {!filter.topicIds && <p class="muted small">{props.topicsDefault}</p>}
        <Shortcuts shortcuts={props.shortcuts ?? []} chosen={chosenTopics} onChoose={(id) => set({ topics: [...chosenTopics, id].join(",") })} />
      </div>
      <details class="more-filters" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{t("filter.more")}</summary>
        <KindChoice label={t("filter.kinds")} chosen={kinds} onChange={(next) => set({ kinds: next.join(",") })} />
        <CountryPicker
          label={t("filter.countries")}
          chosen={(filter.countries ?? []) as string[]}
          onChange={(codes) => set({ countries: codes.length ? codes.join(",") : ANY_COUNTRY })}
        />
        <label>
          {t("filter.recent")}{" "}
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
            checked={filter.includeExistingPartners ?? props.existingDefault}
            onChange={(event) => set({ existing: event.currentTarget.checked ? "yes" : "no" })}
          />
          {props.existingLabel}
        </label>
      </details>
    </form>
  );
}

/** Topics offered in one click beside the picker, each added to those chosen (the ones
 * already chosen are not offered again). */
function Shortcuts({ shortcuts, chosen, onChoose }: { shortcuts: Shortcut[]; chosen: string[]; onChoose: (id: string) => void }) {
  const left = shortcuts.filter((topic) => !chosen.includes(topic.id));
  if (left.length === 0) return null;
  return (
    <p class="shortcuts">
      {t(chosen.length ? "filter.shortcutsMore" : "filter.shortcuts")}{" "}
      {left.map((topic) => (
        <button key={topic.id} type="button" class="secondary" onClick={() => onChoose(topic.id)}>
          {topic.label}
        </button>
      ))}
    </p>
  );
}

/** Under an empty list filtered on topics: a theme a cluster entered by hand has no project
 * tagged with it, so nobody works on it by the tags; the consortium builder asks its name in
 * the projects' texts instead. Said for each such theme chosen. */
export function TopicsInWords({ topicIds }: { topicIds: SuggestionFilter["topicIds"] }) {
  return <>{(topicIds ?? []).map((id) => <CuratedHint key={id} id={String(id)} />)}</>;
}

function CuratedHint({ id }: { id: string }) {
  const { data } = useQuery(NodeNameQuery, { id });
  const node = data?.node;
  if (node?.__typename !== "Topic" || node.topicKind !== "CURATED") return null;
  return (
    <p>
      {t("filter.topicsInWords", { name: nodeLabel(node, id) })} <a href={withParams("/consortium", { topics: id })}>{t("filter.topicsInWordsLink")}</a>
    </p>
  );
}

/** A subject the topics do not name ("6G", "data spaces"): asked in words by the consortium
 * builder, with ``params`` (the recruiting's countries, or the organisation in the
 * consortium). */
export function SubjectInWords({ params, label, hint }: { params: Record<string, string>; label: string; hint: string }) {
  const { route } = useLocation();
  const [text, setText] = useState("");
  return (
    <form
      class="brief-box in-words"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) route(withParams("/consortium", { brief: text.trim(), ...params }));
      }}
    >
      <label for="subject-words">{label}</label>
      <input id="subject-words" type="text" required maxLength={2000} value={text} placeholder={t("consortium.aboutPlaceholder")} onInput={(e) => setText(e.currentTarget.value)} />
      <p class="muted">{hint}</p>
      <button type="submit">{t("filter.inWordsGo")}</button>
    </form>
  );
}
