"""The one base class for problems a user can act on.

Every layer raises its own subclass (a bad project file, a boundary file it cannot use, a
workbook it cannot read …) with a message that names the file — and the sheet, row and
column where there is one — and says what to do. The command line prints that message as
one line and exits with status 2; the desktop shows it in a dialog. Neither shows a
traceback for these.
"""


class UserFacingError(Exception):
    """A problem the user can fix; ``str(error)`` is the whole message."""
