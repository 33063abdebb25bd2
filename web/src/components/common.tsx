// Small building blocks every page uses: states, links, badges, a "more" button, the
// "not found" view.
import { Fragment, type ComponentChildren } from "preact";
import { locale, t } from "../i18n";
import { countryName, kindLabel, money, orgName, townName } from "../lib/format";
import { nodePath } from "../lib/links";

export function Loading() {
  return (
    <p class="state loading" role="status" aria-live="polite">
      {t("state.loading")}
    </p>
  );
}

export function ErrorNote({ message }: { message: string }) {
  return (
    <p class="state error" role="alert">
      {message}
    </p>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="state empty">{children}</p>;
}

/** Loading, error and empty states around a piece of data. */
export function Status(props: {
  fetching: boolean;
  error: string | undefined;
  empty?: boolean;
  emptyText?: ComponentChildren;
  children?: ComponentChildren;
}) {
  if (props.error) return <ErrorNote message={props.error} />;
  if (props.fetching && props.empty !== false) return <Loading />;
  if (props.empty) return props.emptyText ? <Empty>{props.emptyText}</Empty> : null;
  // While newer data loads, the old stays on screen, marked busy.
  return <div aria-busy={props.fetching ? "true" : "false"}>{props.children}</div>;
}

/** The page of a missing page or node: a heading, what is missing, and ways on. */
export function NotFoundView({ message }: { message?: string }) {
  return (
    <div class="page not-found">
      <h1>{t("notFound.title")}</h1>
      <p>{message ?? t("notFound.text")}</p>
      <h2>{t("notFound.waysOn")}</h2>
      <ul>
        <li>
          <a href="/">{t("notFound.search")}</a>
        </li>
        <li>
          <a href="/clusters">{t("notFound.clusters")}</a>
        </li>
        <li>
          <a href="/consortium">{t("notFound.consortium")}</a>
        </li>
      </ul>
    </div>
  );
}

/** A detail page's node while it loads, when it failed, or when it does not exist. */
export function Missing(props: { fetching: boolean; error: string | undefined; message: string }) {
  if (props.error) {
    return (
      <div class="page">
        <ErrorNote message={props.error} />
      </div>
    );
  }
  if (props.fetching) {
    return (
      <div class="page">
        <Loading />
      </div>
    );
  }
  return <NotFoundView message={props.message} />;
}

export function KindBadge({ kind }: { kind: string | null | undefined }) {
  return <span class={`badge kind-${(kind ?? "unknown").toLowerCase()}`}>{kindLabel(kind)}</span>;
}

interface OrgLike {
  id: string;
  displayName?: string | null;
  name?: string | null;
  shortName?: string | null;
  kind?: string | null;
  country?: string | null;
  city?: string | null;
}

export function OrgLink({ org }: { org: OrgLike }) {
  return <a href={nodePath("Organization", org.id)}>{orgName(org)}</a>;
}

/** An organisation in a list: its name as a link, kind, place. */
export function OrgLine({ org, children }: { org: OrgLike; children?: ComponentChildren }) {
  // a hyphenated name kept whole: "Royaume-Uni" broke at its hyphen beside a button
  const place = [townName(org.city, org.country), countryName(org.country)].filter((name): name is string => Boolean(name));
  return (
    <>
      <OrgLink org={org} /> <KindBadge kind={org.kind} />
      {place.length > 0 && (
        <span class="muted">
          {" · "}
          {place.map((name, i) => (
            <Fragment key={i}>
              {i > 0 && ", "}
              {name.includes("-") ? <span class="place">{name}</span> : name}
            </Fragment>
          ))}
        </span>
      )}
      {children}
    </>
  );
}

/** "Show more" under a paged list: the next page from the API, by cursor. */
export function MoreButton(props: { shown: number; total: number; hasMore: boolean; onClick: () => void; busy?: boolean }) {
  if (!props.hasMore) return null;
  const format = new Intl.NumberFormat(locale());
  return (
    <p class="more">
      <button type="button" onClick={props.onClick} disabled={props.busy}>
        {props.busy ? t("state.loading") : t("state.more", { shown: format.format(props.shown), total: format.format(props.total) })}
      </button>
    </p>
  );
}

export function Section(props: { id?: string; title: string; children: ComponentChildren; actions?: ComponentChildren }) {
  const headingId = props.id ? `${props.id}-title` : undefined;
  return (
    <section class="panel" id={props.id} aria-labelledby={headingId}>
      <div class="panel-head">
        <h2 id={headingId}>{props.title}</h2>
        {props.actions}
      </div>
      {props.children}
    </section>
  );
}

const FIGURES = {
  members: "cluster.members",
  activeInDomain: "cluster.activeInDomain",
  formerMembers: "cluster.formerMembers",
  projects: "cluster.projects",
  partnersOutside: "cluster.partnersOutside",
  countries: "cluster.countries",
} as const;

/** A headline figure: the number, large, and what it counts, with the right plural. */
export function Figure({ count, label }: { count: number; label: keyof typeof FIGURES }) {
  return (
    <li data-figure={label}>
      <strong>{new Intl.NumberFormat(locale()).format(count)}</strong> {t(FIGURES[label], { count })}
    </li>
  );
}

/** A participation's EU contribution: none for an associated partner, which takes part
 * without EU funding; "not given" when CORDIS gives no figure (never an empty cell). */
export function Contribution({ value, cordisRole }: { value: number | null | undefined; cordisRole: string | null | undefined }) {
  if (value != null) return <>{money(value)}</>;
  return <span class="muted">{t(cordisRole === "associatedPartner" ? "project.noFunding" : "project.contributionNotGiven")}</span>;
}
