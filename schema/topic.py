"""The Topic type: a competence or technology area, at one of several grains (read from the
answer's maps: ``schema.rows``)."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any

import strawberry

from schema.node import Node
from schema.rows import typename_is

if TYPE_CHECKING:
    from schema.cluster import Cluster

ClusterRef = Annotated["Cluster", strawberry.lazy("schema.cluster")]


@strawberry.enum(description="The grain of a topic.")
class TopicKind(Enum):
    PROGRAMME_PART = strawberry.enum_value(
        "programmePart",
        description="A part of a funding programme: Horizon 2020's (e.g. SC4, LEIT) or "
        "Horizon Europe's (e.g. CL5, Cluster 5: climate, energy and mobility).",
    )
    THEMATIC_AREA = strawberry.enum_value(
        "thematicArea",
        description="A Horizon 2020 thematic area (e.g. Space, inside LEIT).",
    )
    CALL_FAMILY = strawberry.enum_value(
        "callFamily",
        description="Call topics sharing a code prefix (e.g. DT-ICT, HORIZON-CL5-D2); broader "
        "families are shorter prefixes.",
    )
    CALL_TOPIC = strawberry.enum_value(
        "callTopic",
        description="A call topic (e.g. DT-ICT-08-2019, HORIZON-CL5-2021-D2-01-01).",
    )
    FIELD_OF_SCIENCE = strawberry.enum_value(
        "fieldOfScience",
        description="A field of the European Science Vocabulary (euroSciVoc), in a hierarchy; "
        "given for Horizon Europe projects only.",
    )
    CURATED = strawberry.enum_value(
        "curated", description="A topic curated by a cluster or a data owner."
    )


@strawberry.type(description="A competence or technology area, at one of several grains.")
class Topic(Node):
    name: str | None = strawberry.field(
        description="Name: the part or field's name, or the call topic or family's code."
    )
    code: str | None = strawberry.field(
        description="Code in its source (SC1, DT-ICT-08-2019, /23/47/307 for euroSciVoc)."
    )
    display_name: str = strawberry.field(
        description="A call topic's title (its description); a call family known by name, "
        "that name and its code ('Clean Hydrogen Partnership (HORIZON-JTI-CLEANH2)'); else its "
        "name, code or id."
    )
    kind: TopicKind = strawberry.field(description="The topic's grain.")
    description: str | None = strawberry.field(
        description="What it is about: a call topic's title, a field's full path."
    )
    source: str | None = strawberry.field(description="Where the topic comes from.")

    broader: Topic | None = strawberry.field(
        description="The broader topic: a call topic's family, a family's broader family, a "
        "field's broader field; null at the top."
    )
    programme_part: Topic | None = strawberry.field(
        description="A call family's programme part: the part that most of the projects of "
        "its calls belong to (e.g. SC4, Smart, green and integrated transport, for ART); null "
        "for other topics and for a family without projects."
    )
    narrower: list[Topic] = strawberry.field(
        description="The narrower topics, by code (at most 200)."
    )
    clusters: list[ClusterRef] = strawberry.field(
        description="The clusters that focus on the topic, by name (at most 50)."
    )

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        """Rows of the Node interface are tagged with their type."""
        return isinstance(obj, cls) or typename_is("Topic", obj)
