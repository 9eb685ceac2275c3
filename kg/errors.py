"""One error type for everything a user can fix: it carries where and what to do."""

from __future__ import annotations


class KgError(Exception):
    """A problem in the user's input, reported as one line.

    `where` is a file path, optionally with `:line` (or `:line:col`); `message`
    says what is wrong and what to do about it.
    """

    def __init__(self, message: str, where: str | None = None, line: int | None = None):
        self.message = message
        self.where = where
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.where and self.line:
            return f"{self.where}:{self.line}: {self.message}"
        if self.where:
            return f"{self.where}: {self.message}"
        return self.message
