"""`lurecheck serve`: webhook mode, an ASGI app (Starlette, served by uvicorn) in front of the same Application.

The route checks Telegram's secret-token header (constant-time compare), puts the update on the Application's
queue and answers 200 at once: the check runs afterwards, never inside the HTTP request. With LURECHECK_REDIS_URL the
update goes to a Redis Stream before the 200 instead, consumed by all replicas (bot/telegram/intake.py): an update
accepted by a replica that is killed is processed by another one.
"""
from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import re
import socket
import sys

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Mount, Route
from telegram import Update
from telegram.error import InvalidToken
from telegram.ext import Application

from bot import redact
from bot.config import Settings
from bot.shared.http_body import read_capped
from bot.store import Store
from bot.telegram import dashboard, metrics
from bot.telegram.app import TokenError, build_application, check_token, configure_logging, lifecycle, open_store
from bot.telegram.intake import Intake, open_intake
from bot.telegram.jobqueue import queue_name
from bot.telegram.services import KEY

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
SECRET_FORM = re.compile(r"^[A-Za-z0-9_-]{1,256}$")  # what Telegram accepts as a secret_token
MAX_BODY = 1 << 20  # an update is a few kilobytes; refuse anything above 1 MiB


def check_secret(secret: str | None) -> str:
    if not secret:
        raise TokenError("TELEGRAM_WEBHOOK_SECRET is not set: webhook mode needs a secret that Telegram sends back "
                         "with every update (1-256 characters: A-Z, a-z, 0-9, _ and -).")
    if not SECRET_FORM.match(secret):
        raise TokenError("TELEGRAM_WEBHOOK_SECRET may only hold 1-256 characters: A-Z, a-z, 0-9, _ and -.")
    return secret


def create_webhook_app(application: Application, secret: str, *, path: str = "/telegram",
                       webhook_url: str | None = None) -> Starlette:
    """The ASGI app. Its lifespan starts the Application (and registers the webhook when `webhook_url` is given)."""
    expected = secret.encode()
    intake: list[Intake] = []  # the Redis Stream once started (shared state in Redis), else the in-process queue

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette):
        async with lifecycle(application):
            svc = application.bot_data.get(KEY)
            stream = open_intake(application, svc.state) if svc is not None else None
            if stream is not None:
                await stream.start()
                intake.append(stream)
            if webhook_url:
                await application.bot.set_webhook(webhook_url, secret_token=secret,
                                                  allowed_updates=Update.ALL_TYPES)
                log.info("webhook registered")
            try:
                yield
            finally:
                if stream is not None:
                    intake.clear()
                    await stream.stop()

    async def receive(request: Request) -> Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, expected):
            return PlainTextResponse("forbidden", status_code=403)
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
            return PlainTextResponse("too large", status_code=413)
        body = await read_capped(request, MAX_BODY)  # chunked (no Content-Length) or lying: counted as it comes
        if body is None:
            return PlainTextResponse("too large", status_code=413)
        try:
            data = json.loads(body)
            if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
                raise ValueError("not an update")
        except (ValueError, TypeError, KeyError, AttributeError):
            return PlainTextResponse("not an update", status_code=400)
        try:
            update = Update.de_json(data, application.bot)
        except Exception:  # an update this version cannot read: acknowledged (Telegram would resend it forever)
            log.warning("update %s could not be read: skipped", data["update_id"])
            return Response(status_code=200)
        if intake:  # durable: in Redis before Telegram hears 200; any replica processes it
            try:
                await intake[0].add(body)
            except Exception:  # noqa: BLE001 - Redis refused: Telegram resends on a non-200
                log.warning("update %s could not be queued in Redis: 503", data["update_id"], exc_info=True)
                return PlainTextResponse("try again", status_code=503)
            metrics.UPDATES.inc()
            return Response(status_code=200)
        metrics.UPDATES.inc()
        await application.update_queue.put(update)
        return Response(status_code=200)

    async def health(request: Request) -> Response:
        """"ok" (200) when the database and Redis (if configured) answer; else 503 naming what is down. With
        ?detail=1 every part is listed."""
        parts = await health_report(application)
        healthy = all(v in ("ok", "not configured") for v in parts.values())
        if healthy and not request.query_params.get("detail"):
            return PlainTextResponse("ok")
        return PlainTextResponse("".join(f"{k}: {v}\n" for k, v in parts.items()), status_code=200 if healthy else 503)

    async def prometheus(_request: Request) -> Response:
        svc = application.bot_data.get(KEY)
        if svc is not None:
            metrics.OUTBOX_DEPTH.set(svc.outbox.pending())
            if svc.queue is not None:
                with contextlib.suppress(Exception):
                    metrics.QUEUE_DEPTH.set(await svc.queue.zcard(queue_name(svc.state)))
        body, content_type = metrics.exposition()
        return Response(body, media_type=content_type)

    return Starlette(routes=[Route(path, receive, methods=["POST"]), Route("/healthz", health, methods=["GET"]),
                             Route("/metrics", prometheus, methods=["GET"]),
                             Mount("/dashboard", dashboard.web(application))],  # bot/dashboard, docs/dashboard.md
                     lifespan=lifespan)


async def health_report(application: Application, timeout: float = 3.0) -> dict[str, str]:
    """{"database": "ok" | "down", "redis": "ok" | "down" | "not configured"}."""
    svc = application.bot_data.get(KEY)
    report = {"database": "ok", "redis": "not configured"}
    if svc is None:
        return report
    engine = getattr(svc.store, "engine", None)
    if engine is not None:
        def select_one() -> None:
            from sqlalchemy import text

            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        try:
            await asyncio.wait_for(asyncio.to_thread(select_one), timeout)
        except Exception:  # noqa: BLE001 - down, locked, refused: reported
            report["database"] = "down"
    if svc.state.shared:
        try:
            report["redis"] = "ok" if await asyncio.wait_for(svc.state.ping(), timeout) else "down"
        except Exception:  # noqa: BLE001
            report["redis"] = "down"
    return report


def uvicorn_server(settings: Settings, asgi, host: str, port: int) -> uvicorn.Server:
    """The uvicorn server. Its Config sets up uvicorn's own log handlers (which do not propagate to the root): the
    redaction filter goes on them once they exist (bot/redact.py)."""
    server = uvicorn.Server(uvicorn.Config(asgi, host=host, port=port, lifespan="on", proxy_headers=True,
                                           log_level="info"))
    redact.install(settings, also=redact.UVICORN_LOGGERS)
    return server


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8080, path: str = "/telegram",
          set_webhook: str | None = None, store: Store | None = None, sock: socket.socket | None = None) -> int:
    """Run the webhook server until Ctrl-C. Returns the exit status."""
    try:
        check_token(settings.telegram_token)
        secret = check_secret(settings.telegram_webhook_secret)
    except TokenError as exc:
        print(f"lurecheck serve: {exc}", file=sys.stderr)
        return 2
    configure_logging(settings)
    application = build_application(settings, store or open_store(settings), webhook=True)
    rejected: list[bool] = []

    asgi = create_webhook_app(application, secret, path=path, webhook_url=set_webhook)
    inner = asgi.router.lifespan_context

    @contextlib.asynccontextmanager
    async def guarded(app):
        try:
            async with inner(app):
                yield
        except InvalidToken:
            rejected.append(True)
            raise

    asgi.router.lifespan_context = guarded
    server = uvicorn_server(settings, asgi, host, port)
    try:
        server.run(sockets=[sock] if sock else None)
    except KeyboardInterrupt:  # uvicorn re-raises Ctrl-C once it has shut down cleanly
        pass
    if rejected:
        print("lurecheck serve: Telegram rejected TELEGRAM_BOT_TOKEN (invalid or revoked).", file=sys.stderr)
        return 2
    return 0 if server.started else 1
