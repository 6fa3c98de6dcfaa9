"""The web dashboard (bot/dashboard/) in a real headless Chromium (Debian's chromium + chromium-driver, Selenium):
logging in by a one-time link and by a Mini App initData, the refusals (forged or expired initData, a reused link,
a missing CSRF token, a job-seeker), the review queue feeding the registry, and a Khmer warning edited, previewed,
saved and shown in the bot's next reply (the real bot on the fake Bot API, the same database).

One browser and one server for the module. Without chromium the module is skipped with one line (`make browser-deps`).
`LURECHECK_SCREENSHOTS=docs` also writes the screenshots of docs/dashboard.md (benchmarks/dashboard_screenshots.sh).
"""
from __future__ import annotations

import asyncio
import html
import json
import os
import re
import shutil
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.routing import Mount

from bot import admin
from bot.config import PROJECT_ROOT
from bot.dashboard import create_dashboard, login_link
from bot.dashboard.auth import sign_init_data
from bot.ngo import registry
from bot.storage import content_db
from bot.storage.db import make_engine, upgrade
from bot.storage.sql_store import SqlStore
from bot.telegram.app import build_application
from bot.telegram.webhook import create_webhook_app
from classifier import Checker
from tests.conftest import LURES
from tests.fakes.fake_bot_api import listening_socket
from tests.fakes.harness import TEST_OPTIONS, running_bot, serving, settings_for

CHROMIUM, DRIVER = shutil.which("chromium") or shutil.which("chromium-browser"), shutil.which("chromedriver")
if not (CHROMIUM and DRIVER):
    pytest.skip("dashboard browser tests skipped: chromium and chromium-driver are not installed (make browser-deps)",
                allow_module_level=True)

from selenium import webdriver  # noqa: E402  (after the skip: selenium is only needed with a browser)
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException  # noqa: E402
from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.wait import WebDriverWait  # noqa: E402

SECRET = b"dashboard-secret-0123456789abcdef"
TOKEN = "123456:dashboard-test-token"  # the bot token the Mini App's initData is signed with
ADMIN, NGO, SEEKER = 9901, 9902, 9903
SHOTS = os.environ.get("LURECHECK_SCREENSHOTS")
LURE_CONTACT = "@lure_hr_7788"


@dataclass
class Site:
    base: str
    store: SqlStore
    url: str  # the database's URL: the bot reads its live content from there (bot.checking.service)


def _seed(store: SqlStore) -> None:
    store.write(lambda s: content_db.import_directory(s, PROJECT_ROOT / "warnings"))
    store.set_user_role(NGO, "ngo")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('dashboard') / 'bot.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    store = SqlStore(engine, SECRET, frozenset({ADMIN}))
    _seed(store)
    app = Starlette(routes=[Mount("/dashboard", create_dashboard(store, TOKEN))])
    sock = listening_socket()
    server = uvicorn.Server(uvicorn.Config(app, lifespan="off", log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)
    assert server.started
    yield Site(f"http://127.0.0.1:{sock.getsockname()[1]}/dashboard", store, url)
    server.should_exit = True
    thread.join(10)
    sock.close()
    engine.dispose()


@pytest.fixture(scope="module")
def browser():
    opts = Options()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=412,900",
                "--lang=en-US", "--force-device-scale-factor=1"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(DRIVER), options=opts)
    driver.set_page_load_timeout(20)
    yield driver
    driver.quit()


@pytest.fixture
def fresh(browser):
    browser.delete_all_cookies()
    browser.set_window_size(412, 900)
    return browser


def _text(browser) -> str:
    return browser.find_element(By.TAG_NAME, "body").text


def _login_by_link(browser, site: Site, uid: int) -> str:
    link = login_link(site.store, uid, site.base)
    browser.get(link)
    _click(browser, browser.find_element(By.CSS_SELECTOR, "#login button"))
    _wait_gone(browser, "login")
    return link


def _click(browser, element) -> None:
    """Click a button that submits a form, and wait for the next page (a click returns before it has loaded)."""
    page = browser.find_element(By.TAG_NAME, "html")
    element.click()
    WebDriverWait(browser, 15).until(lambda _: _gone(page))


def _gone(page) -> bool:
    """The old page is gone: its element is stale, or (Chrome, mid-navigation) no longer belongs to a document."""
    try:
        page.is_enabled()
    except (StaleElementReferenceException, WebDriverException):
        return True
    return False


def _wait_gone(browser, element_id: str, timeout: float = 10) -> None:
    """Wait until a form's answer is shown (a click returns before the navigation it starts has finished)."""
    deadline = time.monotonic() + timeout
    while browser.find_elements(By.ID, element_id) and time.monotonic() < deadline:
        time.sleep(0.02)


def _mini_app(browser, site: Site, init_data: str) -> None:
    browser.get("about:blank")  # else a page already at /app would only change its fragment, and not reload
    browser.get(f"{site.base}/app#tgWebAppData={quote(init_data)}&tgWebAppVersion=8.0&tgWebAppPlatform=ios")
    _wait_gone(browser, "webapp-login")  # the page's script posts initData at once


def _init_data(uid: int, auth_date: int | None = None, token: str = TOKEN, lang: str = "en") -> str:
    user = json.dumps({"id": uid, "first_name": "Staff", "language_code": lang}, separators=(",", ":"))
    return sign_init_data({"auth_date": str(auth_date or int(time.time())), "query_id": "AAF-test", "user": user},
                          token)


def _session_cookie(browser) -> dict | None:
    return next((c for c in browser.get_cookies() if c["name"] == "lc_session"), None)


def _report(store: SqlStore, text: str) -> int:
    verdict = Checker().check(text)
    check_id = store.record_check(SEEKER, verdict)
    return store.add_report(check_id, SEEKER, text)


# ---------------------------------------------------------------- logging in, and the refusals
def test_login_by_link_sets_a_strict_http_only_session_and_the_link_works_once(fresh, site):
    link = _login_by_link(fresh, site, NGO)
    assert fresh.current_url.startswith(f"{site.base}/reviews")
    assert fresh.find_element(By.TAG_NAME, "h1").text == "Review queue"
    cookie = _session_cookie(fresh)
    assert cookie and cookie["httpOnly"] and cookie["sameSite"] == "Strict"
    assert not fresh.find_elements(By.LINK_TEXT, "Warnings")  # NGO staff: no warnings editor

    fresh.delete_all_cookies()
    fresh.get(link)  # the same link again
    _click(fresh, fresh.find_element(By.CSS_SELECTOR, "#login button"))
    _wait_gone(fresh, "login")
    assert "already used" in fresh.find_element(By.ID, "message").text
    assert _session_cookie(fresh) is None
    fresh.get(f"{site.base}/reviews")
    assert "open the dashboard from the bot" in _text(fresh)


def test_an_expired_or_altered_link_is_refused(fresh, site):
    old = login_link(site.store, NGO, site.base, now=time.time() - 11 * 60)
    fresh.get(old)
    assert "not valid or has expired" in fresh.find_element(By.ID, "message").text
    good = login_link(site.store, NGO, site.base)
    forged = re.sub(r"t=([^.]+)\.", lambda m: f"t={m.group(1)[:-2]}xx.", good)
    fresh.get(forged)
    assert "not valid or has expired" in fresh.find_element(By.ID, "message").text
    assert _session_cookie(fresh) is None


def test_login_as_a_telegram_mini_app(fresh, site):
    _mini_app(fresh, site, _init_data(ADMIN, lang="ko"))
    assert fresh.current_url.startswith(f"{site.base}/reviews")
    assert fresh.find_element(By.TAG_NAME, "h1").text == "검토 대기열"  # the Telegram user's language
    assert fresh.find_elements(By.LINK_TEXT, "경고문")  # an admin: the warnings editor is there


@pytest.mark.parametrize("case", ["forged", "expired", "other bot", "job-seeker"])
def test_bad_init_data_is_refused(fresh, site, case):
    if case == "forged":  # a valid initData whose user id was changed afterwards
        data = _init_data(NGO).replace(f"%22id%22%3A{NGO}", f"%22id%22%3A{ADMIN}")
        assert str(ADMIN) in data
    elif case == "expired":
        data = _init_data(ADMIN, auth_date=int(time.time()) - 3700)
    elif case == "other bot":
        data = _init_data(ADMIN, token="654321:another-bot")
    else:
        data = _init_data(SEEKER)
    _mini_app(fresh, site, data)
    message = fresh.find_element(By.ID, "message").text
    assert ("NGO staff and admins only" in message) if case == "job-seeker" else ("not valid or has expired" in message), message
    assert _session_cookie(fresh) is None


def test_a_job_seeker_is_refused_with_a_valid_link(fresh, site):
    _login_by_link(fresh, site, SEEKER)
    assert "for NGO staff and admins only" in fresh.find_element(By.ID, "message").text
    assert _session_cookie(fresh) is None


# ---------------------------------------------------------------- the review queue
def test_a_form_without_its_csrf_token_is_refused(fresh, site):
    rid = _report(site.store, LURES["vi"] + " Zalo 0912 345 678")
    _login_by_link(fresh, site, NGO)
    form = fresh.find_element(By.CSS_SELECTOR, f"#report-{rid} form")
    fresh.execute_script("arguments[0].querySelector('input[name=csrf]').remove()", form)
    _click(fresh, form.find_element(By.CSS_SELECTOR, "button[value=confirm]"))
    assert "security token" in fresh.find_element(By.ID, "message").text
    assert any(it.id == rid for it in admin.list_reviews(site.store, NGO, 100))  # still open: nothing changed
    # a token of another session is refused too
    fresh.get(f"{site.base}/reviews")
    form = fresh.find_element(By.CSS_SELECTOR, f"#report-{rid} form")
    fresh.execute_script("arguments[0].querySelector('input[name=csrf]').value = 'A' + "
                         "arguments[0].querySelector('input[name=csrf]').value.slice(1)", form)
    _click(fresh, form.find_element(By.CSS_SELECTOR, "button[value=confirm]"))
    assert "security token" in fresh.find_element(By.ID, "message").text
    form_post = httpx.post(f"{site.base}/reviews/report/{rid}", data={"decision": "confirm"})
    assert form_post.status_code == 401  # no session at all


def _lures_of(browser, site: Site, value: str) -> str:
    browser.get(f"{site.base}/registry?q={quote(value)}")
    counts = browser.find_elements(By.CSS_SELECTOR, ".contact .counts")
    return counts[0].text if counts else browser.find_element(By.TAG_NAME, "main").text


def test_a_reviewer_confirms_a_report_and_the_registry_count_rises(fresh, site):
    text = f"{LURES['vi']} Liên hệ Telegram {LURE_CONTACT}"
    rid = _report(site.store, text)
    before = registry.find_contact(site.store, NGO, LURE_CONTACT)
    assert before and before[0].lures == 0
    _login_by_link(fresh, site, NGO)
    assert "0 confirmed lures" in _lures_of(fresh, site, LURE_CONTACT)
    fresh.get(f"{site.base}/reviews")
    item = fresh.find_element(By.ID, f"report-{rid}")
    assert LURE_CONTACT in item.find_element(By.CSS_SELECTOR, ".ad").text
    if SHOTS:
        fresh.save_screenshot(str(Path(SHOTS) / "dashboard-reviews.png"))
    _click(fresh, item.find_element(By.CSS_SELECTOR, "button[value=confirm]"))
    assert fresh.find_element(By.ID, "done").text == f"#{rid}: confirmed."
    assert not fresh.find_elements(By.ID, f"report-{rid}")
    assert "1 confirmed lures" in _lures_of(fresh, site, LURE_CONTACT)
    assert registry.find_contact(site.store, NGO, LURE_CONTACT)[0].lures == 1


# ---------------------------------------------------------------- the warnings editor, and the bot's next reply
def _shown_km_warning(site: Site, reply: str) -> str:
    """The key of an official warning whose Khmer text the reply shows."""
    for w in admin.list_warnings(site.store, ADMIN):
        view = admin.show_warning(site.store, ADMIN, w.key, "km")
        if not view.fallback and html.escape(view.body, quote=False) in reply:
            return w.key
    raise AssertionError("no Khmer warning in the reply: " + reply[:500])


async def _bot_reply(api, site: Site, text: str) -> str:
    async with running_bot(api, site.store, database_url=site.url) as bot:
        user = api.user(SEEKER, language_code="km")
        sent = await bot.send(api.message(user, text))
    return "\n".join(m.get("text", "") for m in sent)


async def test_an_admin_edits_a_khmer_warning_previews_saves_and_the_bot_shows_it(api, site, browser):
    reply = await _bot_reply(api, site, LURES["km"])
    key = _shown_km_warning(site, reply)
    old = admin.show_warning(site.store, ADMIN, key, "km")
    new = old.body.rstrip("។ ") + "។ សូមហៅលេខទូរស័ព្ទជំនួយ មុនពេលបង់ប្រាក់ណាមួយ។"

    def edit() -> None:
        browser.delete_all_cookies()
        browser.set_window_size(1400, 1000)
        _login_by_link(browser, site, ADMIN)
        browser.get(f"{site.base}/warnings?lang=km")
        _click(browser, browser.find_element(By.CSS_SELECTOR, f"a[href$='/warnings/{key}']"))
        column = browser.find_element(By.ID, "col-km")
        area = column.find_element(By.TAG_NAME, "textarea")
        assert area.get_attribute("value") == old.body
        area.clear()
        area.send_keys(new)
        _click(browser, column.find_element(By.CSS_SELECTOR, "button[value=preview]"))
        preview = browser.find_element(By.CSS_SELECTOR, "#col-km .preview")
        assert new in preview.text  # rendered by the bot's own warning block
        assert browser.find_element(By.CSS_SELECTOR, "#col-km textarea").get_attribute("value") == new
        assert admin.show_warning(site.store, ADMIN, key, "km").body == old.body  # a preview saves nothing
        if SHOTS:
            browser.save_screenshot(str(Path(SHOTS) / "dashboard-warnings-km.png"))
        _click(browser, browser.find_element(By.CSS_SELECTOR, "#col-km button[value=save]"))
        assert "ឥឡូវជាកំណែ" in browser.find_element(By.ID, "saved").text  # "is now version", in Khmer
        history = browser.find_elements(By.CSS_SELECTOR, "#col-km .history li")
        assert len(history) >= 2

    await asyncio.to_thread(edit)
    assert admin.show_warning(site.store, ADMIN, key, "km").body == new
    reply = await _bot_reply(api, site, LURES["km"])
    assert html.escape(new, quote=False) in reply  # the bot's next reply shows the new text

    def rollback() -> None:
        browser.get(f"{site.base}/warnings/{key}")
        browser.execute_script("document.querySelector('#col-km details').open = true")
        _click(browser, browser.find_element(By.CSS_SELECTOR, "#col-km .history form button"))
        assert browser.find_element(By.ID, "saved").is_displayed()

    await asyncio.to_thread(rollback)
    assert admin.show_warning(site.store, ADMIN, key, "km").body == old.body


def test_an_invalid_warning_is_refused_with_the_reason_and_nothing_changes(fresh, site):
    key = admin.list_warnings(site.store, ADMIN)[0].key
    before = admin.warning_history(site.store, ADMIN, key, "vi")
    _login_by_link(fresh, site, ADMIN)
    fresh.get(f"{site.base}/warnings/{key}?lang=en")
    fresh.execute_script("document.querySelector('#col-vi textarea').removeAttribute('maxlength')")
    area = fresh.find_element(By.CSS_SELECTOR, "#col-vi textarea")
    area.clear()
    fresh.execute_script("arguments[0].value = 'x'.repeat(900)", area)
    _click(fresh, fresh.find_element(By.CSS_SELECTOR, "#col-vi button[value=save]"))
    assert "the limit is 800" in fresh.find_element(By.CSS_SELECTOR, "#col-vi .error").text
    assert admin.warning_history(site.store, ADMIN, key, "vi") == before


def test_ngo_staff_cannot_open_the_warnings_editor(fresh, site):
    _login_by_link(fresh, site, NGO)
    fresh.get(f"{site.base}/warnings")
    assert "for admins only" in fresh.find_element(By.ID, "message").text


def test_statistics_page_shows_the_summary_and_the_chart(fresh, site):
    _login_by_link(fresh, site, NGO)
    fresh.get(f"{site.base}/stats?lang=vi")
    assert fresh.find_elements(By.ID, "summary"), _text(fresh)
    assert "Thống kê" in fresh.find_element(By.ID, "summary").text
    width = fresh.execute_script("return document.querySelector('img.chart').naturalWidth")
    assert width > 100


# ---------------------------------------------------------------- the same app as the webhook, and /dashboard in the bot
async def test_the_webhook_server_serves_the_dashboard_and_the_bot_gives_the_link(api, site, browser):
    application = build_application(settings_for(api), site.store, options=TEST_OPTIONS, webhook=True)
    async with serving(create_webhook_app(application, "s3cret")) as base:
        async with httpx.AsyncClient() as client:
            page = await client.get(f"{base}/dashboard/reviews")
            assert page.status_code == 401 and "/dashboard" in page.text
            assert (await client.get(f"{base}/dashboard/static/dashboard.css")).status_code == 200
        os.environ["LURECHECK_DASHBOARD_URL"] = f"{base}/dashboard"
        try:
            async with running_bot(api, site.store) as bot:
                sent = await bot.send(api.message(api.user(NGO, language_code="en"), "/dashboard"))
                refused = await bot.send(api.message(api.user(SEEKER, language_code="en"), "/dashboard"))
        finally:
            del os.environ["LURECHECK_DASHBOARD_URL"]
        assert "NGO staff and admins only" in refused[-1]["text"]
        (link,) = re.findall(r"(http://\S+/dashboard/login\?t=\S+)", html.unescape(sent[-1]["text"]))

        def open_link() -> str:
            browser.delete_all_cookies()
            browser.get(link)
            _click(browser, browser.find_element(By.CSS_SELECTOR, "#login button"))
            _wait_gone(browser, "login")
            return browser.find_element(By.TAG_NAME, "h1").text

        assert await asyncio.to_thread(open_link) == "Review queue"


# ---------------------------------------------------------------- hotlines (admins), through admin.set_hotline
HOTLINE = "vn-mofa-citizen-protection-1"


def _hotline(site: Site):
    return next(h for h in admin.list_hotlines(site.store, ADMIN) if h.slug == HOTLINE).hotline


def _edit_hotline(browser, site: Site, **fields) -> None:
    browser.get(f"{site.base}/hotlines?country=VN&lang=en")
    form = browser.find_element(By.CSS_SELECTOR, f"#hotline-{HOTLINE} form.hotline-edit")
    for name, value in fields.items():
        box = form.find_element(By.NAME, name)
        box.clear()
        box.send_keys(value)
    _click(browser, form.find_element(By.CSS_SELECTOR, "button[value=save]"))


def test_an_admin_corrects_a_hotline_number_and_an_invalid_one_is_refused(fresh, site):
    _login_by_link(fresh, site, ADMIN)
    before = _hotline(site)
    _edit_hotline(fresh, site, contact="+84 12")  # not a Vietnamese number (and no source given)
    error = fresh.find_element(By.CSS_SELECTOR, f"#hotline-{HOTLINE} .error").text
    assert "not a valid phone number for VN" in error, error
    assert fresh.find_element(By.CSS_SELECTOR, f"#hotline-{HOTLINE} input[name=contact]").get_attribute("value") == "+84 12"
    assert _hotline(site) == before  # nothing changed
    _edit_hotline(fresh, site, contact="+84 965 41 11 19")  # a valid number, but without its source
    assert "needs its source" in fresh.find_element(By.CSS_SELECTOR, f"#hotline-{HOTLINE} .error").text
    assert _hotline(site) == before

    _edit_hotline(fresh, site, contact="+84 965 41 11 19", source="https://example.gov.vn/hotline",
                  source_date="2026-11-01")
    assert HOTLINE in fresh.find_element(By.ID, "saved").text
    item = fresh.find_element(By.ID, f"hotline-{HOTLINE}")
    assert "+84 965 41 11 19" in item.find_element(By.CSS_SELECTOR, ".preview").text  # as users will see it
    assert "2026-11-01" in item.find_element(By.CSS_SELECTOR, ".meta").text
    after = _hotline(site)
    assert (after.contact, after.source, after.source_date) == ("+84 965 41 11 19", ("https://example.gov.vn/hotline",),
                                                                "2026-11-01")

    # the audit log (admins): the change is there, by a code, never a Telegram id; older pages by links
    fresh.get(f"{site.base}/audit")
    row = fresh.find_element(By.CSS_SELECTOR, "table.audit tbody tr")
    assert "hotline.set" in row.text and HOTLINE in row.text and "+84 965 41 11 19" in row.text
    assert row.find_element(By.CSS_SELECTOR, ".actor").text.startswith("admin ")
    assert str(ADMIN) not in _text(fresh) and str(NGO) not in _text(fresh)
    assert fresh.find_element(By.ID, "page").text.startswith("Page 1 of ")
    _click(fresh, fresh.find_element(By.CSS_SELECTOR, "a[rel=next]"))
    assert fresh.find_element(By.ID, "page").text.startswith("Page 2 of ")
    assert fresh.find_elements(By.CSS_SELECTOR, "table.audit tbody tr")


def test_ngo_staff_and_job_seekers_cannot_open_the_audit_log_or_hotlines(fresh, site):
    _login_by_link(fresh, site, NGO)
    for path in ("audit", "hotlines"):
        fresh.get(f"{site.base}/{path}")
        assert "for admins only" in fresh.find_element(By.ID, "message").text
    assert not fresh.find_elements(By.LINK_TEXT, "Audit log")
    fresh.delete_all_cookies()
    fresh.get(f"{site.base}/audit")  # no session: a job-seeker cannot log in at all
    assert "open the dashboard from the bot" in fresh.find_element(By.ID, "message").text
    gone = 9904  # NGO staff whose role was revoked: refused at the next request
    site.store.set_user_role(gone, "ngo")
    _login_by_link(fresh, site, gone)
    site.store.set_user_role(gone, "user")
    fresh.get(f"{site.base}/audit")
    assert "for NGO staff and admins only" in fresh.find_element(By.ID, "message").text
    assert httpx.get(f"{site.base}/audit").status_code == 401


# ---------------------------------------------------------------- an NGO's file of ads, as the bot checks it
FILE_CONTACT = "@file_lure_5511"


def test_an_ngo_uploads_a_csv_file_and_downloads_the_result(fresh, site, tmp_path):
    import csv
    import io

    from bot.ngo.files import ADDED

    ads = [f"{LURES['vi']} Liên hệ Telegram {FILE_CONTACT}", "Hello, how are you?", LURES["en"]]
    path = tmp_path / "ads.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "text"])
        w.writerows([i + 1, ad] for i, ad in enumerate(ads))
    before = registry.find_contact(site.store, NGO, FILE_CONTACT)
    _login_by_link(fresh, site, NGO)
    fresh.get(f"{site.base}/files?lang=en")
    fresh.find_element(By.ID, "file").send_keys(str(path))
    fresh.find_element(By.ID, "send").click()
    WebDriverWait(fresh, 60).until(lambda b: b.find_element(By.ID, "result").is_displayed()
                                   or "refused" in b.find_element(By.ID, "progress").get_attribute("class"))
    status = fresh.find_element(By.ID, "progress").text
    assert status.startswith("Done: 3 ads checked."), status
    link = fresh.find_element(By.ID, "download")
    assert link.get_attribute("download") == "ads.checked.csv"
    body = fresh.execute_async_script(  # the download, with the browser's own session
        "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(arguments[1])",
        link.get_attribute("href"))
    rows = list(csv.DictReader(io.StringIO(body)))
    assert [r["text"] for r in rows] == ads
    assert set(ADDED) <= set(rows[0])  # the added columns
    assert rows[0]["level"] == "high_risk" and rows[0]["is_job_offer"] in ("true", "True", "1", "yes")
    assert FILE_CONTACT.lstrip("@") in rows[0]["contacts"]
    found = registry.find_contact(site.store, NGO, FILE_CONTACT)  # stored as the NGO's checks, as from the bot
    assert found and found[0].seen == (before[0].seen if before else 0) + 1
    # another user cannot fetch this file
    assert httpx.get(link.get_attribute("href")).status_code == 401


def test_a_file_of_the_wrong_type_is_refused_with_the_reason(fresh, site, tmp_path):
    path = tmp_path / "ads.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0 not really a sheet")
    _login_by_link(fresh, site, NGO)
    fresh.get(f"{site.base}/files?lang=en")
    fresh.find_element(By.ID, "file").send_keys(str(path))
    fresh.find_element(By.ID, "send").click()
    WebDriverWait(fresh, 15).until(lambda b: "refused" in b.find_element(By.ID, "progress").get_attribute("class"))
    assert "cannot read .xls files" in fresh.find_element(By.ID, "progress").text
