"""A fake Telegram Bot API server on 127.0.0.1, for driving the bot through python-telegram-bot's own HTTP stack.

It behaves like api.telegram.org where the bot can tell: `/bot<token>/<method>` routes; form-encoded parameters
(PTB sends strings raw and everything else as JSON); `getUpdates` long polling with offset, limit and timeout;
message ids per chat; `reply_to_message` filled in on the bot's replies (and so in callback queries); HTML
checked like Telegram does (unknown tags, unbalanced tags, bare `<`, `>`, `&` are a 400 "can't parse entities");
text over 4096 characters, callback data over 64 bytes and callback answers over 200 characters are a 400; a wrong
token is a 401; an unknown method a 404; `getUpdates` while a webhook is set a 409; and a test can ask for the next
call of a method to fail (`fail_next`, e.g. a 429 with retry_after or a 5xx), to get no answer in time
(`stall_next`: held, then refused unread) or to lose its connection mid-answer (`reset_next`). A registered webhook gets updates POSTed with
the secret-token header (`deliver`). Files a test registers (`add_file`, `photo`, `document`) are served by
`getFile` and `/file/bot<token>/<file_path>` (each download recorded as a "downloadFile" call); an unknown file_id is
a 400, a file over 20 MB a 400 "file is too big", as on Telegram.

Usage (in an async test):

    async with FakeBotApi().running() as api:
        settings.telegram_api_base_url = api.base_url      # "http://127.0.0.1:PORT/bot"
        msg = api.push_message(api.user(1), "hello")       # an update the bot fetches with getUpdates
        await api.wait_for(lambda: api.sent_to(1))          # what the bot sent
"""
from __future__ import annotations

import asyncio
import contextlib
import html
import itertools
import json
import re
import socket
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

TOKEN = "123456789:TEST-token_for_the_fake_api"
BOT_ID = 123456789
BOT_USERNAME = "LureCheckTestBot"
# Parameters PTB sends as JSON (everything else is a raw string).
JSON_PARAMS = {"chat_id", "message_id", "reply_markup", "reply_parameters", "link_preview_options", "entities",
               "commands", "scope", "offset", "limit", "timeout", "allowed_updates", "show_alert", "cache_time",
               "drop_pending_updates", "max_connections", "disable_notification", "protect_content",
               "message_thread_id", "reply_to_message_id", "allow_sending_without_reply"}
TELEGRAM_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "tg-emoji",
                 "code", "pre", "blockquote"}
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*)\s*>")
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")
_COMMAND = re.compile(r"^/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?")
_MENTION = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{3,32}")


@dataclass
class Upload:
    """A file uploaded in a multipart request (sendDocument, sendPhoto)."""

    filename: str | None
    content_type: str | None
    data: bytes


def multipart_params(content_type: str, raw: bytes) -> dict[str, Any]:
    """The fields of a multipart/form-data body (what PTB sends with a file): strings (JSON ones decoded) and
    Upload objects for the files."""
    from email.parser import BytesParser
    from email.policy import HTTP

    message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + raw)
    params: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        data = part.get_payload(decode=True) or b""
        filename = part.get_filename()
        if filename is not None or part.get_content_type() not in ("text/plain",):
            params[name] = Upload(filename, part.get_content_type(), data)
        else:
            value = data.decode(part.get_content_charset() or "utf-8")
            params[name] = value
    for key in JSON_PARAMS & params.keys():
        if isinstance(params[key], str):
            with contextlib.suppress(ValueError):
                params[key] = json.loads(params[key])
    # PTB refers to an uploaded file as "attach://<name>" when it sends it as a separate part
    for key, value in list(params.items()):
        if isinstance(value, str) and value.startswith("attach://") and isinstance(params.get(value[9:]), Upload):
            params[key] = params.pop(value[9:])
    return params


class ApiError(Exception):
    def __init__(self, code: int, description: str, retry_after: int | None = None):
        super().__init__(description)
        self.code, self.description, self.retry_after = code, description, retry_after


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    status: int = 200
    at: float = field(default_factory=time.monotonic)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def entities_of(text: str) -> list[dict]:
    """bot_command at the start and @mentions, with UTF-16 offsets, as Telegram's server adds them."""
    out = []
    m = _COMMAND.match(text)
    if m:
        out.append({"type": "bot_command", "offset": 0, "length": utf16_len(m.group(0))})
    for m in _MENTION.finditer(text):
        out.append({"type": "mention", "offset": utf16_len(text[: m.start()]), "length": utf16_len(m.group(0))})
    return out


def parse_html(text: str) -> str:
    """The plain text of Telegram HTML, or ApiError(400) where Telegram would refuse it."""
    out: list[str] = []
    stack: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "<":
            m = _TAG.match(text, i)
            if not m or m.group(2).lower() not in TELEGRAM_TAGS:
                raise ApiError(400, f"Bad Request: can't parse entities: unsupported start tag at byte offset {i}")
            name = m.group(2).lower()
            if m.group(1):
                if not stack or stack[-1] != name:
                    raise ApiError(400, f"Bad Request: can't parse entities: unmatched end tag at byte offset {i}")
                stack.pop()
            else:
                stack.append(name)
            i = m.end()
        elif ch == "&":
            m = _ENTITY.match(text, i)
            if not m:
                raise ApiError(400, f"Bad Request: can't parse entities: unescaped & at byte offset {i}")
            out.append(html.unescape(m.group(0)))
            i = m.end()
        elif ch == ">":
            raise ApiError(400, f"Bad Request: can't parse entities: unescaped > at byte offset {i}")
        else:
            out.append(ch)
            i += 1
    if stack:
        raise ApiError(400, f"Bad Request: can't parse entities: can't find end tag corresponding to <{stack[-1]}>")
    return "".join(out)


def listening_socket() -> socket.socket:
    """A socket on 127.0.0.1 and a free port. IPPROTO_TCP given explicitly: with proto 0, asyncio (3.11) does not
    set TCP_NODELAY on the accepted connections, and every response then waits ~40 ms for a delayed ACK."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    return sock


def public(msg: dict, nested: bool = True) -> dict:
    """A stored message as Telegram returns it: without the fake's own keys (and, nested=False, one level only)."""
    out = {k: v for k, v in msg.items() if not k.startswith("_")}
    if "reply_to_message" in out:
        if nested:
            out["reply_to_message"] = public(out["reply_to_message"], nested=False)
        else:
            del out["reply_to_message"]
    return out


class FakeBotApi:
    def __init__(self, token: str = TOKEN, username: str = BOT_USERNAME, bot_id: int = BOT_ID):
        self.token = token
        self.me = {"id": bot_id, "is_bot": True, "first_name": "LureCheck", "username": username,
                   "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False}
        self.updates: list[dict] = []
        self.calls: list[Call] = []
        self.sent: list[dict] = []  # every message the bot sent, in order (as stored: edits apply)
        self.messages: dict[tuple[int, int], dict] = {}
        self.chats: dict[int, dict] = {}
        self.callback_answers: dict[str, dict] = {}
        self.commands: dict[str | None, list[dict]] = {}
        self.files: dict[str, dict] = {}  # file_id -> {"file_path", "data", "file_size"} (add_file)
        self.webhook: dict | None = None
        self.confirmed = 0  # the highest update_id the bot has acknowledged (offset - 1)
        self.fetched = 0  # the highest update_id handed out by getUpdates
        self.base = ""  # http://127.0.0.1:PORT, once running
        self._failures: dict[str, deque[ApiError]] = defaultdict(deque)
        self._stalls: dict[str, deque[float]] = defaultdict(deque)  # stall_next: seconds to hold, then drop
        self._resets: dict[str, int] = defaultdict(int)  # reset_next: connections to drop without an answer
        self._update_ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count] = defaultdict(lambda: itertools.count(1))
        self._callback_ids = itertools.count(1)
        self._changed: asyncio.Condition | None = None
        self._closing = False

    # ---------------------------------------------------------------- running
    @property
    def base_url(self) -> str:
        return f"{self.base}/bot"

    @property
    def condition(self) -> asyncio.Condition:
        if self._changed is None:
            self._changed = asyncio.Condition()
        return self._changed

    def app(self):
        inner = Starlette(routes=[Route("/bot{token}/{method}", self._endpoint, methods=["GET", "POST"]),
                                  Route("/file/bot{token}/{path:path}", self._file, methods=["GET"])])

        async def app(scope, receive, send):
            """Starlette, except that a call `reset_next` asked for loses its connection mid-answer."""
            method = scope.get("path", "").rsplit("/", 1)[-1] if scope["type"] == "http" else ""
            if method and self._resets.get(method):
                self._resets[method] -= 1
                self.calls.append(Call(method, {}, status=0))  # 0: no answer at all
                await self._notify()
                await send({"type": "http.response.start", "status": 200,
                            "headers": [(b"content-type", b"application/json"), (b"content-length", b"1000")]})
                await send({"type": "http.response.body", "body": b'{"ok": tr', "more_body": True})
                raise ConnectionResetError("the fake Bot API dropped the connection (reset_next)")
            await inner(scope, receive, send)

        return app

    @contextlib.asynccontextmanager
    async def running(self):
        sock = listening_socket()
        port = sock.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(self.app(), lifespan="off", log_level="warning", access_log=False,
                                               timeout_graceful_shutdown=2))
        task = asyncio.create_task(server.serve(sockets=[sock]))
        while not server.started:
            if task.done():
                task.result()
            await asyncio.sleep(0.002)
        self.base = f"http://127.0.0.1:{port}"
        self._closing = False
        try:
            yield self
        finally:
            await self.close()
            server.should_exit = True
            await task
            sock.close()

    async def close(self) -> None:
        """Release every pending long poll (else the server waits for them on shutdown)."""
        self._closing = True
        async with self.condition:
            self.condition.notify_all()

    # ---------------------------------------------------------------- test helpers: who and where
    @staticmethod
    def user(user_id: int, first_name: str = "Tester", language_code: str | None = "en",
             username: str | None = None) -> dict:
        u = {"id": user_id, "is_bot": False, "first_name": first_name}
        if language_code:
            u["language_code"] = language_code
        if username:
            u["username"] = username
        return u

    @staticmethod
    def private_chat(user: dict) -> dict:
        return {"id": user["id"], "type": "private", "first_name": user["first_name"]}

    @staticmethod
    def group_chat(chat_id: int = -1001234567890, title: str = "Job seekers") -> dict:
        return {"id": chat_id, "type": "supergroup", "title": title}

    @staticmethod
    def channel_origin(title: str = "Jobs Abroad 24h", username: str | None = "jobs_abroad_24h",
                       message_id: int = 77) -> dict:
        chat = {"id": -1009876543210, "type": "channel", "title": title}
        if username:
            chat["username"] = username
        return {"type": "channel", "date": int(time.time()) - 3600, "chat": chat, "message_id": message_id}

    # ---------------------------------------------------------------- test helpers: updates
    def push_update(self, update: dict) -> int:
        update.setdefault("update_id", next(self._update_ids))
        self.updates.append(update)
        asyncio.get_running_loop().create_task(self._notify())
        return update["update_id"]

    def new_update_id(self) -> int:
        return next(self._update_ids)

    def message(self, user: dict, text: str | None = None, *, chat: dict | None = None, caption: str | None = None,
                forward_origin: dict | None = None, reply_to: dict | None = None, extra: dict | None = None) -> dict:
        """A user's message as Telegram stores it (with entities), without pushing it."""
        chat = chat or self.private_chat(user)
        self.chats[chat["id"]] = chat
        msg: dict[str, Any] = {"message_id": next(self._message_ids[chat["id"]]), "date": int(time.time()),
                               "chat": chat, "from": user}
        if text is not None:
            msg["text"] = text
            if ents := entities_of(text):
                msg["entities"] = ents
        if caption is not None:
            msg["caption"] = caption
            if ents := [e for e in entities_of(caption) if e["type"] == "mention"]:
                msg["caption_entities"] = ents
        if forward_origin:
            msg["forward_origin"] = forward_origin
        if reply_to:
            msg["reply_to_message"] = public(reply_to, nested=False)
        msg.update(extra or {})
        self.messages[(chat["id"], msg["message_id"])] = msg
        return msg

    def push_message(self, user: dict, text: str | None = None, **kw) -> dict:
        msg = self.message(user, text, **kw)
        self.push_update({"message": msg})
        return msg

    def push_many(self, messages: list[dict]) -> list[int]:
        """Several messages at once: the bot gets them in one getUpdates answer (an NGO's burst of forwards)."""
        return [self.push_update({"message": m}) for m in messages]

    def add_file(self, data: bytes, file_id: str | None = None, *, file_size: int | None = None,
                 file_path: str | None = None) -> dict:
        """A file the bot may fetch (getFile, then /file/bot<token>/<file_path>); `file_size` may differ from the
        bytes' length (a file reported larger than it is). Returns its getFile answer."""
        file_id = file_id or f"file-{len(self.files) + 1}"
        self.files[file_id] = {"file_path": file_path or f"photos/{file_id}.jpg", "data": data,
                               "file_size": len(data) if file_size is None else file_size}
        return self._file_info(file_id)

    def photo(self, data: bytes, width: int = 800, height: int = 600, file_id: str | None = None,
              file_size: int | None = None) -> list[dict]:
        """The "photo" field of a message: a small thumbnail (never fetched) and the file itself, largest last."""
        info = self.add_file(data, file_id, file_size=file_size)
        thumb = {"file_id": info["file_id"] + "-thumb", "file_unique_id": info["file_unique_id"] + "t",
                 "width": 90, "height": max(1, 90 * height // max(width, 1)), "file_size": 1000}
        return [thumb, {"file_id": info["file_id"], "file_unique_id": info["file_unique_id"], "width": width,
                        "height": height, "file_size": info["file_size"]}]

    def document(self, data: bytes, mime_type: str = "image/png", file_name: str = "ad.png",
                 file_id: str | None = None, file_size: int | None = None) -> dict:
        """The "document" field of a message (a file sent without compression)."""
        info = self.add_file(data, file_id, file_size=file_size, file_path=f"documents/{file_name}")
        return {"file_id": info["file_id"], "file_unique_id": info["file_unique_id"], "file_name": file_name,
                "mime_type": mime_type, "file_size": info["file_size"]}

    def _file_info(self, file_id: str) -> dict:
        f = self.files[file_id]
        return {"file_id": file_id, "file_unique_id": f"u-{file_id}", "file_size": f["file_size"],
                "file_path": f["file_path"]}

    def callback_update(self, user: dict, message: dict, data: str) -> dict:
        """A button press on one of the bot's messages (as stored now, with its reply_to_message)."""
        current = self.messages.get((message["chat"]["id"], message["message_id"]), message)
        return {"callback_query": {"id": str(next(self._callback_ids)), "from": user, "chat_instance": "42",
                                   "message": public(current), "data": data}}

    def fail_next(self, method: str, code: int, description: str | None = None, retry_after: int | None = None,
                  times: int = 1) -> None:
        """The next `times` calls of `method` fail as Telegram would (e.g. 429 with retry_after, 400, 401)."""
        description = description or {400: "Bad Request: chat not found", 401: "Unauthorized",
                                       429: f"Too Many Requests: retry after {retry_after}"}.get(code, "Error")
        for _ in range(times):
            self._failures[method].append(ApiError(code, description, retry_after))

    def stall_next(self, method: str, seconds: float, times: int = 1) -> None:
        """The next `times` calls of `method` get no timely answer: held `seconds` (longer than the bot's read
        timeout), then refused with a 504 that nobody reads. Telegram did not act on them."""
        self._stalls[method].extend([seconds] * times)

    def reset_next(self, method: str, times: int = 1) -> None:
        """The next `times` calls of `method` lose their connection before the answer (nothing acted on)."""
        self._resets[method] += times

    # ---------------------------------------------------------------- test helpers: what the bot did
    def calls_of(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    def sent_to(self, chat_id: int) -> list[dict]:
        return [m for m in self.sent if m["chat"]["id"] == chat_id]

    async def wait_for(self, predicate: Callable[[], Any], timeout: float = 10.0) -> Any:
        """Wait until predicate() is truthy (re-checked after every API call); return its value."""
        async def until():
            async with self.condition:
                while not (value := predicate()):
                    await self.condition.wait()
                return value

        return await asyncio.wait_for(until(), timeout)

    async def deliver(self, update: dict, secret: str | None = None, url: str | None = None) -> httpx.Response:
        """POST an update to the registered webhook, with the registered secret unless another is given."""
        if self.webhook is None and url is None:
            raise AssertionError("no webhook registered")
        update.setdefault("update_id", next(self._update_ids))
        headers = {}
        token = secret if secret is not None else (self.webhook or {}).get("secret_token")
        if token is not None:
            headers["X-Telegram-Bot-Api-Secret-Token"] = token
        async with httpx.AsyncClient() as client:
            return await client.post(url or self.webhook["url"], json=update, headers=headers)

    # ---------------------------------------------------------------- the HTTP side
    async def _notify(self) -> None:
        async with self.condition:
            self.condition.notify_all()

    async def _file(self, request: Request) -> Response:
        """A file download (/file/bot<token>/<file_path>), recorded as a "downloadFile" call."""
        path = request.path_params["path"]
        call = Call("downloadFile", {"file_path": path})
        self.calls.append(call)
        found = next((f for f in self.files.values() if f["file_path"] == path), None)
        if request.path_params["token"] != self.token or found is None:
            call.status = 401 if found is not None else 404
            await self._notify()
            return JSONResponse({"ok": False, "error_code": call.status, "description": "Not Found"},
                                status_code=call.status)
        await self._notify()
        return Response(found["data"], media_type="application/octet-stream")

    async def _endpoint(self, request: Request) -> JSONResponse:
        method = request.path_params["method"]
        params = await self._params(request)
        call = Call(method, params)
        self.calls.append(call)
        await self._notify()  # a test may wait for a call to arrive (a long poll answers only later)
        try:
            if request.path_params["token"] != self.token:
                raise ApiError(401, "Unauthorized")
            handler = getattr(self, f"_m_{method.lower()}", None)
            if handler is None:
                raise ApiError(404, "Not Found: method not found")
            if self._stalls[method]:
                call.status = 504  # whatever happens next, this call was not acted on
                loop = asyncio.get_running_loop()
                deadline = loop.time() + self._stalls[method].popleft()
                async with self.condition:  # held, but let go at once when the server closes
                    while not self._closing and loop.time() < deadline:
                        with contextlib.suppress(TimeoutError):
                            await asyncio.wait_for(self.condition.wait(), deadline - loop.time())
                raise ApiError(504, "Gateway Timeout")
            if self._failures[method]:
                raise self._failures[method].popleft()
            result = await handler(params)
            body, status = {"ok": True, "result": result}, 200
        except ApiError as e:
            body = {"ok": False, "error_code": e.code, "description": e.description}
            if e.retry_after is not None:
                body["parameters"] = {"retry_after": e.retry_after}
            status = e.code
        call.status = status
        await self._notify()
        return JSONResponse(body, status_code=status)

    @staticmethod
    async def _params(request: Request) -> dict[str, Any]:
        raw = await request.body()
        if request.headers.get("content-type", "").startswith("application/json"):
            return json.loads(raw or b"{}")
        if request.headers.get("content-type", "").startswith("multipart/form-data"):
            return multipart_params(request.headers["content-type"], raw)
        params: dict[str, Any] = dict(parse_qsl(raw.decode(), keep_blank_values=True))
        params.update(request.query_params)
        for key in JSON_PARAMS & params.keys():
            with contextlib.suppress(ValueError):
                params[key] = json.loads(params[key])
        return params

    # ---------------------------------------------------------------- Bot API methods
    async def _m_getme(self, p):
        return self.me

    async def _m_logout(self, p):
        return True

    async def _m_close(self, p):
        return True

    async def _m_getupdates(self, p):
        if self.webhook:
            raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active; "
                                "use deleteWebhook to delete the webhook first")
        offset, limit, timeout = int(p.get("offset") or 0), int(p.get("limit") or 100), float(p.get("timeout") or 0)
        if offset:
            self.confirmed = max(self.confirmed, offset - 1)
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        async with self.condition:
            while True:
                ready = [u for u in self.updates if u["update_id"] >= offset][:limit]
                if ready or self._closing or loop.time() >= deadline:
                    if ready:
                        self.fetched = max(self.fetched, ready[-1]["update_id"])
                    return ready
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.condition.wait(), deadline - loop.time())

    async def _m_setwebhook(self, p):
        if not str(p.get("url", "")).startswith(("https://", "http://")):
            raise ApiError(400, "Bad Request: bad webhook: an HTTPS URL must be provided for webhook")
        self.webhook = {"url": p["url"], "secret_token": p.get("secret_token"),
                        "allowed_updates": p.get("allowed_updates")}
        return True

    async def _m_deletewebhook(self, p):
        self.webhook = None
        if p.get("drop_pending_updates"):
            self.updates.clear()
        return True

    async def _m_getwebhookinfo(self, p):
        return {"url": (self.webhook or {}).get("url", ""), "has_custom_certificate": False,
                "pending_update_count": len(self.updates)}

    async def _m_setmycommands(self, p):
        commands = p.get("commands") or []
        for c in commands:
            if not (1 <= len(c["command"]) <= 32 and 1 <= len(c["description"]) <= 256):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
        self.commands[p.get("language_code") or None] = commands
        return True

    async def _m_getfile(self, p):
        file_id = p.get("file_id") or ""
        if file_id not in self.files:
            raise ApiError(400, "Bad Request: invalid file_id")
        if self.files[file_id]["file_size"] > 20 * 1024 * 1024:
            raise ApiError(400, "Bad Request: file is too big")
        return self._file_info(file_id)

    async def _m_sendchataction(self, p):
        self._chat(p["chat_id"])
        return True

    async def _m_answercallbackquery(self, p):
        if len(p.get("text") or "") > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        self.callback_answers[p["callback_query_id"]] = p
        return True

    async def _m_sendmessage(self, p):
        chat = self._chat(p["chat_id"])
        text = self._checked_text(p)
        self._check_markup(p.get("reply_markup"))
        msg: dict[str, Any] = {"message_id": next(self._message_ids[chat["id"]]), "date": int(time.time()),
                               "chat": chat, "from": self.me, "text": text, "_html": p["text"]}
        if p.get("reply_markup"):
            msg["reply_markup"] = p["reply_markup"]
        reply = p.get("reply_parameters") or ({"message_id": p["reply_to_message_id"]}
                                              if p.get("reply_to_message_id") else None)
        if reply:
            original = self.messages.get((chat["id"], reply["message_id"]))
            if original is None and not reply.get("allow_sending_without_reply"):
                raise ApiError(400, "Bad Request: message to be replied not found")
            if original is not None:
                msg["reply_to_message"] = public(original, nested=False)
        msg["_params"] = p  # what the bot sent, for snapshot tests (not part of Telegram's answer)
        self.messages[(chat["id"], msg["message_id"])] = msg
        self.sent.append(msg)
        return public(msg)

    async def _m_senddocument(self, p):
        return self._send_file(p, "document")

    async def _m_sendphoto(self, p):
        return self._send_file(p, "photo")

    def _send_file(self, p: dict, kind: str) -> dict:
        """sendDocument / sendPhoto with an uploaded file (multipart): stored like a message, with the file's bytes
        under "_data" and its name and type under the kind ("document" or "photo"), as the test reads them."""
        chat = self._chat(p["chat_id"])
        upload = p.get(kind)
        if not isinstance(upload, Upload):
            raise ApiError(400, f"Bad Request: there is no {kind} in the request")
        if not upload.data:
            raise ApiError(400, "Bad Request: file must be non-empty")
        if len(upload.data) > (50 if kind == "document" else 10) * 1024 * 1024:
            raise ApiError(400, "Bad Request: file is too big")
        self._check_markup(p.get("reply_markup"))
        msg: dict[str, Any] = {"message_id": next(self._message_ids[chat["id"]]), "date": int(time.time()),
                               "chat": chat, "from": self.me}
        if p.get("caption"):
            caption = parse_html(p["caption"]) if str(p.get("parse_mode", "")).upper() == "HTML" else p["caption"]
            if len(caption) > 1024:
                raise ApiError(400, "Bad Request: message caption is too long")
            msg["caption"], msg["_html"] = caption, p["caption"]
        info = {"file_id": f"sent-{len(self.sent) + 1}", "file_unique_id": f"us-{len(self.sent) + 1}",
                "file_size": len(upload.data)}
        if kind == "document":
            msg["document"] = {**info, "file_name": upload.filename, "mime_type": upload.content_type}
        else:
            msg["photo"] = [{**info, "width": 800, "height": 600}]
        msg["_data"], msg["_params"] = upload.data, {k: v for k, v in p.items() if not isinstance(v, Upload)}
        self.messages[(chat["id"], msg["message_id"])] = msg
        self.sent.append(msg)
        return public(msg)

    async def _m_editmessagetext(self, p):
        msg = self._stored(p)
        text = self._checked_text(p)
        self._check_markup(p.get("reply_markup"))
        if text == msg.get("text") and p.get("reply_markup") == msg.get("reply_markup"):
            raise ApiError(400, "Bad Request: message is not modified")
        msg["text"], msg["_html"] = text, p["text"]
        self._set_markup(msg, p.get("reply_markup"))
        return public(msg)

    async def _m_editmessagereplymarkup(self, p):
        msg = self._stored(p)
        self._check_markup(p.get("reply_markup"))
        if p.get("reply_markup") == msg.get("reply_markup"):
            raise ApiError(400, "Bad Request: message is not modified")
        self._set_markup(msg, p.get("reply_markup"))
        return public(msg)

    # ---------------------------------------------------------------- checks
    def _chat(self, chat_id) -> dict:
        try:
            return self.chats[int(chat_id)]
        except (KeyError, ValueError):
            raise ApiError(400, "Bad Request: chat not found") from None

    def _stored(self, p) -> dict:
        msg = self.messages.get((int(p.get("chat_id", 0)), int(p.get("message_id", 0))))
        if msg is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        if msg["from"]["id"] != self.me["id"]:
            raise ApiError(400, "Bad Request: message can't be edited")
        return msg

    @staticmethod
    def _set_markup(msg: dict, markup: dict | None) -> None:
        if markup and markup.get("inline_keyboard"):
            msg["reply_markup"] = markup
        else:
            msg.pop("reply_markup", None)

    @staticmethod
    def _checked_text(p) -> str:
        """The plain text Telegram would show (entities parsed), after Telegram's checks."""
        text = p.get("text")
        if not text:
            raise ApiError(400, "Bad Request: message text is empty")
        plain = parse_html(text) if str(p.get("parse_mode", "")).upper() == "HTML" else text
        if not plain.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if len(plain) > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        return plain

    @staticmethod
    def _check_markup(markup: dict | None) -> None:
        for row in (markup or {}).get("inline_keyboard", []):
            for button in row:
                if not button.get("text"):
                    raise ApiError(400, "Bad Request: text buttons are unallowed in the inline keyboard")
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode()) <= 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
