"""Verdicts as JSON for the shared verdict cache (bot/telegram/services.py): several replicas answer a repeated ad
from one cache in Redis. Only JSON-able fields travel: the lure-memory vector (512 floats, in `extras`) does not."""
from __future__ import annotations

import json
from dataclasses import asdict

from classifier.types import Contact, Entities, Money, Place, Signal, Verdict


def _jsonable(value: object) -> bool:
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return False
    return True


def dumps(v: Verdict) -> bytes:
    extras = {k: x for k, x in v.extras.items() if k != "embedding" and _jsonable(x)}
    d = asdict(v.__class__(**{**{f: getattr(v, f) for f in v.__dataclass_fields__}, "extras": {}}))
    d["extras"] = extras
    return json.dumps(d, ensure_ascii=False).encode()


def _span(d: dict) -> dict:
    return {**d, "span": tuple(d["span"])}


def loads(raw: bytes) -> Verdict:
    d = json.loads(raw)
    e = d["entities"]
    entities = Entities(money=tuple(Money(**_span(m)) for m in e["money"]),
                        places=tuple(Place(**_span(p)) for p in e["places"]),
                        channels=tuple(Contact(**_span(c)) for c in e["channels"]),
                        contacts=tuple(Contact(**_span(c)) for c in e["contacts"]))
    return Verdict(**{**d, "signals": tuple(Signal(**_span(s)) for s in d["signals"]), "entities": entities})
