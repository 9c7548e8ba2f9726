"""The ``servicemap`` subcommands: one module per capability, each with ``register(subparsers)``.

A command module imports nothing heavy at the top (no Qt, no geopandas): the parser is built
for every call, so its imports are paid by every command.
"""

from __future__ import annotations

import importlib

#: Modules in the order their commands appear in ``servicemap --help``.
MODULES = [
    "desktop.commands.project",
    "desktop.commands.importing",
    "desktop.commands.types",
    "desktop.commands.geocode",
    "desktop.commands.maps",
    "desktop.commands.coverage",
    "desktop.commands.pathways",
    "desktop.commands.export",
    "desktop.commands.verify",
    "desktop.commands.merge",
    "desktop.commands.sharing",
    "desktop.commands.app",
    "desktop.commands.doctor",
]


def register_all(subparsers) -> None:
    for name in MODULES:
        importlib.import_module(name).register(subparsers)
