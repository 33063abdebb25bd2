"""Write the schema's SDL to ``schema.graphql``: ``python -m schema.export [path]``."""

from __future__ import annotations

import sys
from pathlib import Path

from schema import schema

DEFAULT_PATH = Path("schema.graphql")


def sdl() -> str:
    """The exported schema, as committed in ``schema.graphql`` (ends with a newline)."""
    return schema.as_str().rstrip("\n") + "\n"


def write(path: Path = DEFAULT_PATH) -> Path:
    """Write the SDL to ``path`` and return it."""
    path.write_text(sdl(), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(f"wrote {write(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_PATH)}")
