"""The error types users see. The CLI prints ``str(error)`` on one line and exits non-zero."""

from __future__ import annotations


class KGError(Exception):
    """Base class of every error kg reports to a user (never shown as a traceback)."""

    exit_code = 1


class InputError(KGError):
    """An input cannot be read: missing, empty, binary, unknown extension, bad JSONL line."""

    exit_code = 2


class OutputError(KGError):
    """The output cannot be written (missing directory, unknown format)."""

    exit_code = 2


class GraphError(KGError):
    """An RDF file cannot be parsed, or holds no kg data."""

    exit_code = 3


class QueryError(KGError):
    """A SPARQL query is malformed, or asks to write or to reach a remote service."""

    exit_code = 4


class ActorNotFound(KGError):
    """An actor name given on the command line matches no node (message lists the closest)."""

    exit_code = 5
