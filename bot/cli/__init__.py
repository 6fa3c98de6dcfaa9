"""The command-line face: `lurecheck` commands, the console chat, batch classification, database commands."""
from bot.cli.commands import main

__all__ = ["main"]
