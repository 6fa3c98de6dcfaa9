"""The job queue as the replicas see it: its name, opening it, and enqueuing an image job (arq on Redis).

The worker that takes the jobs is bot/telegram/worker.py; this module is what the replicas (app.py, photos.py,
webhook.py) need, kept apart so that the worker may import the face's steps without a circle.
"""
from __future__ import annotations

from arq.connections import ArqRedis, RedisSettings, create_pool
from telegram import Message

from bot.shared.state import SharedState
from bot.telegram.services import Profile


def queue_name(state: SharedState) -> str:
    return getattr(state, "prefix", "lurecheck:") + "queue"


async def open_queue(state: SharedState) -> ArqRedis | None:
    """The queue the replicas enqueue on: None without Redis (jobs run in-process)."""
    url = getattr(state, "url", None)
    if not state.shared or not url:
        return None
    return await create_pool(RedisSettings.from_dsn(url), default_queue_name=queue_name(state))


def image_job_id(prefix: str, anchor: Message) -> str:
    """arq's job keys are not prefixed ("arq:job:<id>"): the id carries LURECHECK_REDIS_PREFIX."""
    return f"{prefix}image:{anchor.chat_id}:{anchor.message_id}"


async def enqueue_image(queue: ArqRedis, prefix: str, anchor: Message, sources: list[Message], placeholder: Message | None,
                        profile: Profile, origin: str | None, can_report: bool) -> str:
    job_id = image_job_id(prefix, anchor)
    payload = {"anchor": anchor.to_dict(), "sources": [m.to_dict() for m in sources],
               "placeholder": placeholder.to_dict() if placeholder is not None else None,
               "profile": [profile.user_id, profile.choice, profile.telegram_lang, profile.role],
               "origin": origin, "can_report": can_report}
    await queue.enqueue_job("read_image", payload, _job_id=job_id)  # None when already queued: the same job
    return job_id
