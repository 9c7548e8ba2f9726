"""``servicemap doctor``: does this installation have what ServiceMap needs?

Each check gives a :class:`~desktop.doctor.finding.Finding`: what was found and, when it is
not right, what to do. The command line, Help ▸ Check this installation… and the start-up of
the desktop all use these checks. Nothing here imports Qt: the checks that need Qt run it in a
child process (:mod:`desktop.doctor.qt_probe`), so a Qt that cannot start is reported, not fatal.
"""
