"""Reading an HTTP request body with a cap, for every web face (the webhook, the dashboard)."""
from __future__ import annotations

from starlette.requests import Request


async def read_capped(request: Request, limit: int) -> bytes | None:
    """The body, read as it streams in: None as soon as it passes `limit` bytes (the rest is not read), or when
    its Content-Length says it will. A chunked body (no Content-Length) is counted as it comes."""
    try:
        if int(request.headers.get("content-length") or 0) > limit:
            return None
    except ValueError:
        return None
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)
