"""Who may do what: the roles (user, ngo, admin) and the checks every use case calls first. A small leaf: it knows
only the store's two answers it needs (a user's role, a user's hash), as a port.

Admins come from LURECHECK_ADMIN_IDS plus the role in the database; NGO staff and admins may review.
AdminError carries an English msgid and its fields: `.text(lang)` gives the message in the admin's language.
"""
from __future__ import annotations

from typing import Protocol

from bot.answer.i18n import gettext, ui_lang
from bot.store import CLI_ACTOR


class RoleSource(Protocol):
    """What authorisation needs of a store (bot.storage.sql_store.SqlStore implements it)."""

    def user_role(self, user_id: int) -> str: ...

    def hash(self, user_id: int) -> str: ...


class Operator:
    def __repr__(self) -> str:
        return "OPERATOR"


OPERATOR = Operator()  # the person at the command line: trusted, recorded as "cli" in the audit log
Actor = int | Operator


class AdminError(Exception):
    """A refused or invalid request; nothing was changed. `msgid` is English, translated by `text(lang)`."""

    def __init__(self, msgid: str, /, **fields):
        self.msgid, self.fields = msgid, fields
        super().__init__(msgid.format(**fields))

    def text(self, lang: str | None) -> str:
        return gettext(ui_lang(lang), self.msgid, **self.fields)


class NotAllowed(AdminError):
    pass


# ---------------------------------------------------------------- who may do what
def role_of(store: RoleSource, actor: Actor) -> str:
    return "admin" if actor is OPERATOR else store.user_role(int(actor))


def is_admin(store: RoleSource, actor: Actor) -> bool:
    return role_of(store, actor) == "admin"


def can_review(store: RoleSource, actor: Actor) -> bool:
    return role_of(store, actor) in ("ngo", "admin")


def require_admin(store: RoleSource, actor: Actor) -> str:
    if not is_admin(store, actor):
        raise NotAllowed("This command is for admins only.")
    return who(store, actor)


def require_reviewer(store: RoleSource, actor: Actor) -> str:
    if not can_review(store, actor):
        raise NotAllowed("This command is for NGO staff and admins only.")
    return who(store, actor)


def who(store: RoleSource, actor: Actor) -> str:
    return CLI_ACTOR if actor is OPERATOR else store.hash(int(actor))
