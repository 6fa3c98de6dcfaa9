"""Every message the admin commands can show is a catalog msgid (so it is translated into vi, ko and km)."""
from __future__ import annotations

import ast

from bot.answer.i18n import LOCALE_DIR, catalog
from bot.config import PROJECT_ROOT

SOURCES = ("bot/access.py", "bot/admin/editing.py", "bot/admin/reviews.py", "bot/telegram/admin.py")


def _strings(node) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _strings(node.body) + _strings(node.orelse)
    return []


def admin_msgids() -> set[str]:
    ids: set[str] = set()
    for rel in SOURCES:
        for n in ast.walk(ast.parse((PROJECT_ROOT / rel).read_text(encoding="utf-8"))):
            if isinstance(n, ast.Call) and n.args and getattr(n.func, "id", None) in ("_", "AdminError", "NotAllowed"):
                ids.update(_strings(n.args[0]))
            if isinstance(n, ast.Assign) and any(getattr(t, "id", None) == "MENU" for t in n.targets):
                ids.update(e.value for e in n.value.elts)
    return ids


def test_admin_messages_are_listed_and_translated():
    listed = set((LOCALE_DIR / "STRINGS.md").read_text(encoding="utf-8").splitlines())
    ids = admin_msgids()
    assert len(ids) > 50
    assert sorted(ids - listed) == [], "add these to bot/answer/locale/STRINGS.md and the .po files"
    for lang in ("vi", "ko", "km"):
        assert sorted(m for m in ids if not catalog(lang).get(m)) == [], lang
