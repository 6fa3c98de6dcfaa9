"""Read and validate the warning and hotline content in warnings/ (YAML).

Every problem names the file, the line and the field. A hotline marked `unverified` is refused:
a wrong number in a safety bot is a defect, so only sourced, confirmed (or flagged one-source) lines ship.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers
import yaml

from bot.config import UI_LANGS

HOTLINE_KINDS = ("phone", "url", "email", "telegram")
CONFIDENCE = ("confirmed", "one-source")
SITUATIONS = ("report_lure", "trapped_abroad", "scam_loss", "before_abroad", "in_country_emergency")
_COUNTRY = re.compile(r"^(?:[A-Z]{2}|INTL|any)$")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$")
_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_SHORT_CODE = re.compile(r"^\d{3,4}$")


class ContentError(ValueError):
    """Bad content; `problems` lists every 'file:line: entry: field: message'."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("invalid content:\n" + "\n".join(problems))


@dataclass(frozen=True)
class Hotline:
    id: str
    country: str
    serves: tuple[str, ...]
    contact: str
    kind: str
    situations: tuple[str, ...]
    destinations: tuple[str, ...]
    confidence: str
    source: tuple[str, ...]
    source_date: str
    name: dict[str, str]
    purpose: dict[str, str]
    phone_region: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class OfficialWarning:
    key: str
    country: str
    audience: tuple[str, ...]
    destinations: tuple[str, ...]
    source: tuple[str, ...]
    source_date: str
    issuer: dict[str, str]
    body: dict[str, str]
    original_lang: str
    note: str | None = None


@dataclass
class Content:
    hotlines: list[Hotline] = field(default_factory=list)
    warnings: list[OfficialWarning] = field(default_factory=list)

    def hotline(self, hotline_id: str) -> Hotline | None:
        return next((h for h in self.hotlines if h.id == hotline_id), None)


class _LineLoader(yaml.SafeLoader):
    """A safe loader that remembers the line of every mapping (as the key '__line__')."""


def _construct_mapping(loader, node, deep=False):
    mapping = yaml.SafeLoader.construct_mapping(loader, node, deep=deep)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _load_yaml(path: Path, problems: list[str]):
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)  # noqa: S506 (SafeLoader subclass)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark else 0
        problems.append(f"{path}:{line}: not valid YAML: {getattr(e, 'problem', e)}")
    except UnicodeDecodeError:
        problems.append(f"{path}:0: not UTF-8 text")
    return None


class _Entry:
    """Field access that records problems with file, line and entry name."""

    def __init__(self, path: Path, raw: dict, ident_field: str, problems: list[str]):
        self.path, self.raw, self.problems = path, raw, problems
        self.line = raw.get("__line__", 0)
        self.name = str(raw.get(ident_field, "?"))

    def bad(self, fld: str, msg: str) -> None:
        self.problems.append(f"{self.path}:{self.line}: {self.name}: {fld}: {msg}")

    def text(self, fld: str, required: bool = True) -> str | None:
        v = self.raw.get(fld)
        if v is None or (isinstance(v, str) and not v.strip()):
            if required:
                self.bad(fld, "missing")
            return None
        if not isinstance(v, (str, int)):
            self.bad(fld, f"must be text, got {type(v).__name__}")
            return None
        return str(v).strip()

    def codes(self, fld: str, allowed: tuple[str, ...] | None = None) -> tuple[str, ...]:
        v = self.raw.get(fld)
        if isinstance(v, str):
            v = [v]
        if not v or not isinstance(v, list):
            self.bad(fld, "missing or not a list")
            return ()
        out = []
        for item in v:
            item = str(item)
            if allowed is not None and item not in allowed:
                self.bad(fld, f"unknown value {item!r} (allowed: {', '.join(allowed)})")
            elif allowed is None and not _COUNTRY.match(item):
                self.bad(fld, f"{item!r} is not a country code (two capital letters, INTL or any)")
            out.append(item)
        return tuple(out)

    def sources(self) -> tuple[str, ...]:
        v = self.raw.get("source")
        if isinstance(v, str):
            v = [v]
        if not v or not isinstance(v, list):
            self.bad("source", "missing: every entry needs at least one source")
            return ()
        for url in v:
            if not _URL.match(str(url)):
                self.bad("source", f"{url!r} is not an http(s) URL")
        return tuple(str(u) for u in v)

    def per_lang(self, fld: str, max_len: int | None = None) -> dict[str, str]:
        v = self.raw.get(fld)
        if not isinstance(v, dict):
            self.bad(fld, "missing: needs one text per language (" + ", ".join(UI_LANGS) + ")")
            return {}
        out = {}
        for lang, text in v.items():
            if lang == "__line__":
                continue
            if lang not in UI_LANGS:
                self.bad(fld, f"unknown language code {lang!r}")
                continue
            if not isinstance(text, str) or not text.strip():
                self.bad(f"{fld}.{lang}", "empty")
                continue
            if max_len and len(text) > max_len:
                self.bad(f"{fld}.{lang}", f"{len(text)} characters, more than {max_len}")
            out[lang] = text.strip()
        if "en" not in out:
            self.bad(fld, "the English text is required (it is the fallback)")
        return out


def validate_contact(kind: str, contact: str, region: str | None) -> str | None:
    """None when the contact is well-formed for its kind, else the problem."""
    if kind in ("phone", "telegram"):
        if _SHORT_CODE.match(contact):
            return None
        try:
            num = phonenumbers.parse(contact, region)
        except phonenumbers.NumberParseException as e:
            return f"{contact!r} is not a phone number ({e})"
        if not phonenumbers.is_valid_number(num):
            return f"{contact!r} is not a valid number for {region or 'its country code'}"
        return None
    if kind == "url":
        return None if _URL.match(contact) else f"{contact!r} is not an http(s) URL"
    if kind == "email":
        return None if _EMAIL.match(contact) else f"{contact!r} is not an e-mail address"
    return f"unknown kind {kind!r}"


def _hotline(path: Path, raw: dict, problems: list[str]) -> Hotline | None:
    e = _Entry(path, raw, "id", problems)
    before = len(problems)
    hid = e.text("id")
    kind = e.text("kind")
    contact = e.text("contact")
    confidence = e.text("confidence")
    if confidence is not None and confidence not in CONFIDENCE:
        e.bad("confidence", f"{confidence!r} cannot be shown: only {' or '.join(CONFIDENCE)} lines ship")
    if kind is not None and kind not in HOTLINE_KINDS:
        e.bad("kind", f"unknown kind {kind!r} (allowed: {', '.join(HOTLINE_KINDS)})")
    region = e.text("phone_region", required=kind in ("phone", "telegram"))
    if kind in HOTLINE_KINDS and contact:
        problem = validate_contact(kind, contact, region)
        if problem:
            e.bad("contact", problem)
    h = Hotline(
        id=hid or "?", country=e.text("country") or "?", serves=e.codes("serves"), contact=contact or "",
        kind=kind or "?", situations=e.codes("situations", SITUATIONS), destinations=e.codes("destinations"),
        confidence=confidence or "?", source=e.sources(), source_date=e.text("source_date") or "",
        name=e.per_lang("name", 120), purpose=e.per_lang("purpose", 300), phone_region=region,
        note=e.text("note", required=False),
    )
    return h if len(problems) == before else None


def _warning(path: Path, raw: dict, problems: list[str]) -> OfficialWarning | None:
    e = _Entry(path, raw, "key", problems)
    before = len(problems)
    original = e.text("original_lang")
    w = OfficialWarning(
        key=e.text("key") or "?", country=e.text("country") or "?", audience=e.codes("audience"),
        destinations=e.codes("destinations"), source=e.sources(), source_date=e.text("source_date") or "",
        issuer=e.per_lang("issuer", 200), body=e.per_lang("body", 800), original_lang=original or "",
        note=e.text("note", required=False),
    )
    return w if len(problems) == before else None


def load_content(directory: Path) -> Content:
    """Load warnings/ and raise ContentError listing every problem at once."""
    problems: list[str] = []
    content = Content()
    directory = Path(directory)
    hotline_file = directory / "hotlines.yaml"
    if not hotline_file.is_file():
        problems.append(f"{hotline_file}:0: missing file")
    else:
        data = _load_yaml(hotline_file, problems)
        if data is not None:
            items = data.get("hotlines") if isinstance(data, dict) else None
            if not isinstance(items, list):
                problems.append(f"{hotline_file}:1: top level must be 'hotlines:' with a list")
            else:
                seen: set[str] = set()
                for raw in items:
                    if not isinstance(raw, dict):
                        problems.append(f"{hotline_file}:?: every hotline must be a mapping")
                        continue
                    h = _hotline(hotline_file, raw, problems)
                    if h and h.id in seen:
                        problems.append(f"{hotline_file}:{raw.get('__line__')}: {h.id}: id: used twice")
                    elif h:
                        seen.add(h.id)
                        content.hotlines.append(h)
    seen_keys: set[str] = set()
    for path in sorted((directory / "messages").glob("*.yaml")):
        data = _load_yaml(path, problems)
        if data is None:
            continue
        items = data.get("warnings") if isinstance(data, dict) else None
        if not isinstance(items, list):
            problems.append(f"{path}:1: top level must be 'warnings:' with a list")
            continue
        for raw in items:
            if not isinstance(raw, dict):
                problems.append(f"{path}:?: every warning must be a mapping")
                continue
            w = _warning(path, raw, problems)
            if w and w.key in seen_keys:
                problems.append(f"{path}:{raw.get('__line__')}: {w.key}: key: used twice")
            elif w:
                seen_keys.add(w.key)
                content.warnings.append(w)
    if problems:
        raise ContentError(problems)
    return content


def validate_entry(kind: str, raw: dict, where: str = "<database>") -> list[str]:
    """Every problem of one hotline or warning given as its YAML mapping ([] when valid): admin edits use this."""
    problems: list[str] = []
    (_hotline if kind == "hotline" else _warning)(Path(where), raw, problems)
    return problems
