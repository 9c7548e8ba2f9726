"""Referral pathways: one admin area × one concern × one language, printed from the directory.

``build`` reads the directory once and builds each area's :class:`~pathways.model.Pathway`
(``selection`` chooses the services, ``templates`` holds the user's steps, ``texts`` the
translations); ``html``, ``docx_export``, ``sms`` and ``table`` render it. No Qt here: the
PDF is printed by ``desktop.pathways.printing``.
"""
