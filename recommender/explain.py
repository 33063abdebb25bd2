"""Suggestions explained to people: one plain sentence, then a few grouped reasons.

The model's reasons (``recommender.scoring``) are additive terms with weights, for those who
want the breakdown. A cluster manager needs something else: what the organisation has done
that answers the question, checkable in seconds. :func:`explain` writes, from a suggestion's
facts (``Suggestion.facts``) and the names of its evidence:

- ``summary``: one sentence, e.g. "Worked on 4 projects on the subject since 2021, 2 as
  coordinator, among them H2FUTURE and GrInHy2.0; already works with 3 of your partners."
  or "...; has worked with Alpha (in 4 of that organisation's 12 projects)." (a share said
  from two projects and a tenth of the member's on); without work on the subject or a tie, the
  programme parts it shares ("Works in the same programme parts as you (among them Cluster 5:
  Climate, energy and mobility); active lately (2 projects in the last two years), with 30
  partners in all.");
- ``groups``: at most three groups (the work on the subject, the network, the shared
  themes), each citing its evidence once, no evidence cited by two groups.

The sentence is English; the API also gives the facts it is made of (counts, years and the
cited nodes), so a page in another language can say the same in its own words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from recommender.scoring import Evidence, Group, Suggestion

# How work on what was asked is said: on a subject, or a cluster's (its recruiting).
SUBJECT = "on the subject"
DOMAIN = "on the cluster's themes"
# A call topic's subject reached through its group's earlier calls alone (subjectFamily).
FAMILY = "in earlier calls of the same group"


@dataclass(frozen=True)
class Side:
    """How the sentences name the side that asked: one organisation, a consortium's members,
    or a cluster (its members, or without any the organisations active in its domain)."""

    partner: str  # the suggestion already works with it
    closest: str  # whose closest partners it works with
    more: str  # after the named ones it worked with: "and 3 more {more}"


ONE = Side("you", "your closest partners", "of your members")  # one seed: never "more"
MEMBERS = Side(
    "the consortium's organisations",
    "the consortium's closest partners",
    "of the consortium's organisations",
)
CLUSTER = Side(
    "your cluster's organisations",
    "your cluster's closest partners",
    "of your cluster's organisations",
)

# How many projects and organisations a sentence names, and a group cites.
NAMED_IN_SENTENCE = 2
CITED_PER_GROUP = 5

Names = Mapping[str, tuple[str | None, str | None]]  # id -> (full name, short name)


def plural(count: int, noun: str, many: str | None = None) -> str:
    """``1 project``, ``4 projects``."""
    return f"{count} {noun if count == 1 else many or noun + 's'}"


def _listed(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _short(names: Names, node_id: str) -> str | None:
    """A project's acronym where it is shorter than its title."""
    full, short = names.get(node_id, (None, None))
    if short and (not full or len(short) < len(full)):
        return short
    return full


def _full(names: Names, node_id: str) -> str | None:
    """An organisation's name as its card and the evidence show it: its short name may be
    another (CORDIS keeps some former names as short names: NETCOMPANY S.A.'s is INTRASOFT
    INTERNATIONAL SA), or an abbreviation the reader cannot tie to the card (UNILU)."""
    full, short = names.get(node_id, (None, None))
    return full or short


def _on_what(facts: Mapping[str, Any], subject: str) -> str:
    """What the projects on the subject are on: a call topic's earlier calls of the same group
    say so, not "on the subject" (a drone project is in the same group as a truck call)."""
    count, family = int(facts.get("subjectProjects") or 0), int(facts.get("subjectFamily") or 0)
    if family and family == count:
        return FAMILY
    return f"{subject} or {FAMILY}" if family else subject


def _subject_part(facts: Mapping[str, Any], names: Names, subject: str) -> str | None:
    count = int(facts.get("subjectProjects") or 0)
    if count == 0:
        return None
    text = f"worked on {plural(count, 'project')} {_on_what(facts, subject)}"
    if facts.get("since"):
        text += f" in {facts['since']}" if count == 1 else f" since {facts['since']}"
    led = int(facts.get("subjectLed") or 0)
    if led == count:
        text += " and coordinated it" if count == 1 else " and coordinated all of them"
    elif led:
        text += f", {led} as coordinator"
    cited = [_short(names, p) for p in facts.get("subjectIds") or []]
    shown = [name for name in cited if name][:NAMED_IN_SENTENCE]
    if shown:
        text += (", among them " if count > len(shown) else ": ") + _listed(shown)
    return text


def worth_saying(shared: int, projects: int) -> bool:
    """Whether the share of a member's projects is worth a clause: two projects or more, and
    at least a tenth of the member's ("2 of its 116 projects" says little)."""
    return shared >= 2 and 10 * shared >= projects


def _member_name(facts: Mapping[str, Any], names: Names, member: str) -> str | None:
    """A member's name, with the share of its projects the suggestion took part in when that
    is worth saying."""
    name = _full(names, member)
    shared, projects = int(facts.get("repeatShared") or 0), int(facts.get("repeatOf") or 0)
    if name and member == facts.get("repeatSeed") and worth_saying(shared, projects):
        return f"{name} (in {shared} of that organisation's {projects} projects)"
    return name


def _network_part(s: Suggestion, names: Names, side: Side) -> str | None:
    facts = s.facts
    members = list(facts.get("linkedSeeds") or [])
    if facts.get("repeatSeed") in members:  # the member it is most often with, named first
        members.insert(0, members.pop(members.index(facts["repeatSeed"])))
    linked = [_member_name(facts, names, m) for m in members]
    linked_names = [name for name in linked if name]
    if linked_names:
        return (
            "has worked with "
            + _listed(linked_names[:NAMED_IN_SENTENCE])
            + (
                f" and {len(linked_names) - NAMED_IN_SENTENCE} more {side.more}"
                if len(linked_names) > NAMED_IN_SENTENCE
                else ""
            )
        )
    if s.is_partner:  # asked with the existing partners: say so before anything else
        return f"already works with {side.partner}"
    common = int(facts.get("cn") or 0)
    if common:
        # cn counts the asking side's closest partners (its strongest, graph/derived.py) that
        # work with the candidate: all of its common partners only for a small organisation.
        partners = [name for name in (_full(names, p) for p in s.common_partners) if name]
        text = f"already works with {common} of {side.closest}"
        if partners:
            text += ", such as " + _listed(partners[:NAMED_IN_SENTENCE])
        return text
    return None


def _themes_part(facts: Mapping[str, Any], names: Names, side: Side) -> str | None:
    """The programme parts it shares with the asking side, the first one named: what a
    suggestion with no work on a subject and no tie to the asking side fits by."""
    topics = [name for name in (_short(names, t) for t in facts.get("sharedTopics") or []) if name]
    if not topics:
        return None
    if len(topics) == 1:
        return f"works in the same programme part as {side.partner} ({topics[0]})"
    return f"works in the same programme parts as {side.partner} (among them {topics[0]})"


def _activity_part(facts: Mapping[str, Any]) -> str:
    recent = int(facts.get("recent") or 0)
    partners = int(facts.get("deg") or 0)
    if recent:
        return (
            f"active lately ({plural(recent, 'project')} in the last two years), "
            f"with {plural(partners, 'partner')} in all"
        )
    return f"has worked with {plural(partners, 'partner')} in all"


def summary(s: Suggestion, names: Names, side: Side = ONE, subject: str = SUBJECT) -> str:
    """The suggestion in one plain sentence: its work on the subject (``subject``: how it is
    said, e.g. "on the cluster's themes"), its ties to the asking side, else the programme
    parts it shares with it; then, without work on the subject, its activity."""
    parts = [
        part
        for part in (_subject_part(s.facts, names, subject), _network_part(s, names, side))
        if part
    ]
    if not parts:
        parts = [part for part in (_themes_part(s.facts, names, side),) if part]
    if len(parts) < 2 and not s.facts.get("subjectProjects"):
        parts.append(_activity_part(s.facts))
    sentence = "; ".join(parts)
    end = "" if sentence.endswith(".") else "."  # a name may end with one ("S.A.")
    return sentence[:1].upper() + sentence[1:] + end


def groups(s: Suggestion, subject: str = SUBJECT, side: Side = ONE) -> list[Group]:
    """At most three groups of reasons, evidence cited once across them."""
    seen: set[Evidence] = set()

    def fresh(items: Sequence[Evidence]) -> list[Evidence]:
        kept = [item for item in dict.fromkeys(items) if item not in seen][:CITED_PER_GROUP]
        seen.update(kept)
        return kept

    found: list[Group] = []
    projects = [("Project", str(p)) for p in s.facts.get("subjectIds") or []]
    count = int(s.facts.get("subjectProjects") or 0)
    if count:
        on_what = _on_what(s.facts, subject)
        found.append(Group("SUBJECT", f"{plural(count, 'project')} {on_what}", fresh(projects)))
    members = [("Organization", str(m)) for m in s.facts.get("linkedSeeds") or []]
    partners = [("Organization", p) for p in s.common_partners]
    network = fresh(members + partners)
    if network:
        cited_partners = len(network) - len(members)
        common = max(int(s.facts.get("cn") or 0), cited_partners) if cited_partners else 0
        found.append(Group("NETWORK", _network_label(len(members), common, side), network))
    topics = [("Topic", str(t)) for t in s.facts.get("sharedTopics") or []]
    themes = fresh(topics)
    if themes:
        found.append(Group("THEMES", "Works on the same programme parts", themes))
    return found


def _network_label(members: int, partners: int, side: Side) -> str:
    """What the network group cites: the asking side's organisations it worked with, then
    closest partners."""
    said = []
    if members:
        worked = "you" if side is ONE else f"{members} {side.more}"
        said.append(f"has worked with {worked}")
    if partners:
        said.append(f"works with {partners} of {side.closest}")
    text = "; ".join(said)
    return text[:1].upper() + text[1:]


def explain(
    suggestions: Sequence[Suggestion],
    names: Names,
    side: Side = ONE,
    subject: str = SUBJECT,
) -> None:
    """Set each suggestion's ``summary`` and ``groups``."""
    for s in suggestions:
        s.summary = summary(s, names, side, subject)
        s.groups = groups(s, subject, side)


def cited(suggestions: Sequence[Suggestion]) -> list[str]:
    """Ids a sentence may name: the projects on the subject, members, common partners, the
    first programme part in common."""
    ids = [
        str(node_id)
        for s in suggestions
        for node_id in (
            *(s.facts.get("subjectIds") or [])[:NAMED_IN_SENTENCE],
            *(s.facts.get("linkedSeeds") or [])[:NAMED_IN_SENTENCE],
            *s.common_partners[:NAMED_IN_SENTENCE],
            *(s.facts.get("sharedTopics") or [])[:1],
        )
    ]
    return list(dict.fromkeys(ids))
