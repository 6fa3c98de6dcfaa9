"""Per-corpus composition rules (seeded templates); the texts they combine live in data/corpus/*.yaml."""

from pathlib import Path

import yaml

CORPUS = Path(__file__).resolve().parent.parent


def load(name: str) -> dict:
    """The parsed data/corpus/<name>.yaml (handwritten records and template fragments)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(CORPUS / f"{name}.yaml", encoding="utf-8") as f:
        return yaml.load(f, Loader=loader)  # noqa: S506 - safe loader
