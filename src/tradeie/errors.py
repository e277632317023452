"""Errors with stable codes users can search for (``E101`` …), in one place."""

from __future__ import annotations

__all__ = ["TradeieError", "InputError", "PatternDataError"]


class TradeieError(Exception):
    """Base class; ``code`` is stable across releases."""

    code = "E000"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"{self.message} [{self.code}]"


class InputError(TradeieError):
    """A file or text that cannot be read: missing, empty, corrupt, undecodable or unsupported."""

    code = "E101"


class PatternDataError(TradeieError):
    """A bundled pattern file is malformed (a packaging or editing mistake)."""

    code = "E201"
