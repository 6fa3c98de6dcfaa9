"""Warning and hotline content in the database: import from warnings/ YAML, export back, versions, gaps.

Import is idempotent and never undoes an admin: for every hotline and warning the hash of the YAML entry last
imported is kept (`seed_hash`). An entry whose YAML is unchanged since the last import keeps what admins made of
it in the database; an entry whose YAML changed is applied (a changed text becomes a new version). A warning text
that equals an older version (an admin replaced it since) is likewise kept as the database has it. `force=True`
makes the YAML win everywhere. Export writes YAML that imports back to the same content, byte for byte on the next
export.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from bot.answer.content import Content, Hotline, OfficialWarning, load_content
from bot.config import UI_LANGS
from bot.storage.models import ContentVersion, HotlineRow, WarningRow, WarningText, utcnow
from bot.storage.sql_store import audit

IMPORT_ACTOR = "import"


# ---------------------------------------------------------------- conversions
def ordered(d: dict[str, str]) -> dict[str, str]:
    """Per-language texts in one stable order: the UI languages first (vi, ko, km, en), then others."""
    rank = {lang: i for i, lang in enumerate(UI_LANGS)}
    return {k: d[k] for k in sorted(d, key=lambda k: (rank.get(k, len(rank)), k))}


def hotline_raw(h: Hotline) -> dict:
    """A hotline as its hotlines.yaml entry (the schema's field order)."""
    d: dict = {"id": h.id, "country": h.country, "serves": list(h.serves), "contact": h.contact, "kind": h.kind,
               "phone_region": h.phone_region, "situations": list(h.situations),
               "destinations": list(h.destinations), "confidence": h.confidence, "source": list(h.source),
               "source_date": h.source_date}
    if h.note:
        d["note"] = h.note
    d["name"] = ordered(dict(h.name))
    d["purpose"] = ordered(dict(h.purpose))
    return d


def hotline_from_row(r: HotlineRow) -> Hotline:
    return Hotline(id=r.slug, country=r.country, serves=tuple(r.serves), contact=r.contact, kind=r.kind,
                   situations=tuple(r.situations), destinations=tuple(r.destinations), confidence=r.confidence,
                   source=tuple(r.source), source_date=r.source_date, name=ordered(dict(r.name)),
                   purpose=ordered(dict(r.purpose)), phone_region=r.phone_region, note=r.note)


def apply_hotline(r: HotlineRow, h: Hotline) -> None:
    r.slug, r.country, r.serves, r.contact, r.kind = h.id, h.country, list(h.serves), h.contact, h.kind
    r.phone_region, r.situations, r.destinations = h.phone_region, list(h.situations), list(h.destinations)
    r.confidence, r.source, r.source_date = h.confidence, list(h.source), h.source_date
    r.name, r.purpose, r.note = ordered(dict(h.name)), ordered(dict(h.purpose)), h.note


def warning_facts(w: OfficialWarning) -> dict:
    d: dict = {"key": w.key, "country": w.country, "audience": list(w.audience),
               "destinations": list(w.destinations), "source": list(w.source), "source_date": w.source_date}
    if w.note:
        d["note"] = w.note
    d["original_lang"] = w.original_lang
    return d


def row_facts(r: WarningRow) -> dict:
    d: dict = {"key": r.key, "country": r.country, "audience": list(r.audience),
               "destinations": list(r.destinations), "source": list(r.source), "source_date": r.source_date}
    if r.note:
        d["note"] = r.note
    d["original_lang"] = r.original_lang
    return d


def digest(data) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


# ---------------------------------------------------------------- the version counter
def content_version(s: Session) -> int:
    return s.scalar(select(ContentVersion.version).where(ContentVersion.id == 1)) or 0


def bump(s: Session) -> None:
    """Tell every replica that content changed (they compare this number per request)."""
    s.execute(update(ContentVersion).where(ContentVersion.id == 1).values(version=ContentVersion.version + 1))


# ---------------------------------------------------------------- reading
def active_texts(s: Session, warning_ids: list[int] | None = None) -> dict[int, dict[str, WarningText]]:
    q = select(WarningText).where(WarningText.active.is_(True))
    if warning_ids is not None:
        q = q.where(WarningText.warning_id.in_(warning_ids))
    out: dict[int, dict[str, WarningText]] = {}
    for t in s.scalars(q):
        out.setdefault(t.warning_id, {})[t.lang] = t
    return out


def warning_from_row(r: WarningRow, texts: dict[str, WarningText]) -> OfficialWarning | None:
    body = ordered({lang: t.body for lang, t in texts.items() if t.body})
    issuer = ordered({lang: t.issuer for lang, t in texts.items() if t.issuer})
    if "en" not in body or "en" not in issuer:
        return None  # English is every reply's fallback: never ship a warning without it
    return OfficialWarning(key=r.key, country=r.country, audience=tuple(r.audience),
                           destinations=tuple(r.destinations), source=tuple(r.source), source_date=r.source_date,
                           issuer=issuer, body=body, original_lang=r.original_lang, note=r.note)


def load_from_db(s: Session) -> Content:
    """The content users see: active hotlines and the active version of every warning text, in order."""
    hotlines = [hotline_from_row(r) for r in
                s.scalars(select(HotlineRow).where(HotlineRow.active.is_(True))
                          .order_by(HotlineRow.position, HotlineRow.id))]
    rows = list(s.scalars(select(WarningRow).order_by(WarningRow.position, WarningRow.id)))
    texts = active_texts(s)
    warnings = [w for r in rows if (w := warning_from_row(r, texts.get(r.id, {}))) is not None]
    return Content(hotlines=hotlines, warnings=warnings)


def has_content(s: Session) -> bool:
    return (s.scalar(select(func.count()).select_from(HotlineRow)) or 0) > 0 or \
        (s.scalar(select(func.count()).select_from(WarningRow)) or 0) > 0


# ---------------------------------------------------------------- warning texts
def new_text_version(s: Session, w: WarningRow, lang: str, body: str | None, issuer: str | None,
                     author: str) -> WarningText:
    """Add a version of one text and make it the active one."""
    last = s.scalar(select(func.max(WarningText.version))
                    .where(WarningText.warning_id == w.id, WarningText.lang == lang)) or 0
    s.execute(update(WarningText).where(WarningText.warning_id == w.id, WarningText.lang == lang,
                                        WarningText.active.is_(True)).values(active=False))
    t = WarningText(warning_id=w.id, lang=lang, version=last + 1, body=body, issuer=issuer, author=author,
                    created=utcnow(), active=True)
    s.add(t)
    s.flush()
    return t


def activate_version(s: Session, w: WarningRow, lang: str, version: int) -> WarningText | None:
    t = s.scalar(select(WarningText).where(WarningText.warning_id == w.id, WarningText.lang == lang,
                                           WarningText.version == version))
    if t is None:
        return None
    s.execute(update(WarningText).where(WarningText.warning_id == w.id, WarningText.lang == lang,
                                        WarningText.active.is_(True)).values(active=False))
    s.flush()
    t.active = True
    s.flush()
    return t


def text_history(s: Session, warning_id: int, lang: str) -> list[WarningText]:
    return list(s.scalars(select(WarningText).where(WarningText.warning_id == warning_id, WarningText.lang == lang)
                          .order_by(WarningText.version.desc())))


# ---------------------------------------------------------------- import
@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    kept: list[str] = field(default_factory=list)  # edited in the database since the last import: kept
    reordered: bool = False

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated)

    def summary(self) -> str:
        out = f"{len(self.added)} added, {len(self.updated)} updated, {self.unchanged} unchanged"
        if self.kept:
            out += (f", {len(self.kept)} kept as edited in the database (export to bring them into YAML, or import"
                    f" with --force): " + ", ".join(self.kept))
        return out


def message_groups(directory: Path) -> dict[str, str]:
    """Warning key -> the stem of the messages/*.yaml file it is in (export writes it back there)."""
    groups: dict[str, str] = {}
    for path in sorted((Path(directory) / "messages").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for item in data.get("warnings") or []:
            if isinstance(item, dict) and item.get("key"):
                groups.setdefault(str(item["key"]).strip(), path.stem)
    return groups


def import_content(s: Session, content: Content, groups: dict[str, str] | None = None, actor: str = IMPORT_ACTOR,
                   force: bool = False) -> ImportReport:
    """Load validated content into the database (one transaction; the caller commits)."""
    report = ImportReport()
    groups = groups or {}
    rows = {r.slug: r for r in s.scalars(select(HotlineRow).with_for_update())}
    for position, h in enumerate(content.hotlines):
        raw = hotline_raw(h)
        seed = digest(raw)
        r = rows.get(h.id)
        if r is None:
            r = HotlineRow(position=position, active=True, seed_hash=seed, updated=utcnow(), updated_by=actor)
            apply_hotline(r, h)
            s.add(r)
            audit(s, actor, "hotline.add", f"hotline {h.id}", None, raw)
            report.added.append(f"hotline {h.id}")
            continue
        current = hotline_raw(hotline_from_row(r))
        if r.position != position:
            r.position, report.reordered = position, True
        if current == raw:
            r.seed_hash = seed
            report.unchanged += 1
        elif r.seed_hash == seed and not force:
            report.kept.append(f"hotline {h.id}")
        else:
            apply_hotline(r, h)
            r.seed_hash, r.updated, r.updated_by = seed, utcnow(), actor
            audit(s, actor, "hotline.import", f"hotline {h.id}", current, raw)
            report.updated.append(f"hotline {h.id}")

    wrows = {r.key: r for r in s.scalars(select(WarningRow).with_for_update())}
    s.flush()
    for position, w in enumerate(content.warnings):
        facts = warning_facts(w)
        seed = digest(facts)
        r = wrows.get(w.key)
        if r is None:
            r = WarningRow(key=w.key, country=w.country, audience=list(w.audience),
                           destinations=list(w.destinations), source=list(w.source), source_date=w.source_date,
                           original_lang=w.original_lang, note=w.note, group_name=groups.get(w.key, w.country),
                           position=position, seed_hash=seed, updated=utcnow())
            s.add(r)
            s.flush()
            audit(s, actor, "warning.add", f"warning {w.key}", None, facts)
            report.added.append(f"warning {w.key}")
        else:
            if r.position != position:
                r.position, report.reordered = position, True
            if w.key in groups:
                r.group_name = groups[w.key]
            current = row_facts(r)
            if current == facts:
                r.seed_hash = seed
            elif r.seed_hash == seed and not force:
                report.kept.append(f"warning {w.key}")
            else:
                r.country, r.audience, r.destinations = w.country, list(w.audience), list(w.destinations)
                r.source, r.source_date, r.original_lang, r.note = list(w.source), w.source_date, w.original_lang, \
                    w.note
                r.seed_hash, r.updated = seed, utcnow()
                audit(s, actor, "warning.import", f"warning {w.key}", current, facts)
                report.updated.append(f"warning {w.key}")
        _import_texts(s, r, w, actor, force, report)
    if report.changed or report.reordered:
        bump(s)
    return report


def _import_texts(s: Session, r: WarningRow, w: OfficialWarning, actor: str, force: bool,
                  report: ImportReport) -> None:
    history: dict[str, list[WarningText]] = {}
    for t in s.scalars(select(WarningText).where(WarningText.warning_id == r.id)):
        history.setdefault(t.lang, []).append(t)
    for lang in ordered({k: "" for k in [*w.body, *w.issuer]}):
        pair = (w.body.get(lang), w.issuer.get(lang))
        versions = history.get(lang, [])
        active = next((t for t in versions if t.active), None)
        if active is not None and (active.body, active.issuer) == pair:
            report.unchanged += 1
            continue
        if not force and any((t.body, t.issuer) == pair for t in versions):
            report.kept.append(f"warning {w.key} ({lang})")
            continue
        t = new_text_version(s, r, lang, pair[0], pair[1], actor)
        before = {"version": active.version, "body": active.body, "issuer": active.issuer} if active else None
        audit(s, actor, "warning.import" if active else "warning.add", f"warning {w.key} ({lang})", before,
              {"version": t.version, "body": t.body, "issuer": t.issuer})
        (report.updated if active else report.added).append(f"warning {w.key} ({lang})")


def import_directory(s: Session, directory: Path, actor: str = IMPORT_ACTOR, force: bool = False) -> ImportReport:
    """Validate warnings/ (ContentError lists every problem, nothing imported) and import it."""
    content = load_content(Path(directory))
    return import_content(s, content, message_groups(Path(directory)), actor, force)


# ---------------------------------------------------------------- export
class _Dumper(yaml.SafeDumper):
    pass


def _represent_list(dumper: yaml.SafeDumper, data: list):
    flow = all(isinstance(x, (str, int)) and len(str(x)) <= 24 for x in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


def _represent_str(dumper: yaml.SafeDumper, data: str):
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|" if "\n" in data else None)


_Dumper.add_representer(list, _represent_list)
_Dumper.add_representer(str, _represent_str)


def dump_yaml(doc: dict, header: str) -> str:
    body = yaml.dump(doc, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1 << 16,
                     default_flow_style=False)
    return header + body


def export_content(s: Session, directory: Path) -> list[Path]:
    """Write hotlines.yaml and messages/<group>.yaml from the database; returns the files written."""
    directory = Path(directory)
    (directory / "messages").mkdir(parents=True, exist_ok=True)
    content = load_from_db(s)
    header = "# Exported from the LureCheck database by `lurecheck content export`.\n" \
             "# Review the change, then load it with `lurecheck content import`.\n\n"
    written = []
    path = directory / "hotlines.yaml"
    path.write_text(dump_yaml({"hotlines": [hotline_raw(h) for h in content.hotlines]}, header), encoding="utf-8")
    written.append(path)
    group_of = {k: g for k, g in s.execute(select(WarningRow.key, WarningRow.group_name))}
    groups: dict[str, list[dict]] = {}
    for w in content.warnings:
        entry = warning_facts(w)
        original = entry.pop("original_lang")
        entry["issuer"] = dict(w.issuer)
        entry["body"] = dict(w.body)
        entry["original_lang"] = original
        groups.setdefault(group_of.get(w.key, w.country), []).append(entry)
    for group, entries in groups.items():
        path = directory / "messages" / f"{group}.yaml"
        path.write_text(dump_yaml({"warnings": entries}, header), encoding="utf-8")
        written.append(path)
    return written


# ---------------------------------------------------------------- missing translations
@dataclass(frozen=True)
class Gap:
    kind: str  # warning | hotline
    ident: str
    field: str  # body, issuer, name, purpose
    missing: tuple[str, ...]  # UI languages without a text: users of these see English there


def translation_gaps(s: Session) -> list[Gap]:
    gaps: list[Gap] = []
    rows = list(s.scalars(select(WarningRow).order_by(WarningRow.position, WarningRow.id)))
    texts = active_texts(s)
    for r in rows:
        t = texts.get(r.id, {})
        for fld in ("body", "issuer"):
            missing = tuple(lang for lang in UI_LANGS if not (t.get(lang) and getattr(t[lang], fld)))
            if missing:
                gaps.append(Gap("warning", r.key, fld, missing))
    for h in s.scalars(select(HotlineRow).where(HotlineRow.active.is_(True))
                       .order_by(HotlineRow.position, HotlineRow.id)):
        for fld in ("name", "purpose"):
            missing = tuple(lang for lang in UI_LANGS if not (getattr(h, fld) or {}).get(lang))
            if missing:
                gaps.append(Gap("hotline", h.slug, fld, missing))
    return gaps
