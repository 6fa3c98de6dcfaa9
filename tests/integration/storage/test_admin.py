"""bot/admin/ on SQLite and PostgreSQL: every function allowed for admins and refused for others, validation
before any write, the audit log, previews exactly as users see them, rollback, roles and reviews."""
from __future__ import annotations

import itertools
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from bot import admin
from bot.storage import content_db
from bot.storage.models import Contact, PendingChange, utcnow
from bot.store import user_hash
from tests.integration.storage.conftest import ADMIN, SECRET
from tests.integration.storage.helpers import audit_entries, verdict

USER, NGO, ADMIN2 = 4242, 5151, 6161
W, H = "vn-gov-sms-111", "vn-mofa-citizen-protection-1"
NEW_NUMBER = {"contact": "+84 965 41 11 18", "source": "https://example.gov.vn/hotline",
              "source_date": "2026-11-01"}


def state(store):
    """What must not move when a request is refused: the content version, the audit log, the content itself."""
    with store.read() as s:
        return content_db.content_version(s), len(audit_entries(store)), content_db.load_from_db(s)


_n = itertools.count(1)


def pending_id(store, actor) -> int:
    """A preview made by `actor` when it is an admin (else by ADMIN), for confirm and cancel to act on."""
    by = actor if admin.is_admin(store, actor) else ADMIN
    return admin.propose_warning(store, by, W, "en", f"A pending text, number {next(_n)}.").id


# Every admin function, called as `actor` (the id is filled in by the test).
CONTENT_CALLS = {
    "overview": lambda st, a: admin.overview(st, a),
    "translation_gaps": lambda st, a: admin.translation_gaps(st, a),
    "list_warnings": lambda st, a: admin.list_warnings(st, a),
    "show_warning": lambda st, a: admin.show_warning(st, a, W, "en"),
    "preview_warning": lambda st, a: admin.preview_warning(st, a, W, "en", "New text."),
    "propose_warning": lambda st, a: admin.propose_warning(st, a, W, "en", f"New text {next(_n)}."),
    "set_warning": lambda st, a: admin.set_warning(st, a, W, "en", f"New text {next(_n)}."),
    "warning_history": lambda st, a: admin.warning_history(st, a, W, "en"),
    "rollback_warning": lambda st, a: admin.rollback_warning(st, a, W, "en", 1),
    "list_hotlines": lambda st, a: admin.list_hotlines(st, a),
    "propose_hotline": lambda st, a: admin.propose_hotline(st, a, H, NEW_NUMBER),
    "set_hotline": lambda st, a: admin.set_hotline(st, a, H, NEW_NUMBER),
    "disable_hotline": lambda st, a: admin.disable_hotline(st, a, H),
    "enable_hotline": lambda st, a: admin.enable_hotline(st, a, H),
    "confirm": lambda st, a: admin.confirm(st, a, pending_id(st, a)),
    "cancel": lambda st, a: admin.cancel(st, a, pending_id(st, a)),
    "grant": lambda st, a: admin.grant(st, a, USER + 1, "ngo"),
    "revoke": lambda st, a: admin.revoke(st, a, NGO),
}
REVIEW_CALLS = {
    "list_reviews": lambda st, a: admin.list_reviews(st, a),
    "decide": lambda st, a: admin.decide(st, a, "report", 1, "confirm"),
}


@pytest.fixture
def world(content_store):
    """Content, an NGO member, a second admin by role, and one report and one dispute to review."""
    st = content_store
    st.set_user_role(NGO, "ngo")
    st.set_user_role(ADMIN2, "admin")
    c1 = st.record_check(USER, verdict(ad="ad one"))
    c2 = st.record_check(USER, verdict(ad="ad two", level="suspicious"))
    assert st.add_report(c1, USER, "ad one, reported") == 1
    assert st.record_feedback(c2, USER, "wrong")
    return st


@pytest.mark.parametrize("name", sorted(CONTENT_CALLS))
def test_admin_functions_refused_for_users_and_ngo_staff(world, name):
    call = CONTENT_CALLS[name]
    pid = pending_id(world, ADMIN) if name in ("confirm", "cancel") else None
    before = state(world)
    for actor in (USER, NGO):
        with pytest.raises(admin.NotAllowed) as err:
            call(world, actor)
        assert err.value.text("vi") == "Lệnh này chỉ dành cho quản trị viên."
    if pid is not None:  # the admin's own preview is still there, unchanged
        with pytest.raises(admin.NotAllowed):
            admin.confirm(world, USER, pid)
        assert admin.confirm(world, ADMIN, pid).version == 2
    else:
        assert state(world) == before


READ_ONLY = {"overview", "translation_gaps", "list_warnings", "show_warning", "preview_warning", "warning_history",
             "list_hotlines"}


def hotline(store, slug=H):
    with store.read() as s:
        return content_db.load_from_db(s).hotline(slug)


def pending_of(store, actor) -> list[int]:
    with store.read() as s:
        return list(s.scalars(select(PendingChange.id).where(PendingChange.actor == user_hash(SECRET, actor))))


def assert_done(name: str, st, actor: int, result, before) -> None:
    """The change `name` names happened, and an admin's change is in the audit log under their hash."""
    if name in READ_ONLY:
        assert isinstance(result, list) if name == "translation_gaps" else result, f"{name} answered nothing"
        assert state(st) == before, f"{name} must change nothing"
        return
    if name in ("propose_warning", "propose_hotline"):
        assert result.id in pending_of(st, actor) and result.preview
        assert state(st)[2] == before[2], "nothing applied before the confirm button"
        return
    if name == "cancel":
        assert result == admin.CANCELLED and pending_of(st, actor) == []
        assert state(st)[2] == before[2]
        return
    expected = {
        "set_warning": lambda: admin.show_warning(st, ADMIN, W, "en").version == result
        and admin.show_warning(st, ADMIN, W, "en").body.startswith("New text"),
        "rollback_warning": lambda: admin.show_warning(st, ADMIN, W, "en").version == 1,
        "confirm": lambda: admin.show_warning(st, ADMIN, W, "en").version == result.version
        and admin.show_warning(st, ADMIN, W, "en").body.startswith("A pending text"),
        "set_hotline": lambda: hotline(st).contact == NEW_NUMBER["contact"],
        "disable_hotline": lambda: hotline(st) is None,
        "enable_hotline": lambda: hotline(st) is not None,
        "grant": lambda: st.user_role(USER + 1) == "ngo",
        "revoke": lambda: st.user_role(NGO) == "user",
    }[name]
    assert expected(), f"{name} did not make its change"
    entry = audit_entries(st)[-1]
    assert entry.actor == user_hash(SECRET, actor) and len(audit_entries(st)) > before[1]


@pytest.mark.parametrize("name", sorted(CONTENT_CALLS))
def test_admin_functions_allowed_for_config_and_database_admins(world, name):
    call = CONTENT_CALLS[name]
    if name == "enable_hotline":
        admin.disable_hotline(world, ADMIN, H)
    if name == "rollback_warning":
        admin.set_warning(world, ADMIN, W, "en", "Version two.")
    for actor in (ADMIN, ADMIN2):  # an admin by configuration, then an admin by role in the database
        if actor == ADMIN2 and name in ("enable_hotline", "disable_hotline", "set_hotline", "rollback_warning",
                                        "revoke"):
            return  # done once already; an admin by role makes such changes in the tests further down
        if name in ("confirm", "cancel"):
            pid = pending_id(world, actor)
            before = state(world)
            result = (admin.confirm if name == "confirm" else admin.cancel)(world, actor, pid)
        else:
            before = state(world)
            result = call(world, actor)
        assert_done(name, world, actor, result, before)
        if name == "grant":
            world.set_user_role(USER + 1, "user")


@pytest.mark.parametrize("name", sorted(REVIEW_CALLS))
def test_reviews_allowed_for_ngo_and_admins_refused_for_users(world, name):
    with pytest.raises(admin.NotAllowed):
        REVIEW_CALLS[name](world, USER)
    REVIEW_CALLS[name](world, NGO)


@pytest.mark.parametrize("call,msgid", [
    (lambda st: admin.set_warning(st, ADMIN, W, "en", "   "), "The text is empty: nothing was changed."),
    (lambda st: admin.propose_warning(st, ADMIN, W, "vi", ""), "The text is empty: nothing was changed."),
    (lambda st: admin.set_warning(st, ADMIN, W, "en", "x" * 801),
     "The text has {n} characters; the limit is {limit}. Nothing was changed."),
    (lambda st: admin.set_warning(st, ADMIN, W, "xx", "Text."), "Unknown language: {lang}. Use one of: {langs}"),
    (lambda st: admin.set_warning(st, ADMIN, "no-such-key", "en", "Text."), "Unknown warning: {key}"),
    (lambda st: admin.set_hotline(st, ADMIN, H, {**NEW_NUMBER, "contact": "+84 12"}),
     "{value} is not a valid phone number for {region}. Nothing was changed."),
    (lambda st: admin.propose_hotline(st, ADMIN, H, {**NEW_NUMBER, "contact": "call me"}),
     "{value} is not a valid phone number for {region}. Nothing was changed."),
    (lambda st: admin.set_hotline(st, ADMIN, "vn-dolab-licensed-lookup", {**NEW_NUMBER, "contact": "dolab.gov"}),
     "{value} is not a valid link (it must start with https:// or http://). Nothing was changed."),
    (lambda st: admin.set_hotline(st, ADMIN, H, {"contact": "+84 965 41 11 18"}),
     "A new number needs its source: give source=URL and source_date=YYYY-MM-DD in the same command."),
    (lambda st: admin.set_hotline(st, ADMIN, H, {"source_date": "last week"}),
     "This is not a valid date: {value}. Write it as YYYY-MM-DD."),
    (lambda st: admin.set_hotline(st, ADMIN, H, {"colour": "red"}),
     "Unknown field: {field}. Fields you can change: {fields}"),
    (lambda st: admin.set_hotline(st, ADMIN, H, {"confidence": "unverified"}),
     "This change is not valid, nothing was changed: {problems}"),
    (lambda st: admin.set_hotline(st, ADMIN, H, {"source": "not-a-url", "source_date": "2026-01-01"}),
     "This change is not valid, nothing was changed: {problems}"),
    (lambda st: admin.set_hotline(st, ADMIN, H, {"name.en": ""}), "The text is empty: nothing was changed."),
    (lambda st: admin.set_hotline(st, ADMIN, H, {}), "Nothing to change: give at least one field=value."),
    (lambda st: admin.set_hotline(st, ADMIN, "no-such-line", {"note": "x"}), "Unknown hotline: {id}"),
    (lambda st: admin.rollback_warning(st, ADMIN, W, "en", 9), "No version {version} of {key} ({lang})."),
    (lambda st: admin.rollback_warning(st, ADMIN, W, "en", 1),
     "Version {version} of {key} ({lang}) is already the active one."),
    (lambda st: admin.grant(st, ADMIN, USER, "king"), "Unknown role: {role}. Use ngo or admin."),
    (lambda st: admin.grant(st, ADMIN, "@someone", "ngo"), "User ids are numbers: {value}"),
    (lambda st: admin.revoke(st, ADMIN, ADMIN),
     "User {user} is an admin by configuration (LURECHECK_ADMIN_IDS); remove the id there."),
    (lambda st: admin.revoke(st, ADMIN2, ADMIN2), "You cannot remove your own admin role."),
    (lambda st: admin.enable_hotline(st, ADMIN, H), "Hotline {id} is already shown."),
    (lambda st: admin.decide(st, NGO, "dispute", 999, "confirm"), "Unknown item: #{id}"),
])
def test_invalid_changes_are_refused_with_a_clear_error_and_change_nothing(world, call, msgid):
    before = state(world)
    roles = (world.user_role(USER), world.user_role(ADMIN2))
    with pytest.raises(admin.AdminError) as err:
        call(world)
    assert err.value.msgid == msgid
    assert err.value.text("en") and err.value.text("ko") != err.value.text("en")
    assert state(world) == before and (world.user_role(USER), world.user_role(ADMIN2)) == roles


def test_bad_phone_number_names_number_and_country(world):
    with pytest.raises(admin.AdminError) as err:
        admin.set_hotline(world, ADMIN, H, {**NEW_NUMBER, "contact": "+84 12"})
    assert str(err.value) == "+84 12 is not a valid phone number for VN. Nothing was changed."


def test_set_warning_is_versioned_audited_and_rolled_back(world):
    v = admin.set_warning(world, ADMIN, W, "en", "Version two of the English text.")
    assert v == 2
    entry = audit_entries(world)[-1]
    assert (entry.action, entry.target, entry.actor) == ("warning.set", f"warning {W} (en)", user_hash(SECRET, ADMIN))
    assert entry.before["version"] == 1 and entry.before["body"].startswith("Everyone")
    assert entry.after == {"version": 2, "body": "Version two of the English text.",
                           "issuer": "Government of Viet Nam"}
    assert entry.at.tzinfo is not None
    history = admin.warning_history(world, ADMIN, W, "en")
    assert [(h.version, h.active) for h in history] == [(2, True), (1, False)]
    assert history[0].author.endswith("(you)") and history[1].author == "import"
    back = admin.rollback_warning(world, ADMIN2, W, "en", "v1")
    assert back.version == 1 and back.active
    assert admin.show_warning(world, ADMIN, W, "en").version == 1
    assert audit_entries(world)[-1].action == "warning.rollback"
    assert admin.set_warning(world, ADMIN, W, "en", "Version three.") == 3


def test_preview_is_exactly_the_block_users_get(world):
    import classifier
    from bot.answer.replies import compose
    from bot.checking.service import result_for  # noqa: F401  (the same composer the service uses)

    text = "Mọi người hãy cảnh giác với lời mời “việc nhẹ lương cao” & <b>báo ngay</b> cho 111."
    p = admin.propose_warning(world, ADMIN, W, "vi", text)
    assert "&lt;b&gt;" in p.preview and "&amp;" in p.preview  # escaped like every reply
    applied = admin.confirm(world, ADMIN, p.id)
    assert (applied.kind, applied.target, applied.version, applied.lang) == ("warning", W, 2, "vi")
    with world.read() as s:
        content = content_db.load_from_db(s)
    w = next(w for w in content.warnings if w.key == W)
    from bot.answer.advice import Advice

    reply = "\n\n".join(compose(classifier.check("Tuyển gấp nhân viên, lương 20 triệu, liên hệ Zalo 0912345678"),
                                Advice(hotlines=(), warnings=(w,), nationality="VN", abroad=()), "vi"))
    assert p.preview in reply


def test_confirm_is_refused_for_another_admin_when_stale_expired_or_cancelled(world):
    p = admin.propose_warning(world, ADMIN, W, "en", "First proposal.")
    with pytest.raises(admin.AdminError, match="expired or was already used"):
        admin.confirm(world, ADMIN2, p.id)  # someone else's preview
    admin.set_warning(world, ADMIN2, W, "en", "Meanwhile another admin saved this.")
    before = state(world)
    with pytest.raises(admin.AdminError, match="changed since this preview"):
        admin.confirm(world, ADMIN, p.id)
    assert state(world) == before
    with pytest.raises(admin.AdminError, match="expired or was already used"):
        admin.confirm(world, ADMIN, p.id)  # a stale preview is gone
    p = admin.propose_warning(world, ADMIN, W, "en", "Second proposal.")
    assert admin.cancel(world, ADMIN2, p.id) == admin.NOT_YOURS  # another admin's preview stays
    assert admin.cancel(world, ADMIN, p.id) == admin.CANCELLED
    assert admin.cancel(world, ADMIN, p.id) == admin.GONE
    with pytest.raises(admin.AdminError, match="expired or was already used"):
        admin.confirm(world, ADMIN, p.id)
    p = admin.propose_warning(world, ADMIN, W, "en", "Third proposal.")
    world.write(lambda s: s.execute(update(PendingChange).values(created=utcnow() - timedelta(days=2))))
    with pytest.raises(admin.AdminError, match="expired"):
        admin.confirm(world, ADMIN, p.id)
    p = admin.propose_warning(world, ADMIN, W, "en", "Fourth proposal.")
    world.write(lambda s: s.execute(update(PendingChange).values(created=utcnow() - timedelta(days=2))))
    assert admin.cancel(world, ADMIN, p.id) == admin.EXPIRED  # /cancel says it had expired, not "cancelled"
    assert p.id not in pending_of(world, ADMIN)


def test_fixing_a_wrong_hotline_number_step_by_step(world):
    """The README's steps: find the line, preview the correction with its source, confirm; users see it at once."""
    line = next(h for h in admin.list_hotlines(world, ADMIN, "vn") if h.slug == H)
    assert line.hotline.contact == "+84 981 84 84 84"
    p = admin.propose_hotline(world, ADMIN, H, {"contact": "+84 965 41 11 18", "source": NEW_NUMBER["source"],
                                                "source_date": "2026-11-01"}, lang="vi")
    assert "+84 965 41 11 18" in p.preview and "example.gov.vn" in p.preview and "Đường dây nóng" in p.preview
    with world.read() as s:
        assert content_db.load_from_db(s).hotline(H).contact == "+84 981 84 84 84", "nothing saved before confirm"
    assert admin.confirm(world, ADMIN, p.id).kind == "hotline"
    with world.read() as s:
        fixed = content_db.load_from_db(s).hotline(H)
    assert fixed.contact == "+84 965 41 11 18" and fixed.source == (NEW_NUMBER["source"],)
    assert fixed.source_date == "2026-11-01"
    entry = audit_entries(world)[-1]
    assert entry.action == "hotline.set" and entry.before["contact"] == "+84 981 84 84 84"
    assert entry.after["contact"] == "+84 965 41 11 18"


def test_disable_and_enable_a_hotline(world):
    admin.disable_hotline(world, ADMIN, H)
    with world.read() as s:
        assert content_db.load_from_db(s).hotline(H) is None, "users no longer see it"
    assert next(h for h in admin.list_hotlines(world, ADMIN) if h.slug == H).active is False
    with pytest.raises(admin.AdminError, match="already disabled"):
        admin.disable_hotline(world, ADMIN, H)
    admin.enable_hotline(world, ADMIN, H)
    with world.read() as s:
        assert content_db.load_from_db(s).hotline(H) is not None
    assert [e.action for e in audit_entries(world)[-2:]] == ["hotline.disable", "hotline.enable"]


def test_grant_and_revoke(world):
    with pytest.raises(admin.NotAllowed):
        admin.list_hotlines(world, USER)
    admin.grant(world, ADMIN, USER, "admin")
    assert admin.list_hotlines(world, USER)  # an admin at once
    admin.revoke(world, ADMIN2, USER)
    with pytest.raises(admin.NotAllowed):
        admin.list_hotlines(world, USER)
    admin.grant(world, admin.OPERATOR, USER, "ngo")  # the CLI's bootstrap path
    assert world.user_role(USER) == "ngo"
    actions = [(e.action, e.actor) for e in audit_entries(world)[-3:]]
    assert actions == [("role.grant", user_hash(SECRET, ADMIN)), ("role.revoke", user_hash(SECRET, ADMIN2)),
                       ("role.grant", "cli")]


def test_reviews_confirm_and_reject(world):
    items = admin.list_reviews(world, NGO)
    assert [(i.kind, i.id) for i in items] == [("report", 1), ("dispute", 1)]
    assert items[0].text == "ad one, reported" and items[1].text is None and items[1].level == "suspicious"
    assert admin.decide(world, NGO, "report", 1, "confirm") == "confirmed"
    assert admin.decide(world, ADMIN, "dispute", 1, "reject") == "rejected"
    assert admin.list_reviews(world, NGO) == []
    with pytest.raises(admin.AdminError, match="Already reviewed"):
        admin.decide(world, ADMIN, "report", 1, "reject")
    assert [e.action for e in audit_entries(world)[-2:]] == ["report.confirm", "dispute.reject"]
    assert admin.overview(world, ADMIN).open_reviews == 0


def test_confirming_a_report_counts_its_contacts_from_its_own_text_never_below_zero(world):
    """Issue 13 item 19: a contact only the report's text holds is seen once (not 0); a contact the check already
    counted is not seen again; a count already at 0 (an old row) never goes negative."""
    st = world
    cid = st.record_check(USER, verdict(contacts=(("phone", "+85512345678"),), ad="the ad as checked"))
    rid = st.add_report(cid, USER, "Việc nhẹ lương cao. Gọi +855 12 345 678 hoặc Telegram @only_in_the_report")
    admin.decide(st, NGO, "report", rid, "confirm")
    assert st.contact_stats("phone", "+85512345678")[0] == 3  # world's two ads and this check; not seen again
    assert st.contact_stats("handle", "@only_in_the_report") == (1, 0), "seen once, in the report's own text"
    st.write(lambda s: s.execute(update(Contact).values(seen_count=0)))  # counts as an old database may hold them
    cid2 = st.record_check(USER, verdict(contacts=(("phone", "+85512345678"),), ad="another ad"))
    st.write(lambda s: s.execute(update(Contact).values(seen_count=0)))
    rid2 = st.add_report(cid2, USER, "Gọi +855 12 345 678")
    admin.decide(st, NGO, "report", rid2, "confirm")
    with st.read() as s:
        assert min(s.scalars(select(Contact.seen_count))) >= 0
