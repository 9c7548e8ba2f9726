"""The one error a service-list import raises for a file it cannot use."""

from __future__ import annotations

from directory.errors import UserFacingError


class ImportFileError(UserFacingError):
    """A file that cannot be imported; the message names it and says what to do."""

