"""Errors that say where the problem is.

Like papermill's ``PapermillExecutionError``, every warclaims error carries structured
fields (file, line, column, value, parameter, dataset, ...) beside its message, so a
notebook, the command line and the tests can all report or check the same facts.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class WarclaimsError(Exception):
    """Base class: a problem a user can act on, with structured context.

    Parameters
    ----------
    message : str
        What went wrong and what was expected, in a sentence.
    **context
        Structured fields (``file``, ``line``, ``column``, ``value``, ...) kept on
        ``self.context`` and shown in front of the message.
    """

    def __init__(self, message: str, **context: Any) -> None:
        self.message = message
        self.context = {k: v for k, v in context.items() if v is not None}
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = self.location()
        return f"{where}: {self.message}" if where else self.message

    def location(self) -> str:
        """Return ``file:line`` (or the dataset/parameter name) for the front of a message."""
        ctx = self.context
        if "file" in ctx:
            loc = str(ctx["file"])
            if "line" in ctx:
                loc += f":{ctx['line']}"
            return loc
        for key in ("parameter", "dataset", "notebook"):
            if key in ctx:
                return f"{key} {ctx[key]!r}"
        return ""


@dataclass
class Problem:
    """One validation failure: where it is and what was expected."""

    file: str
    line: int | None
    column: str | None
    value: Any
    expected: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        col = f" column {self.column!r}:" if self.column else ""
        shown = "" if self.value is None else f" (got {self.value!r})"
        return f"{where}:{col} {self.expected}{shown}"


class LedgerValidationError(WarclaimsError):
    """A ledger or reference table broke the schema; ``problems`` lists every failure."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        first = problems[0]
        more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
        super().__init__(
            f"{first.expected}" + ("" if first.value is None else f" (got {first.value!r})") + more,
            file=first.file,
            line=first.line,
            column=first.column,
            value=first.value,
        )

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


class DatasetError(WarclaimsError):
    """A public dataset is missing, fails its checksum, or holds a record we cannot read."""


class DatasetMissingError(DatasetError):
    """A dataset is not in the cache; the message says how to get it."""


class DatasetDamagedError(DatasetMissingError):
    """A cached file no longer matches its checksum (cut short, edited); the message names it
    and says how to repair it. A kind of missing dataset: its figures must not be used."""


class ParameterError(WarclaimsError):
    """A notebook parameter has an unknown name or a value of the wrong type."""


class ExtractionError(WarclaimsError):
    """An input to the claim extractor cannot be read as text."""


@dataclass
class NotebookFailure:
    """One notebook of a run that failed: which, in which cell, with what error."""

    notebook: str
    cell: int | None
    ename: str
    evalue: str
    extra: dict = field(default_factory=dict)

    def __str__(self) -> str:
        cell = "?" if self.cell is None else self.cell
        return f"{self.notebook}: cell {cell}: {self.ename}: {self.evalue}"
