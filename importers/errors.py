"""The one error a service-list import raises for a file it cannot use."""

from __future__ import annotations

from directory.file_gate import FileRefused

#: A file that cannot be imported; the message names it and says what to do. The same class as
#: the file gate's refusals, so a caller catches one error for every bad file.
ImportFileError = FileRefused

