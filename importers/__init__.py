"""Importers that load data into the graph: the project's CSV bundle and CORDIS files
(Horizon 2020 and Horizon Europe).

Both write in batches (``UNWIND $rows`` + ``MERGE``) so a re-run leaves the graph as it is
and an interrupted import completes when run again.
"""

from importers.bundle import import_bundle
from importers.cordis import import_cordis
from importers.report import ImportReport, RowIssue, graph_stats

__all__ = ["ImportReport", "RowIssue", "graph_stats", "import_bundle", "import_cordis"]
