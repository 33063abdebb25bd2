"""Reading CSV input files that may be damaged: line-numbered records, never a traceback.

A file is read as gzip when its first bytes say so (whatever its name), else as plain text.
Every record comes with the line it starts on. Damage is reported to an
:class:`~importers.report.ImportReport` and the readable records are still returned:
a line that is not UTF-8 text rejects the record that holds it, a NUL byte or a broken
quote rejects its record, and a compressed file that ends early rejects "the rest of the
file" after its last complete line.
"""

from __future__ import annotations

import csv
import gzip
import io
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from importers.report import ImportReport

GZIP_MAGIC = b"\x1f\x8b"


class UnreadableFile(ValueError):
    """A file whose header cannot be read (missing, empty, binary or not CSV)."""


@dataclass(frozen=True)
class Table:
    """A CSV file's header and delimiter; :func:`records` reads its rows."""

    path: Path
    header: list[str]
    delimiter: str


@contextmanager
def _open(path: Path) -> Iterator[io.BufferedIOBase]:
    """The file's bytes, uncompressed when it is gzip."""
    with path.open("rb") as raw:
        if raw.read(2) != GZIP_MAGIC:
            raw.seek(0)
            yield raw
            return
        raw.seek(0)
        with gzip.GzipFile(fileobj=raw, mode="rb") as unpacked:
            yield unpacked


def _first_line(path: Path) -> bytes:
    try:
        with _open(path) as handle:
            return handle.readline()
    except (OSError, EOFError, zlib.error) as exc:
        raise UnreadableFile(f"{path.name}: cannot be read ({exc})") from None


def open_table(path: Path) -> Table:
    """The header of ``path`` (comma- or semicolon-separated, plain or gzip)."""
    first = _first_line(path)
    try:
        text = first.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableFile(f"{path.name}: line 1 is not UTF-8 text; not a CSV file") from None
    if not text.strip() or "\x00" in text:
        raise UnreadableFile(f"{path.name}: line 1 holds no CSV header")
    delimiter = ";" if text.count(";") > text.count(",") else ","
    header = next(csv.reader([text], delimiter=delimiter))
    return Table(path, [cell.strip() for cell in header], delimiter)


class _Lines:
    """Decoded lines of a file, remembering which ones were not UTF-8 and where reading
    stopped early (a truncated or corrupt compressed stream)."""

    def __init__(self, handle: io.BufferedIOBase) -> None:
        self.handle = handle
        self.count = 0
        self.bad: set[int] = set()
        self.stopped: str | None = None

    def __iter__(self) -> Iterator[str]:
        try:
            for raw in self.handle:
                self.count += 1
                try:
                    yield raw.decode("utf-8-sig" if self.count == 1 else "utf-8")
                except UnicodeDecodeError:
                    self.bad.add(self.count)
                    yield raw.decode("utf-8", errors="replace")
        except (EOFError, OSError, zlib.error) as exc:
            self.stopped = str(exc) or type(exc).__name__


def records(table: Table, report: ImportReport, name: str) -> Iterator[tuple[int, list[str]]]:
    """The records after the header, each with the line it starts on (the header is line 1).

    Records that cannot be read are rejected in ``report`` (as file ``name``, with line and
    reason) and skipped; the others are yielded.
    """
    with _open(table.path) as handle:
        lines = _Lines(handle)
        reader = csv.reader(lines, delimiter=table.delimiter, strict=True)
        previous = 0
        while True:
            try:
                record = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                report.reject(name, previous + 1, f"unreadable CSV ({exc})")
                previous = reader.line_num
                continue
            start, previous = previous + 1, reader.line_num
            if start == 1:
                continue  # the header
            if lines.bad and any(line in lines.bad for line in range(start, previous + 1)):
                report.reject(name, start, "not UTF-8 text")
                continue
            if record:
                yield start, record
        if lines.stopped is not None:
            report.reject(
                name,
                lines.count + 1,
                f"the file ends early after line {lines.count} ({lines.stopped}); "
                "the rest of it is missing",
            )
