"""The errors `kg` raises. The library raises; only the CLI prints them and exits.

Every error carries a one-line message that says what went wrong and, where it helps, what to
do about it. `exit_code` follows the documented convention: 1 for bad input or a failed
operation, 2 for bad usage (an unknown option value, a missing parameter).
"""

from __future__ import annotations


class KgError(Exception):
    """Base class of every error `kg` reports to a user."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        self.message = message
        self.path = path
        self.line = line
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line is not None else f"{self.path}: "
        return f"{where}{self.message}"


class InputError(KgError):
    """An article, folder, JSON Lines file or graph file that cannot be read as given."""


class UsageError(KgError):
    """The call itself is wrong: an unknown format, a missing query parameter, conflicting flags."""

    exit_code = 2


class ModelError(KgError):
    """The spaCy pipeline cannot be loaded (unknown name, not installed, incompatible)."""


class QueryError(KgError):
    """A SPARQL query that does not parse, is not allowed (updates), or fails to run."""


class GraphError(KgError):
    """An RDF graph that cannot be parsed, stored or serialised."""


class ValidationError(KgError):
    """A graph that does not conform to the SHACL shapes."""


class EndpointError(KgError):
    """A remote SPARQL endpoint that cannot be reached or answers with an error."""
