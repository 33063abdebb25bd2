"""The plain-words sentence of a suggestion (recommender/explain.py) on hand-made facts."""

from __future__ import annotations

from typing import Any

from recommender.explain import CLUSTER, MEMBERS, ONE, cited, groups, summary
from recommender.scoring import Suggestion

NAMES = {
    "cl5": ("Cluster 5: Climate, energy and mobility", None),
    "leit": ("Leadership in enabling and industrial technologies", None),
    "alpha": ("Alpha Research", "Alpha"),
}


def _suggestion(**facts: Any) -> Suggestion:
    return Suggestion("org", 1.0, [], facts={"deg": 30, "recent": 2, **facts})


def test_without_work_on_a_subject_or_a_tie_it_says_the_programme_parts_in_common() -> None:
    """A sentence of its activity alone ("active lately, with 30 partners in all") does not
    say why it fits."""
    both = _suggestion(sharedTopics=["cl5", "leit"])
    assert summary(both, NAMES, ONE) == (
        "Works in the same programme parts as you (among them Cluster 5: Climate, energy and "
        "mobility); active lately (2 projects in the last two years), with 30 partners in all."
    )
    one = _suggestion(sharedTopics=["leit"], recent=0)
    assert summary(one, NAMES, CLUSTER) == (
        "Works in the same programme part as your cluster's organisations (Leadership in "
        "enabling and industrial technologies); has worked with 30 partners in all."
    )
    assert "cl5" in cited([both])


def test_the_programme_parts_give_way_to_a_tie_or_to_work_on_the_subject() -> None:
    tied = _suggestion(sharedTopics=["cl5"], linkedSeeds=["alpha"])
    assert summary(tied, NAMES, ONE) == (
        "Has worked with Alpha Research; active lately (2 projects in the last two years), with 30 "
        "partners in all."
    )
    on_subject = _suggestion(sharedTopics=["cl5"], subjectProjects=3)
    assert summary(on_subject, NAMES, ONE) == "Worked on 3 projects on the subject."
    # no part in common, or none with a name: the activity alone, as before
    assert summary(_suggestion(), NAMES, ONE) == (
        "Active lately (2 projects in the last two years), with 30 partners in all."
    )
    assert summary(_suggestion(sharedTopics=["unnamed"]), NAMES, ONE).startswith("Active")


def test_the_network_group_names_the_side_that_asked() -> None:
    """A consortium's or a cluster's organisations are not "members of yours", and one
    organisation's partner suggestions worked with that organisation."""
    tied = _suggestion(linkedSeeds=["alpha"], cn=4)
    tied.common_partners = ["p1", "p2"]
    labels = {side: groups(tied, side=side)[0] for side in (ONE, MEMBERS, CLUSTER)}
    assert labels[ONE].label == "Has worked with you; works with 4 of your closest partners"
    assert labels[MEMBERS].label == (
        "Has worked with 1 of the consortium's organisations; "
        "works with 4 of the consortium's closest partners"
    )
    assert labels[CLUSTER].label.startswith("Has worked with 1 of your cluster's organisations;")
    assert [node for _, node in labels[MEMBERS].evidence] == ["alpha", "p1", "p2"]


def test_projects_of_a_call_group_alone_are_not_said_to_be_on_the_subject() -> None:
    """A call topic's subject: projects of the group's earlier calls that match none of its
    words (a drone project beside a truck call) are said to be in the same group of calls."""
    family = _suggestion(subjectProjects=2, subjectFamily=2, subjectIds=["alpha"])
    assert summary(family, NAMES, ONE).startswith(
        "Worked on 2 projects in earlier calls of the same group, among them Alpha."
    )
    assert groups(family)[0].label == "2 projects in earlier calls of the same group"
    mixed = _suggestion(subjectProjects=3, subjectFamily=1)
    assert summary(mixed, NAMES, ONE).startswith(
        "Worked on 3 projects on the subject or in earlier calls of the same group"
    )
    words = _suggestion(subjectProjects=3, subjectFamily=0)
    assert summary(words, NAMES, ONE).startswith("Worked on 3 projects on the subject")
