"""Look-ups for everyone: a message that is only a phone number, an @handle, a chat link or an app id gets what the
registry knows (counts only), within a per-user budget kept in the shared rate-limit state (bot/shared: Redis when
configured), LOOKUP_BUDGET per LOOKUP_WINDOW, so the registry cannot be scraped."""
from __future__ import annotations

from telegram import Message, Update
from telegram.ext import Application, MessageHandler, filters

from bot.answer.lookup import compose_lookup, compose_too_many
from bot.checking.service import sos_texts
from bot.ngo.registry import LOOKUP_BUDGET, LOOKUP_WINDOW, lookup_query, public_lookup
from bot.telegram.common import Context, limited, profile_for, send
from bot.telegram.ratelimit import Decision, RateLimiter
from bot.telegram.services import services


class LookupOnly(filters.MessageFilter):
    """A private message that is a contact and nothing else (not forwarded: a forwarded ad is checked)."""

    def filter(self, message: Message) -> bool:
        return bool(message.text) and bool(lookup_query(message.text))


async def on_lookup(update: Update, context: Context) -> None:
    svc = services(context)
    message = update.effective_message
    profile = await profile_for(update, context)
    sos = sos_texts()
    factor = 10 if profile.trusted else 1
    try:
        state = getattr(svc, "state", None)
        if state is not None:  # shared by the replicas (bot/shared: Redis when configured)
            decision = await state.hit(f"lookup:{profile.user_id}", LOOKUP_BUDGET * factor, LOOKUP_WINDOW)
        else:  # one process: a limiter of this module's own
            limiter = context.application.bot_data.setdefault(
                "lurecheck.lookups", RateLimiter(LOOKUP_BUDGET, LOOKUP_WINDOW))
            decision = limiter.hit(profile.user_id, factor)
    except Exception:  # noqa: BLE001 - the shared state is down: a look-up is refused rather than unlimited
        decision = Decision.WARN
    if decision is not Decision.OK:
        await send(context.bot, message.chat_id, [compose_too_many(sos, profile.ui)], reply=message)
        return
    found = await svc.db(public_lookup, svc.store, message.text)
    if found is None:
        return
    await send(context.bot, message.chat_id, [compose_lookup(sos, profile.ui, found)], reply=message)


def register(application: Application) -> None:
    handler = MessageHandler(filters.UpdateType.MESSAGE & filters.ChatType.PRIVATE & ~filters.FORWARDED
                             & filters.TEXT & ~filters.COMMAND & LookupOnly(), on_lookup)
    handler.callback = limited(handler.callback)
    application.add_handler(handler)
