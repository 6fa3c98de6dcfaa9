"""The dashboard's routes: a Starlette app mounted under /dashboard on the webhook server (`lurecheck serve`).

A face: every page and every action calls the use cases the chat commands call (bot/admin, bot/ngo) with the
logged-in user's Telegram id as the actor, so the same authorisation (bot/access.py) and the same audit apply; the
role is read from the database on every request. No Telegram library here (bot/dashboard/auth.py validates initData).
"""
from __future__ import annotations

import base64
import logging
import secrets
import time
from dataclasses import dataclass, field
from functools import wraps
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from bot import admin
from bot.access import AdminError, NotAllowed, can_review, is_admin, role_of
from bot.admin import audit
from bot.config import UI_LANGS
from bot.dashboard import auth
from bot.dashboard.i18n import LANG_NAMES, choose, translator
from bot.dashboard.uploads import Uploads
from bot.ngo import batch, registry, stats
from bot.ngo import files as ngo_files
from bot.shared.http_body import read_capped
from bot.storage import login_nonces
from bot.store import ADMIN

log = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
SESSION_COOKIE = "lc_session"
PRE_COOKIE = "lc_pre"  # the login form's double-submit value (there is no session yet)
LANG_COOKIE = "lc_lang"
MAX_FORM = 64 * 1024
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                               "frame-ancestors 'self' https://web.telegram.org https://*.telegram.org",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # a login link's token never leaves in a Referer
    "Cache-Control": "no-store",
}


@dataclass
class Dashboard:
    store: object
    bot_token: str | None
    key: bytes
    checker: object = None  # None: the process's checker (bot.checking.engine), built at the first file
    env: Environment = field(init=False)
    uploads: Uploads = field(init=False)

    def __post_init__(self):
        self.env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]),
                               trim_blocks=True, lstrip_blocks=True)
        self.uploads = Uploads(self.store, self.get_checker)

    def get_checker(self):
        if self.checker is None:
            from bot.checking.engine import get_checker

            return get_checker()
        return self.checker


@dataclass
class Ctx:
    """One request, as a page sees it."""
    request: Request
    dash: Dashboard
    form: dict[str, str]
    lang: str
    session: auth.Session | None = None
    role: str = "user"
    body: bytes | None = None  # a raw upload (page(raw=True)); None when it was over the limit

    @property
    def uid(self) -> int:
        return self.session.user_id

    @property
    def base(self) -> str:
        return self.request.scope.get("root_path", "").rstrip("/")

    @property
    def _(self):
        return translator(self.lang)

    def render(self, template: str, status: int = 200, **values) -> HTMLResponse:
        csrf = auth.csrf_token(self.dash.key, self.session.sid) if self.session else ""
        html = self.dash.env.get_template(template).render(
            _=self._, lang=self.lang, langs=UI_LANGS, lang_names=LANG_NAMES, base=self.base, csrf=csrf,
            role=self.role, is_admin=self.role == "admin", logged_in=self.session is not None,
            path=self.request.url.path, **values)
        response = HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)
        if "lang" in self.request.query_params and self.request.query_params["lang"] in UI_LANGS:
            response.set_cookie(LANG_COOKIE, self.lang, max_age=365 * 86400, path=self.base or "/",
                                samesite="strict", secure=self.secure, httponly=True)
        return response

    def refuse(self, message: str, status: int = 403) -> HTMLResponse:
        return self.render("refused.html", status=status, message=message)

    def redirect(self, path: str, **query) -> RedirectResponse:
        url = self.base + path + ("?" + urlencode(query) if query else "")
        return RedirectResponse(url, status_code=303, headers=SECURITY_HEADERS)

    @property
    def secure(self) -> bool:
        return self.request.url.scheme == "https"

    def set_session(self, response: Response, user_id: int, expires: float, via: str) -> Response:
        token = auth.session_token(self.dash.key, user_id, expires, via)
        response.set_cookie(SESSION_COOKIE, token, max_age=max(1, int(expires - time.time())), path=self.base or "/",
                            httponly=True, secure=self.secure, samesite="strict")
        return response


async def _form(request: Request) -> dict[str, str] | None:
    """An url-encoded form (no multipart parser needed); None when it is too large."""
    if request.method != "POST":
        return {}
    body = await read_capped(request, MAX_FORM)
    if body is None:
        return None
    try:
        return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    except UnicodeDecodeError:
        return {}


def page(dash: Dashboard, need: str | None = "review", raw: bool = False):
    """A route: the session is read, the role checked in the database, a POST's CSRF token checked, then `fn(ctx)`
    runs in a thread (the use cases are blocking). A use case's refusal or invalid input becomes a page.
    `raw`: the POST's body is a file (at most the bot's limit, ctx.body), its CSRF token in the X-CSRF-Token header."""
    def wrap(fn):
        @wraps(fn)
        async def endpoint(request: Request) -> Response:
            body = None
            if raw and request.method == "POST":
                form: dict[str, str] | None = {"csrf": request.headers.get("x-csrf-token", "")}
                body = await read_capped(request, ngo_files.MAX_BYTES)
            else:
                form = await _form(request)
            session = auth.read_session(dash.key, request.cookies.get(SESSION_COOKIE))
            q = request.query_params.get("lang")
            ctx = Ctx(request, dash, form or {}, "en", session, body=body)

            def run() -> Response:
                if form is None:
                    return ctx.refuse(ctx._("The form is too large."), 413)
                ctx.lang = choose(q, request.cookies.get(LANG_COOKIE),
                                  dash.store.user_language(session.user_id) if session else None,
                                  request.headers.get("accept-language", "").split(",")[0])
                if need is not None:
                    if session is None:
                        return ctx.refuse(ctx._("Please open the dashboard from the bot: send /dashboard."), 401)
                    ctx.role = role_of(dash.store, session.user_id)
                    allowed = is_admin(dash.store, session.user_id) if need == "admin" else \
                        can_review(dash.store, session.user_id)
                    if not allowed:
                        msg = "This command is for admins only." if need == "admin" and ctx.role == "ngo" else \
                            "This command is for NGO staff and admins only."
                        return ctx.refuse(ctx._(msg))
                    if request.method == "POST" and not auth.csrf_ok(dash.key, session.sid, ctx.form.get("csrf")):
                        return ctx.refuse(ctx._("This form is not valid any more (missing or wrong security token). "
                                                "Reload the page and try again."))
                try:
                    return fn(ctx)
                except NotAllowed as e:
                    return ctx.refuse(e.text(ctx.lang))
                except AdminError as e:
                    return ctx.refuse(e.text(ctx.lang), 400)

            return await run_in_threadpool(run)
        return endpoint
    return wrap


# ---------------------------------------------------------------- the pages
def build_routes(dash: Dashboard) -> list:
    store = dash.store

    @page(dash)
    def home(ctx: Ctx) -> Response:
        return ctx.redirect("/reviews")

    # ------------------------------------------------------------ login: a one-time link, or a Mini App's initData
    @page(dash, need=None)
    def login_form(ctx: Ctx) -> Response:
        token = ctx.request.query_params.get("t", "")
        try:
            auth.unsign(dash.key, "link", token)
        except auth.AuthError:
            return ctx.refuse(ctx._("This login link is not valid or has expired. Send /dashboard to the bot "
                                    "for a new one."))
        pre = secrets.token_urlsafe(16)
        response = ctx.render("login.html", token=token, pre=pre)
        response.set_cookie(PRE_COOKIE, pre, max_age=600, path=ctx.base or "/", httponly=True, secure=ctx.secure,
                            samesite="strict")
        return response

    @page(dash, need=None)
    def login(ctx: Ctx) -> Response:
        pre = ctx.request.cookies.get(PRE_COOKIE, "")
        if not pre or not secrets.compare_digest(pre, ctx.form.get("pre", "")):
            return ctx.refuse(ctx._("This form is not valid any more (missing or wrong security token). "
                                    "Reload the page and try again."))
        try:
            p = auth.unsign(dash.key, "link", ctx.form.get("t", ""))
            uid, nonce, expires = int(p["u"]), str(p["n"]), int(p["e"])
        except (auth.AuthError, KeyError, ValueError, TypeError):
            return ctx.refuse(ctx._("This login link is not valid or has expired. Send /dashboard to the bot "
                                    "for a new one."))
        if not login_nonces.claim(store.engine, nonce, expires):
            return ctx.refuse(ctx._("This login link was already used. Send /dashboard to the bot for a new one."))
        return _open_session(ctx, uid, time.time() + auth.SESSION_TTL, "link", None)

    @page(dash, need=None)
    def webapp(ctx: Ctx) -> Response:
        return ctx.render("webapp.html")

    @page(dash, need=None)
    def webapp_login(ctx: Ctx) -> Response:
        try:
            user = auth.validate_init_data(ctx.form.get("initData", ""), dash.bot_token or "")
        except auth.AuthError as e:
            log.info("dashboard: Mini App login refused (%s)", e)
            return ctx.refuse(ctx._("Telegram's sign-in data is not valid or has expired. Close and open the "
                                    "dashboard again from the bot."))
        return _open_session(ctx, user.user_id, user.auth_date + auth.INIT_DATA_MAX_AGE, "webapp",
                             user.language_code)

    def _open_session(ctx: Ctx, uid: int, expires: float, via: str, tg_lang: str | None) -> Response:
        if not can_review(store, uid):
            return ctx.refuse(ctx._("This command is for NGO staff and admins only."))
        lang = choose(ctx.request.cookies.get(LANG_COOKIE), store.user_language(uid), tg_lang)
        response = ctx.redirect("/reviews", lang=lang)
        response.delete_cookie(PRE_COOKIE, path=ctx.base or "/")
        return ctx.set_session(response, uid, expires, via)

    @page(dash)
    def logout(ctx: Ctx) -> Response:
        response = ctx.render("refused.html", status=200, message=ctx._("You are logged out."))
        response.delete_cookie(SESSION_COOKIE, path=ctx.base or "/")
        return response

    # ------------------------------------------------------------ the review queue
    @page(dash)
    def reviews(ctx: Ctx) -> Response:
        items = admin.list_reviews(store, ctx.uid, limit=50)
        done = ctx.request.query_params
        return ctx.render("reviews.html", items=items, done_id=done.get("id"), done_status=done.get("status"))

    @page(dash)
    def decide(ctx: Ctx) -> Response:
        kind, item_id = ctx.request.path_params["kind"], ctx.request.path_params["item_id"]
        status = admin.decide(store, ctx.uid, kind, item_id, ctx.form.get("decision", ""))
        return ctx.redirect("/reviews", id=item_id, status=status)

    # ------------------------------------------------------------ the warnings editor
    @page(dash, need="admin")
    def warnings(ctx: Ctx) -> Response:
        country = ctx.request.query_params.get("country") or None
        return ctx.render("warnings.html", items=admin.list_warnings(store, ctx.uid, country), country=country or "")

    def _editor(ctx: Ctx, key: str, drafts: dict | None = None, previews: dict | None = None,
                errors: dict | None = None, status: int = 200) -> Response:
        columns = []
        for lang in UI_LANGS:
            view = admin.show_warning(store, ctx.uid, key, lang)
            history = admin.warning_history(store, ctx.uid, key, lang)
            current = "" if view.fallback else view.body
            draft = (drafts or {}).get(lang)
            columns.append({"lang": lang, "view": view, "body": current if draft is None else draft,
                            "preview": Markup((previews or {}).get(lang) or ""), "error": (errors or {}).get(lang),
                            "history": history})
        q = ctx.request.query_params
        return ctx.render("warning.html", key=key, columns=columns, status=status,
                          saved_lang=q.get("saved"), saved_version=q.get("v"))

    @page(dash, need="admin")
    def warning(ctx: Ctx) -> Response:
        return _editor(ctx, ctx.request.path_params["key"])

    @page(dash, need="admin")
    def warning_edit(ctx: Ctx) -> Response:
        key, lang = ctx.request.path_params["key"], ctx.request.path_params["lang"]
        body = ctx.form.get("body", "")
        try:
            if ctx.form.get("op") == "save":
                version = admin.set_warning(store, ctx.uid, key, lang, body)
                return ctx.redirect(f"/warnings/{key}", saved=lang, v=version)
            preview = admin.preview_warning(store, ctx.uid, key, lang, body)
        except NotAllowed:
            raise
        except AdminError as e:
            return _editor(ctx, key, drafts={lang: body}, errors={lang: e.text(ctx.lang)}, status=400)
        return _editor(ctx, key, drafts={lang: body}, previews={lang: preview})

    @page(dash, need="admin")
    def warning_rollback(ctx: Ctx) -> Response:
        key, lang = ctx.request.path_params["key"], ctx.request.path_params["lang"]
        v = admin.rollback_warning(store, ctx.uid, key, lang, ctx.form.get("version", ""))
        return ctx.redirect(f"/warnings/{key}", saved=lang, v=v.version)

    # ------------------------------------------------------------ statistics and the registry
    @page(dash)
    def statistics(ctx: Ctx) -> Response:
        try:
            weeks = max(1, min(104, int(ctx.request.query_params.get("weeks", stats.DEFAULT_WEEKS))))
        except ValueError:
            weeks = stats.DEFAULT_WEEKS
        text, png = stats.report(store, ctx.uid, ctx.lang, weeks)
        return ctx.render("stats.html", text=text, weeks=weeks,
                          chart="data:image/png;base64," + base64.b64encode(png).decode())

    @page(dash)
    def contacts(ctx: Ctx) -> Response:
        q = (ctx.request.query_params.get("q") or "").strip()
        found, error = None, None
        if q:
            try:
                found = registry.find_contact(store, ctx.uid, q)
            except NotAllowed:
                raise
            except AdminError as e:
                error = e.text(ctx.lang)
        return ctx.render("registry.html", q=q, found=found, error=error)

    # ------------------------------------------------------------ hotlines (admins): /sethotline, /disable, /enable
    def _hotlines(ctx: Ctx, errors: dict | None = None, drafts: dict | None = None, status: int = 200) -> Response:
        q = ctx.request.query_params
        country = (q.get("country") or "").strip().upper()
        items = admin.list_hotlines(store, ctx.uid, country or None)
        countries = sorted({h.hotline.country for h in admin.list_hotlines(store, ctx.uid)})
        groups: dict[str, list] = {}
        for h in items:
            groups.setdefault(h.hotline.country, []).append(
                {"view": h, "preview": Markup(admin.hotline_preview(h.hotline, ctx.lang)),
                 "draft": (drafts or {}).get(h.slug) or {}, "error": (errors or {}).get(h.slug)})
        return ctx.render("hotlines.html", groups=groups, countries=countries, country=country, status=status,
                          saved=q.get("saved"), op=q.get("op"))

    @page(dash, need="admin")
    def hotlines(ctx: Ctx) -> Response:
        return _hotlines(ctx)

    @page(dash, need="admin")
    def hotline_edit(ctx: Ctx) -> Response:
        """The fields that differ from the hotline as it is, plus a source and its date when given (they start
        empty: a new number needs them typed, as in /sethotline), all through admin.set_hotline."""
        slug = ctx.request.path_params["slug"]
        current = {h.slug: h for h in admin.list_hotlines(store, ctx.uid)}.get(slug)
        if current is None:
            raise AdminError("Unknown hotline: {id}", id=slug)
        h = current.hotline
        now = {"contact": h.contact, "phone_region": h.phone_region or "", "note": h.note or ""}
        changes = {k: ctx.form.get(k, "").strip() for k in now if ctx.form.get(k, "").strip() != now[k]}
        changes |= {k: ctx.form[k].strip() for k in ("source", "source_date") if ctx.form.get(k, "").strip()}
        try:
            admin.set_hotline(store, ctx.uid, slug, changes)
        except NotAllowed:
            raise
        except AdminError as e:
            draft = {k: ctx.form.get(k, "") for k in (*now, "source", "source_date")}
            return _hotlines(ctx, errors={slug: e.text(ctx.lang)}, drafts={slug: draft}, status=400)
        return ctx.redirect("/hotlines", country=h.country, saved=slug, op="saved")

    @page(dash, need="admin")
    def hotline_active(ctx: Ctx) -> Response:
        slug, op = ctx.request.path_params["slug"], ctx.form.get("op")
        view = (admin.enable_hotline if op == "enable" else admin.disable_hotline)(store, ctx.uid, slug)
        return ctx.redirect("/hotlines", country=view.hotline.country, saved=slug,
                            op="enabled" if op == "enable" else "disabled")

    # ------------------------------------------------------------ files of ads (NGO staff, admins)
    @page(dash)
    def files_page(ctx: Ctx) -> Response:
        return ctx.render("files.html", max_mb=ngo_files.MAX_BYTES // 1024 // 1024, max_ads=ngo_files.MAX_ADS,
                          formats=", ".join(f.upper() for f in ngo_files.FORMATS), added=ngo_files.ADDED)

    def _job_json(ctx: Ctx, job) -> JSONResponse:
        _ = ctx._
        out = {"id": job.id, "state": job.state, "done": job.done, "total": job.total}
        if job.state == "reading":
            out["message"] = _("Received {name}. Reading the file…", name=job.name)
        elif job.state == "checking":
            out["message"] = _("Checking {name}: {done} of {total} ads…", name=job.name, done=job.done,
                               total=job.total)
        elif job.state == "done":
            r, c = job.result, job.result.counts
            out["message"] = _("Done: {total} ads checked. High risk: {high}. Suspicious: {suspicious}. Low risk: "
                               "{low}. Not job offers: {other}. Rows that could not be checked (marked in the file): "
                               "{errors}.", total=r.ads, high=c["high_risk"], suspicious=c["suspicious"],
                               low=c["low_risk"], other=c["not_offer"], errors=c["errors"])
            out["download"] = f"{ctx.base}/files/{job.id}/download"
            out["name"] = r.name
        else:
            out["message"] = job.error or _("Sorry, something went wrong on my side. Please try again in a moment.")
        return JSONResponse(out, headers=SECURITY_HEADERS)

    @page(dash, raw=True)
    def file_upload(ctx: Ctx) -> Response:
        name = (ctx.request.query_params.get("name") or "").strip()[:200]
        mime = (ctx.request.headers.get("content-type") or "").split(";")[0].strip() or None
        try:
            if ctx.body is None:
                raise ngo_files.too_large(int(ctx.request.headers.get("content-length") or ngo_files.MAX_BYTES + 1))
            batch.accept(store, ctx.uid, name, len(ctx.body), mime)
        except ngo_files.FileProblem as e:
            return JSONResponse({"state": "failed", "message": e.text(ctx.lang)}, status_code=400,
                                headers=SECURITY_HEADERS)
        if dash.uploads.busy(ctx.uid):
            return JSONResponse({"state": "failed", "message": ctx._(
                "I am still checking your previous file. Send the next one when it is done.")}, status_code=409,
                headers=SECURITY_HEADERS)
        job = dash.uploads.start(ctx.uid, ctx.body, name, mime, ctx.lang)
        return _job_json(ctx, job)

    gone = "This file is not here any more (files are kept for an hour). Please upload it again."

    @page(dash)
    def file_status(ctx: Ctx) -> Response:
        job = dash.uploads.get(ctx.uid, ctx.request.path_params["job_id"])  # the sender's own jobs only
        if job is None:
            return JSONResponse({"state": "failed", "message": ctx._(gone)}, status_code=404, headers=SECURITY_HEADERS)
        return _job_json(ctx, job)

    @page(dash)
    def file_download(ctx: Ctx) -> Response:
        job = dash.uploads.get(ctx.uid, ctx.request.path_params["job_id"])
        if job is None or job.result is None:
            return ctx.refuse(ctx._(gone), 404)
        r = job.result
        return Response(r.data, media_type=r.mime, headers={
            **SECURITY_HEADERS, "Content-Disposition": f"attachment; filename*=UTF-8''{quote(r.name)}"})

    # ------------------------------------------------------------ the audit log (admins)
    @page(dash, need="admin")
    def audit_page(ctx: Ctx) -> Response:
        try:
            number = int(ctx.request.query_params.get("page", "1"))
        except ValueError:
            number = 1
        return ctx.render("audit.html", log=audit.audit_log(store, ctx.uid, number))

    return [
        Route("/", home),
        Route("/login", login_form, methods=["GET"]),
        Route("/login", login, methods=["POST"]),
        Route("/app", webapp, methods=["GET"]),
        Route("/app", webapp_login, methods=["POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/reviews", reviews),
        Route("/reviews/{kind:str}/{item_id:int}", decide, methods=["POST"]),
        Route("/warnings", warnings),
        Route("/warnings/{key:str}", warning),
        Route("/warnings/{key:str}/{lang:str}", warning_edit, methods=["POST"]),
        Route("/warnings/{key:str}/{lang:str}/rollback", warning_rollback, methods=["POST"]),
        Route("/stats", statistics),
        Route("/registry", contacts),
        Route("/hotlines", hotlines),
        Route("/hotlines/{slug:str}", hotline_edit, methods=["POST"]),
        Route("/hotlines/{slug:str}/active", hotline_active, methods=["POST"]),
        Route("/files", files_page),
        Route("/files", file_upload, methods=["POST"]),
        Route("/files/{job_id:str}", file_status),
        Route("/files/{job_id:str}/download", file_download),
        Route("/audit", audit_page),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]


def create_dashboard(store, bot_token: str | None, checker=None) -> Starlette:
    """The dashboard app for `store` (the bot's SQL store); `bot_token` validates Mini App initData; `checker`
    checks the files of ads (None: the process's checker, as the bot's)."""
    if ADMIN not in getattr(store, "capabilities", ()):
        async def unavailable(_request: Request) -> Response:
            return HTMLResponse("The dashboard needs the SQL store (LURECHECK_DATABASE_URL).", status_code=503)
        return Starlette(routes=[Route("/{path:path}", unavailable)])
    dash = Dashboard(store, bot_token, auth.derive_key(store.secret), checker)
    return Starlette(routes=build_routes(dash))
