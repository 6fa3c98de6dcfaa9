"""The real bot (bot.telegram.app.build_application) polling a FakeBotApi, with a way to know when an update is done.

A last handler group records every update id it sees: when it has run, the bot's own handlers for that update have
finished (PTB runs the groups of one update in order), so tests wait for that instead of sleeping.
"""
from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from collections import defaultdict
from dataclasses import dataclass

from telegram import Update
from telegram.ext import Application, TypeHandler

from bot.config import PROJECT_ROOT, Settings
from bot.store import MemoryStore, Store
from bot.telegram.app import build_application, lifecycle
from bot.telegram.services import BotOptions
from tests.fakes.fake_bot_api import FakeBotApi

DONE_GROUP = 1000
TEST_OPTIONS = BotOptions(rate_limit=1000, burst_quiet=0.5, burst_max_wait=5.0, typing_after=5.0, max_retries=2,
                          album_quiet=0.3)


def settings_for(api: FakeBotApi, **overrides) -> Settings:
    values = {"telegram_token": api.token, "telegram_api_base_url": api.base_url,
              "content_dir": PROJECT_ROOT / "warnings", **overrides}
    return dataclasses.replace(Settings.from_env(), **values)


@dataclass
class RunningBot:
    api: FakeBotApi
    application: Application
    store: Store
    _done: dict[int, asyncio.Event] = dataclasses.field(default_factory=lambda: defaultdict(asyncio.Event))

    async def _mark(self, update: object, context) -> None:
        if isinstance(update, Update):
            self._done[update.update_id].set()

    async def done(self, update_id: int, timeout: float = 10.0) -> None:
        await asyncio.wait_for(self._done[update_id].wait(), timeout)

    async def send(self, message: dict | None = None, *, update: dict | None = None) -> list[dict]:
        """Push one update (a message, or any update), wait until the bot has handled it; return what it sent."""
        before = len(self.api.sent)
        update_id = self.api.push_update(update if update is not None else {"message": message})
        await self.done(update_id)
        return self.api.sent[before:]

    async def press(self, user: dict, message: dict, data: str) -> tuple[dict | None, list[dict]]:
        """Press a button: (the callback answer, the messages sent meanwhile)."""
        update = self.api.callback_update(user, message, data)
        sent = await self.send(update=update)
        return self.api.callback_answers.get(update["callback_query"]["id"]), sent


@contextlib.asynccontextmanager
async def running_bot(api: FakeBotApi, store: Store | None = None, options: BotOptions = TEST_OPTIONS,
                      **settings_overrides):
    store = store if store is not None else MemoryStore()
    application = build_application(settings_for(api, **settings_overrides), store, options=options)
    bot = RunningBot(api, application, store)
    application.add_handler(TypeHandler(Update, bot._mark), group=DONE_GROUP)
    async with lifecycle(application, polling={"poll_interval": 0.0, "timeout": 10}):
        yield bot


@contextlib.asynccontextmanager
async def serving(asgi_app, lifespan: str = "on"):
    """Serve an ASGI app with uvicorn on 127.0.0.1 and a free port; yields its base URL."""
    import uvicorn

    from tests.fakes.fake_bot_api import listening_socket

    sock = listening_socket()
    server = uvicorn.Server(uvicorn.Config(asgi_app, lifespan=lifespan, log_level="warning", access_log=False,
                                           timeout_graceful_shutdown=5))
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started:
        if task.done():
            task.result()
            raise RuntimeError("the server did not start")
        await asyncio.sleep(0.002)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        await task
        sock.close()
