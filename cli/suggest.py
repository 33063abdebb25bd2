"""``clustergraph suggest`` and ``clustergraph evaluate`` (registered in ``cli/main.py``)."""

from __future__ import annotations

import asyncio
import datetime
import json
import os
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from neo4j import AsyncGraphDatabase, Driver, GraphDatabase
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress
from rich.table import Table

from graph.client import Graph
from graph.errors import GraphError
from graph.repositories import suggestions as suggestions_repo
from graph.repositories.search import ids_matching
from graph.settings import DEFAULT_PASSWORD, Settings
from graph.values import InvalidValue, country_code
from recommender import call_evaluation, consortium_evaluation, evaluation
from recommender.engine import MAX_FIRST, Brief, Criteria, suggest, suggest_consortium
from recommender.scoring import Suggestion
from recommender.text import STRICT_ENOUGH
from resolvers import suggestions as resolve
from resolvers.context import Context
from schema.errors import InvalidInput

console = Console()
errors = Console(stderr=True)

EVAL_HOME = Path(__file__).resolve().parent.parent / ".neo4j" / "eval"
EVAL_PORT = 7695
MARKER = "evaluation-split"
WIPE = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
# Evidence named per group of reasons in the table (the rest is counted).
EVIDENCE_SHOWN = 3
# The H2020 files of the evaluation network (the split's projects, their names, titles and
# call topics); with them, the complete Horizon Europe files (evaluation.he_files), whose
# projects before the split join the network (none before 2021).
DATA_FILES = (
    "participations.csv.gz",
    "organizations.csv",
    "organizations_supplement.csv.gz",
    "programme_parts.csv.gz",
    "rcn_grant_map.csv.gz",
    "projects.csv.gz",
)
TASKS = ("partners", "consortium", "calls")
HE_ORGANIZATIONS = "organizations.csv.gz"
HE_PROJECTS = "projects.csv.gz"
METRICS2 = ("hit@10", "mrr")


async def _resolve(graph: Graph, text: str) -> tuple[str | None, list[dict[str, str]]]:
    """The organisation id for an id or a name; else the candidate matches."""
    rows = await graph.read(
        "MATCH (o:Organization {id: $id}) RETURN o.id AS id, o.name AS name", {"id": text}
    )
    if rows:
        return rows[0]["id"], []
    ids = await ids_matching(graph, text, "Organization", 20)
    if not ids:
        return None, []
    found = await graph.read(
        "UNWIND $ids AS id MATCH (o:Organization {id: id}) "
        "RETURN o.id AS id, o.name AS name, coalesce(o.names, [o.name]) AS names, "
        "o.country AS country",
        {"ids": ids},
    )
    wanted = folded(text)
    exact = [r for r in found if wanted in {folded(n) for n in r["names"] if n}]
    if len(found) == 1 or len(exact) == 1:
        return (exact or found)[0]["id"], []
    return None, found


def folded(text: str) -> str:
    """``text`` without accents, case or surrounding spaces ("Université" = "UNIVERSITE")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def shown_name(row: dict[str, str], org_id: str) -> str:
    """The name of an organisation for a table, or that it has none (never a blank cell)."""
    return row.get("name") or f"Unnamed organisation ({org_id})"


async def _resolve_or_exit(graph: Graph, text: str) -> str:
    """The organisation id for ``text``, or a message (and exit 2) when none or several."""
    org_id, matches = await _resolve(graph, text)
    if org_id is not None:
        return org_id
    if not matches:
        errors.print(f"[red]No organisation with id or name {text!r}.[/red]")
        raise typer.Exit(2)
    table = Table(title=f"{len(matches)} organisations match {text!r}; give an id")
    for column in ("id", "name", "country"):
        table.add_column(column)
    for row in matches:
        table.add_row(escape(row["id"]), escape(shown_name(row, row["id"])), row["country"] or "")
    console.print(table)
    raise typer.Exit(2)


class Kind(StrEnum):
    """Organisation kinds as the command line names them."""

    company = "company"
    research = "research"
    public = "public"
    other = "other"


KIND_LABELS = {
    Kind.company: "Company",
    Kind.research: "ResearchInstitution",
    Kind.public: "PublicActor",
    Kind.other: "OtherActor",
}


@dataclass(frozen=True)
class Ask:
    """One ``clustergraph suggest`` request, as given (names not yet resolved)."""

    organization: str | None = None
    members: tuple[str, ...] = ()
    brief: Brief = field(default_factory=Brief)
    topics: tuple[str, ...] = ()
    project: str | None = None
    cluster: str | None = None
    recruit_for: str | None = None
    active_in_domain: bool = False
    kinds: tuple[str, ...] | None = None
    countries: tuple[str, ...] | None = None

    @property
    def about(self) -> bool:
        """A subject or members were given: what a consortium is about, or with whom."""
        return bool(self.members or self.brief != Brief() or self.topics or self.project)

    @property
    def consortium(self) -> bool:
        return self.about or bool(self.cluster)


async def _answer(graph: Graph, ask: Ask, first: int) -> tuple[str, list[Suggestion]]:
    """The title and the suggestions, through the API's own resolvers (same checks, same
    defaults: a project's lacking kinds, a cluster's members left out when recruiting)."""
    context = Context(graph, "cli")
    criteria = Criteria(kinds=ask.kinds, countries=ask.countries)
    if ask.recruit_for is not None:
        found = await resolve.for_cluster(context, ask.recruit_for, first, criteria)
        return f"Organisations to recruit for {ask.recruit_for}", found
    if ask.organization is not None and not ask.consortium:
        org_id = await _resolve_or_exit(graph, ask.organization)
        found = await resolve.for_organization(context, org_id, first, criteria)
        return f"Partner suggestions for {org_id}", found
    wanted = [ask.organization] if ask.organization is not None else []
    seeds = [await _resolve_or_exit(graph, text) for text in [*wanted, *ask.members]]
    request = resolve.ConsortiumRequest(
        project_id=ask.project,
        members=tuple(seeds),
        brief=ask.brief,
        topic_ids=ask.topics or None,
        kinds=ask.kinds,
        countries=ask.countries,
        cluster_id=ask.cluster,
        active_in_domain=ask.active_in_domain,
    )
    found = await resolve.for_consortium(context, request, first, brief_field="--brief")
    title = "Consortium suggestions"
    if ask.project:
        title += f" for project {ask.project}"
    if seeds:
        title += f" with {', '.join(seeds)}"
    asked = [f"{ask.brief.text!r}" if ask.brief.text else "", ask.brief.call_topic or ""]
    if any([*asked, *ask.topics]):
        title += " about " + ", ".join(a for a in [*asked, *ask.topics] if a)
    with_call = bool(ask.brief.call_topic)
    read = resolve.brief_filters(ask.brief.text, with_call).words if ask.brief.text else ()
    if read:
        title += f" (who and where, read from the brief as filters: {', '.join(read)})"
    title += _key_words_note(found)
    if ask.cluster:
        among = (
            "members and organisations active in the domain" if ask.active_in_domain else "members"
        )
        title += f", among the {among} of {ask.cluster}"
    return title, found


def _key_words_note(found: Sequence[Suggestion]) -> str:
    """What the suggestions rest on when too few projects hold every key word of a brief
    asked alone, as the web page says it; empty otherwise."""
    facts = found[0].facts if found else {}
    held, of, alone = facts.get("keyWordsHeld"), facts.get("keyWords"), facts.get("keyWordAlone")
    if held is None or of is None or held >= of:
        return ""
    if alone:
        return f" (too few projects hold its key words together: resting on {alone!r})"
    return (
        f" (fewer than {STRICT_ENOUGH} projects hold all {of} key words: resting on {held} "
        "or more of them)"
    )


async def _suggest(settings: Settings, ask: Ask, first: int, details: bool) -> None:
    async with AsyncGraphDatabase.driver(
        settings.uri, auth=(settings.user, settings.password), notifications_min_severity="OFF"
    ) as driver:
        graph = Graph(driver, settings.database, timeout=30.0)
        try:
            title, found = await _answer(graph, ask, first)
        except InvalidInput as exc:  # an unknown project, cluster or topic id
            errors.print(f"[red]{escape(str(exc))}[/red]")
            raise typer.Exit(2) from None
        names = {
            r["id"]: r
            for r in await graph.read(
                "UNWIND $ids AS id MATCH (o:Organization {id: id}) "
                "RETURN o.id AS id, o.name AS name, o.country AS country",
                {"ids": [s.id for s in found]},
            )
        }
        shown = [node for s in found for g in s.groups for _, node in g.evidence[:EVIDENCE_SHOWN]]
        evidence = await suggestions_repo.names(graph, shown)
    _print(title, found, names, evidence, details, _nobody(ask))


def _nobody(ask: Ask) -> str:
    """What an empty answer means, and what to try."""
    if ask.cluster is not None and not ask.active_in_domain:
        return (
            f"None of the current members of {ask.cluster} fits. Add --active-in-domain to ask "
            "the organisations active in its domain too."
        )
    return "No organisation works on this subject with the filters given."


def _why(s: Suggestion, evidence: dict[str, tuple[str | None, str | None]]) -> str:
    """The suggestion's sentence, then one line per group of reasons with its first evidence
    by name (projects by acronym, title and id), as the web page lists them."""
    lines = [s.summary]
    if words := s.facts.get("keyWordsFound"):
        lines.append(f"(of the searched words, its projects hold: {', '.join(words)})")
    for group in s.groups:
        cited = [evidence.get(node, (None, None))[0] or node for _, node in group.evidence]
        more = len(cited) - EVIDENCE_SHOWN
        listed = "; ".join(cited[:EVIDENCE_SHOWN]) + (f"; and {more} more" if more > 0 else "")
        lines.append(f"- {group.label}: {listed}")
    return "\n".join(lines)


def _print(
    title: str,
    found: list[Suggestion],
    names: dict[str, dict[str, str]],
    evidence: dict[str, tuple[str | None, str | None]],
    details: bool,
    nobody: str,
) -> None:
    """One row per suggestion: who, and why in plain words (the sentence and the grouped
    reasons with their evidence); with ``details`` the score and the model's reasons with
    their weights too."""
    table = Table(title=title)
    table.add_column("#", justify="right")
    table.add_column("organisation")
    table.add_column("country")
    table.add_column("why")
    if details:
        table.add_column("score", justify="right")
        table.add_column("reasons (model terms)")
    if not found:
        errors.print(escape(nobody))
    for i, s in enumerate(found, 1):
        row = names.get(s.id, {})
        # (escaped: names and ids are text, not rich markup; "[c2]" would vanish as a tag)
        cells = [
            str(i),
            escape(f"{shown_name(row, s.id)} [{s.id}]"),
            row.get("country") or "",
            escape(_why(s, evidence)),
        ]
        if details:
            top = sorted(s.reasons, key=lambda r: -abs(r.contribution))[:4]
            cells += [
                f"{s.score:.2f}",
                escape("; ".join(f"{r.label} ({r.contribution:+.2f})" for r in top)),
            ]
        table.add_row(*cells)
    console.print(table)


def suggest_command(
    organization: Annotated[
        str | None,
        typer.Argument(help="Organisation id, or words of its name (partner suggestions)."),
    ] = None,
    brief: Annotated[
        str | None,
        typer.Option(help="What a consortium is about, in words (consortium suggestions)."),
    ] = None,
    member: Annotated[
        list[str] | None,
        typer.Option(help="A consortium member so far (id or name); repeat for more."),
    ] = None,
    call_topic: Annotated[
        str | None,
        typer.Option(help="The call topic code applied to, e.g. HORIZON-CL5-2024-D3-01-01."),
    ] = None,
    topic: Annotated[
        list[str] | None,
        typer.Option(help="A topic id the organisations must work on (e.g. esv-25-...); repeat."),
    ] = None,
    project: Annotated[
        str | None,
        typer.Option(
            help="Complete this project's consortium (its id); without --kind, only the kinds "
            "it lacks among companies, research organisations and public bodies."
        ),
    ] = None,
    cluster: Annotated[
        str | None,
        typer.Option(
            help="Only current members of this cluster (its id), e.g. which of our members "
            "could answer --call-topic."
        ),
    ] = None,
    active_in_domain: Annotated[
        bool,
        typer.Option(
            help="With --cluster: also the organisations inferred active in its domain "
            "(not members)."
        ),
    ] = False,
    recruit_for: Annotated[
        str | None,
        typer.Option(help="Organisations outside this cluster (its id) that fit it."),
    ] = None,
    kind: Annotated[
        list[Kind] | None, typer.Option(help="Only organisations of this kind; repeat for more.")
    ] = None,
    country: Annotated[
        list[str] | None,
        typer.Option(help="Only organisations of this country (two letters); repeat for more."),
    ] = None,
    details: Annotated[
        bool, typer.Option(help="Also show the score and the model's reasons with weights.")
    ] = False,
    first: Annotated[int, typer.Option(min=1, max=MAX_FIRST, help="How many.")] = 10,
) -> None:
    """Partner suggestions for one organisation; with --brief, --member, --call-topic,
    --topic or --project, organisations that complete a consortium (the organisation, if
    given, is a member), or with no member who works on that subject (who could answer a
    call; with --cluster, which of the cluster's members); with --recruit-for, organisations
    a cluster could recruit."""
    from cli.main import EXIT_UNAVAILABLE, connect

    ask = Ask(
        organization,
        tuple(member or ()),
        Brief(brief, call_topic),
        tuple(topic or ()),
        project,
        cluster,
        recruit_for,
        active_in_domain,
        tuple(KIND_LABELS[k] for k in kind) if kind else None,
        _countries(country),
    )
    _check(ask)
    with connect():  # a clear message and exit 1 when Neo4j is not reachable
        pass
    settings = Settings.from_env()
    try:
        asyncio.run(_suggest(settings, ask, first, details))
    except GraphError as exc:  # Neo4j went away, timed out or refused a query meanwhile
        errors.print(f"[red]Neo4j at {settings.uri}, database {settings.database}:[/red] {exc}")
        raise typer.Exit(EXIT_UNAVAILABLE) from None


def _countries(given: Sequence[str] | None) -> tuple[str, ...] | None:
    """The countries as CORDIS writes them (GB is UK); exit 2 for one that is no code."""
    try:
        return tuple(country_code(c) for c in given) if given else None
    except InvalidValue as exc:
        errors.print(f"[red]--country: {escape(str(exc))}[/red]")
        raise typer.Exit(2) from None


def _check(ask: Ask) -> None:
    """Exit 2 with a message for a request that cannot be answered as given."""
    problem = ""
    if ask.organization is None and ask.recruit_for is None and not ask.consortium:
        problem = (
            "give an organisation, or --brief, --member, --call-topic, --topic, --project "
            "or --recruit-for"
        )
    elif ask.recruit_for is not None and (ask.organization is not None or ask.consortium):
        problem = "--recruit-for takes only --kind, --country and --first"
    elif ask.cluster is not None and not (ask.organization or ask.about):
        problem = (
            "--cluster: also give what about or with whom (--brief, --call-topic, --topic, "
            "--project, --member or an organisation)"
        )
    elif ask.active_in_domain and ask.cluster is None:
        problem = "--active-in-domain: give the --cluster it applies to"
    else:
        try:  # the API's own checks of the brief and the call topic
            resolve.checked_brief(ask.brief.text, "--brief")
            resolve.checked_call_topic(ask.brief.call_topic, "--call-topic")
        except InvalidInput as exc:
            problem = str(exc)
    if problem:
        errors.print(f"[red]{escape(problem)}[/red]")
        raise typer.Exit(2)


# ------------------------------------------------------------------------- evaluate
def _network_files(data: Path) -> list[Path]:
    """The files of the evaluation network: Horizon 2020 and the complete Horizon Europe."""
    h2020 = [data / name for name in DATA_FILES if (data / name).exists()]
    return h2020 + sorted(evaluation.he_files().values())


def _fingerprint(files: list[Path]) -> str:
    return ",".join(f"{path.parent.name}/{path.name}:{path.stat().st_size}" for path in files)


def prepare_split(driver: Driver, data: Path, split_year: int) -> bool:
    """Import the projects before ``split_year`` unless the instance holds exactly that split.

    Returns whether it imported. The split is recorded on an ``EvaluationSplit`` node.
    """
    from graph.derived import refresh_derived
    from importers.cordis import import_cordis

    files = _network_files(data)
    fingerprint = _fingerprint(files)
    with driver.session(database="neo4j") as session:
        record = session.run(
            "OPTIONAL MATCH (m:EvaluationSplit {id: $id}) "
            "RETURN m.splitYear AS year, m.data AS data, m.complete AS complete",
            id=MARKER,
        ).single()
    if (
        record is not None
        and record["year"] == split_year
        and record["data"] == fingerprint
        and record["complete"]
    ):
        # The data is there; the derived features are recomputed so that they always match
        # this version of the code (a few seconds).
        refresh_derived(driver, "neo4j")
        return False
    with driver.session(database="neo4j") as session:
        session.run(WIPE).consume()
    # import_cordis ends with graph.derived.refresh_derived (partner counts + features).
    import_cordis(driver, "neo4j", files, until=datetime.date(split_year, 1, 1), progress=True)
    with driver.session(database="neo4j") as session:
        session.run(
            "MERGE (m:EvaluationSplit {id: $id}) "
            "SET m.splitYear = $year, m.data = $data, m.complete = true",
            id=MARKER,
            year=split_year,
            data=fingerprint,
        ).consume()
    return True


def _progress(items: Iterator[int], total: int) -> Iterator[int]:
    """A bar on a terminal; elsewhere (stderr sent to a file) a plain line at every tenth,
    since a bar is not drawn there and an evaluation runs for minutes."""
    if not errors.is_terminal:
        yield from _progress_lines(items, total)
        return
    with Progress(console=errors, transient=True) as bar:
        task = bar.add_task("suggesting", total=total)
        for item in items:
            yield item
            bar.advance(task)


def _progress_lines(items: Iterator[int], total: int) -> Iterator[int]:
    """``items``, with "suggesting: k of total" on stderr at every tenth of ``total``."""
    step = max(1, -(-total // 10))
    for done, item in enumerate(items, 1):
        yield item
        if done % step == 0 or done == total:
            errors.print(f"suggesting: {done:,} of {total:,}", highlight=False)


def _split_year(split_year: int | None, split: str | None) -> int:
    """The network's split year from ``--split-year`` or ``--split HE`` (exactly one)."""
    if (split_year is None) == (split is None):
        errors.print("[red]give either --split-year T or --split HE[/red]")
        raise typer.Exit(2)
    if split is not None:
        if split.upper() != "HE":
            errors.print(
                "[red]--split must be HE (Horizon 2020 before 2021 against Horizon Europe)[/red]"
            )
            raise typer.Exit(2)
        return evaluation.HE_YEAR
    assert split_year is not None
    return split_year


def evaluate_command(
    split_year: Annotated[
        int | None,
        typer.Option(
            help="Learn from the projects of both programmes that started before 1 January "
            "of this year; test on those starting in it and the two years after (2024: "
            "today's network against the projects of 2024-2026)."
        ),
    ] = None,
    split: Annotated[
        str | None,
        typer.Option(
            help="HE: the Horizon 2020 network before 2021 against what formed in Horizon "
            "Europe projects."
        ),
    ] = None,
    task: Annotated[
        str,
        typer.Option(
            help="partners (suggestPartners for organisations that formed new partnerships), "
            "consortium (suggestConsortium for real consortia, part revealed) or calls "
            "(suggestConsortium with a call topic and its title alone: who answers it)."
        ),
    ] = "partners",
    queries: Annotated[str, typer.Option(help="Query set: LU, BENELUX or ALL (partners).")] = "LU",
    cases: Annotated[
        int, typer.Option(min=1, help="Consortia to complete (consortium task).")
    ] = consortium_evaluation.CASES,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    diversity: Annotated[
        bool, typer.Option(help="Apply the diversity re-rank (as the API does).")
    ] = True,
    keep: Annotated[
        bool,
        typer.Option(
            "--keep",
            "--keep-running",
            help="Leave the evaluation Neo4j running afterwards (it is stopped otherwise, "
            "also on an error or Ctrl-C).",
        ),
    ] = False,
    port: Annotated[int, typer.Option(help="The evaluation Neo4j's Bolt port.")] = EVAL_PORT,
    home: Annotated[
        Path, typer.Option(help="The evaluation Neo4j's folder (one per split kept apart).")
    ] = EVAL_HOME,
) -> None:
    """Hold-out of the suggestions against baselines, on an own Neo4j (``.neo4j/eval``, port
    7695 or ``--port``)."""
    from localneo4j import Instance

    year = _split_year(split_year, split)
    query_set = queries.upper()
    if task not in TASKS:
        errors.print(f"[red]--task must be one of {', '.join(TASKS)}[/red]")
        raise typer.Exit(2)
    if query_set not in evaluation.QUERY_SETS:
        errors.print(f"[red]--queries must be one of {', '.join(evaluation.QUERY_SETS)}[/red]")
        raise typer.Exit(2)
    data = evaluation.data_dir()
    he = evaluation.he_files()
    needed = [data / DATA_FILES[0], data / "projects.csv.gz", data / "rcn_grant_map.csv.gz"]
    missing = [str(path) for path in needed if not path.exists()]
    missing += [
        f"cordis-horizon-europe/<snapshot>/{name}"
        for name in (HE_ORGANIZATIONS, HE_PROJECTS)
        if name not in he
    ]
    if missing:
        errors.print(f"[red]missing data: {', '.join(missing)} (set CLUSTERGRAPH_DATA)[/red]")
        raise typer.Exit(2)
    password = os.environ.get("CLUSTERGRAPH_EVAL_PASSWORD", DEFAULT_PASSWORD)
    instance = Instance(home=home, port=port, password=password, heap="2g", pagecache="1g")
    with instance.running(keep=keep):
        with errors.status("reading the participation tables"):
            rows = evaluation.read_participations(data / DATA_FILES[0])
            rows += evaluation.read_he_participations(he[HE_ORGANIZATIONS], he[HE_PROJECTS])
            if split is not None:
                built = evaluation.build_he_split(rows)
            else:
                built = evaluation.build_split(rows, year)
        with GraphDatabase.driver(
            instance.uri, auth=("neo4j", password), notifications_min_severity="OFF"
        ) as driver:
            prepare_split(driver, data, year)
        if task == "calls":
            with errors.status("building the calls"):
                grants = consortium_evaluation.read_grants(data, he[HE_PROJECTS])
                calls = call_evaluation.call_cases(rows, built, grants)
                net = consortium_evaluation.network(rows, built, grants)
            answered = asyncio.run(_run_calls(instance.uri, password, net, calls))
            if as_json:
                typer.echo(json.dumps(answered.as_json(), indent=2))
            else:
                title = (
                    f"Who answers a call, {answered.split}: {answered.cases} call topics, "
                    f"latency median {answered.latency_ms['median']:.0f} ms, "
                    f"p95 {answered.latency_ms['p95']:.0f} ms"
                )
                console.print(
                    _methods_table(
                        title, answered.methods, call_evaluation.METRICS, answered.ratios()
                    )
                )
            return
        if task == "consortium":
            with errors.status("building the consortium cases"):
                grants = consortium_evaluation.read_grants(data, he[HE_PROJECTS])
                eligible = consortium_evaluation.split_cases(rows, built, grants)
                net = consortium_evaluation.network(rows, built, grants)
            outcome = asyncio.run(_run_consortium(instance.uri, password, net, eligible, cases))
            if as_json:
                typer.echo(json.dumps(outcome.as_json(), indent=2))
            else:
                _print_consortium(outcome)
            return
        result = asyncio.run(_run(instance.uri, password, built, query_set, diversity))
    if as_json:
        typer.echo(json.dumps(result.as_json(), indent=2))
        return
    _print_result(result)


def _print_consortium(result: consortium_evaluation.ConsortiumResult) -> None:
    title = (
        f"Consortium completion, {result.split}: {result.cases} of {result.eligible} "
        f"projects, latency median {result.latency_ms['median']:.0f} ms, "
        f"p95 {result.latency_ms['p95']:.0f} ms"
    )
    metrics = consortium_evaluation.METRICS
    console.print(_methods_table(title, result.methods, metrics, result.ratios()))
    for name, (count, methods) in result.subsets.items():
        subtitle = f"{name}: {count} of those projects"
        console.print(_methods_table(subtitle, methods, metrics, result.ratios(methods)))


def _methods_table(
    title: str,
    methods: dict[str, dict[str, float]],
    metrics: Sequence[str],
    ratios: dict[str, float],
) -> Table:
    """One row per method and metric, and the ratio of clustergraph to the best baseline."""
    table = Table(title=title)
    table.add_column("method")
    for metric in metrics:
        table.add_column(metric, justify="right")
    for name, values in methods.items():
        table.add_row(name, *(f"{values[m]:.3f}" for m in metrics))
    table.add_row("clustergraph / best baseline", *(f"{ratios[m]:.2f}x" for m in metrics))
    return table


def _print_result(result: evaluation.Result) -> None:
    title = (
        f"{result.split} {result.query_set}: {result.queries} queries, coverage "
        f"{result.coverage:.2f}, latency median {result.latency_ms['median']:.0f} ms, "
        f"p95 {result.latency_ms['p95']:.0f} ms"
    )
    ratios = evaluation.ratios_to_best_baseline(result.methods)
    console.print(_methods_table(title, result.methods, evaluation.METRICS, ratios))
    bands = Table(title="By the query's number of partners (hit@10 / MRR)")
    for column in ("partners", "queries", "clustergraph", "best baseline", "ratio"):
        bands.add_column(column, justify="right")
    for label, band in result.bands.items():
        ours = band.methods["clustergraph"]
        best = {m: band.methods[evaluation.best_baseline(band.methods, m)][m] for m in METRICS2}
        ratio = evaluation.ratios_to_best_baseline(band.methods)
        bands.add_row(
            label,
            str(band.queries),
            f"{ours['hit@10']:.3f} / {ours['mrr']:.3f}",
            f"{best['hit@10']:.3f} / {best['mrr']:.3f}",
            f"{ratio['hit@10']:.2f}x / {ratio['mrr']:.2f}x",
        )
    console.print(bands)


async def _run_consortium(
    uri: str,
    password: str,
    net: consortium_evaluation.Network,
    eligible: list[consortium_evaluation.Case],
    cases: int,
) -> consortium_evaluation.ConsortiumResult:
    async with AsyncGraphDatabase.driver(
        uri, auth=("neo4j", password), notifications_min_severity="OFF"
    ) as driver:
        graph = Graph(driver, "neo4j", timeout=120.0)
        loop = asyncio.get_running_loop()

        def complete(members: list[str], words: str, call_topic: str) -> list[str]:
            brief = Brief(words or None, call_topic or None)
            future = asyncio.run_coroutine_threadsafe(
                suggest_consortium(graph, members, MAX_FIRST, brief), loop
            )
            return [s.id for s in future.result()]

        return await asyncio.to_thread(
            consortium_evaluation.evaluate, net, eligible, cases, complete, _progress
        )


async def _run_calls(
    uri: str,
    password: str,
    net: consortium_evaluation.Network,
    calls: list[call_evaluation.Call],
) -> call_evaluation.CallResult:
    async with AsyncGraphDatabase.driver(
        uri, auth=("neo4j", password), notifications_min_severity="OFF"
    ) as driver:
        graph = Graph(driver, "neo4j", timeout=120.0)
        loop = asyncio.get_running_loop()

        def answer(words: str, call_topic: str) -> list[str]:
            brief = Brief(words or None, call_topic)
            future = asyncio.run_coroutine_threadsafe(
                suggest_consortium(graph, [], MAX_FIRST, brief), loop
            )
            return [s.id for s in future.result()]

        return await asyncio.to_thread(call_evaluation.evaluate, net, calls, answer, _progress)


async def _run(
    uri: str, password: str, split: evaluation.Split, query_set: str, diversity: bool
) -> evaluation.Result:
    async with AsyncGraphDatabase.driver(
        uri, auth=("neo4j", password), notifications_min_severity="OFF"
    ) as driver:
        graph = Graph(driver, "neo4j", timeout=120.0)
        loop = asyncio.get_running_loop()

        def suggest_ids(org_id: str) -> list[str]:
            future = asyncio.run_coroutine_threadsafe(
                suggest(graph, [org_id], MAX_FIRST, diversity=diversity), loop
            )
            return [s.id for s in future.result()]

        return await asyncio.to_thread(
            evaluation.evaluate, split, query_set, suggest_ids, _progress
        )
