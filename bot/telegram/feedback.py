"""The buttons under a verdict: "helpful" / "this is wrong", and "report this ad" (consent first, then stored).

Every press is checked against the user who pressed: the store refuses feedback and reports on someone else's
check, and the consent step only goes on for the sender of the ad. A refused press changes nothing.
"""
from __future__ import annotations

from html import escape

from telegram import Message, Update

from bot.answer.i18n import translator
from bot.telegram import followups
from bot.telegram.common import Context, profile_for, send
from bot.telegram.keyboards import (
    CONSENT_PATTERN,
    FEEDBACK_KINDS,
    FEEDBACK_PATTERN,
    REPORT_PATTERN,
    consent_keyboard,
    without,
)
from bot.telegram.offers import public_origin
from bot.telegram.photos import ad_text
from bot.telegram.services import services
from classifier import text_hash
from classifier.normalize import normalize

NOT_YOURS = "This button belongs to someone else's check."


def _ad_of(message: Message | None) -> Message | None:
    """The user's ad a bot message answers (a verdict or a consent question replies to it)."""
    return message.reply_to_message if message is not None else None


def _sent_by(message: Message | None, user_id: int) -> bool:
    return message is not None and message.from_user is not None and message.from_user.id == user_id


async def on_feedback(update: Update, context: Context) -> None:
    query = update.callback_query
    kind, check_id = FEEDBACK_PATTERN.match(query.data).groups()
    svc = services(context)
    profile = await profile_for(update, context)
    _ = translator(profile.ui)
    ok = await svc.db(svc.store.record_feedback, int(check_id), query.from_user.id, FEEDBACK_KINDS[kind])
    if not ok:
        await query.answer(_(NOT_YOURS))
        return
    thanks = _("Thank you for your feedback.") if kind == "h" else _("Thank you. We will review this result.")
    await query.answer(thanks)
    if query.message is not None:  # one vote per verdict: the feedback buttons go, the report button stays
        await query.edit_message_reply_markup(without(query.message.reply_markup, "fb:"))


CANNOT_READ = "I can no longer read this ad. Please send it to me again."


async def _reportable(context: Context, query, ad: Message | None, check_id: int, _) -> str | None:
    """The ad's text when the pressed check may be reported with it, else None (the press is answered here).

    Ownership comes first, and "not yours" and "no such check" get the same answer (check ids are sequential: a
    different answer would tell a stranger which ids exist, or that someone else checked the same text). Then the
    check must be the one of this ad: the text's key equals the stored one."""
    svc = services(context)
    if ad is not None and not _sent_by(ad, query.from_user.id):
        await query.answer(_(NOT_YOURS))
        return None
    record = await svc.db(svc.own_check, check_id, query.from_user.id)
    if record is None:
        await query.answer(_(NOT_YOURS))
        return None
    text = await ad_text(context.bot_data, ad, check_id)  # a photo's text: what was read from it
    if ad is None or not text:
        await query.answer(_(CANNOT_READ))
        return None
    if record.text_hash != svc.store.text_key(text_hash(normalize(text))):
        await query.answer(_(NOT_YOURS))  # the id in the button is not the check of this ad
        return None
    return text


async def on_report(update: Update, context: Context) -> None:
    """"Report this ad": ask for consent first, in a message that replies to the ad (so the ad can be read back)."""
    query = update.callback_query
    (check_id,) = REPORT_PATTERN.match(query.data).groups()
    profile = await profile_for(update, context)
    _ = translator(profile.ui)
    ad = _ad_of(query.message)
    if await _reportable(context, query, ad, int(check_id), _) is None:
        return
    await query.answer()
    question = escape(_("Share this ad with the organisations that fight scam recruitment? They use reported ads to warn other people. Only the ad text and where it came from are kept, not your name or your Telegram id."))
    await send(context.bot, ad.chat_id, [question], reply=ad, markup=consent_keyboard(int(check_id), _))


async def on_consent(update: Update, context: Context) -> None:
    query = update.callback_query
    choice, check_id = CONSENT_PATTERN.match(query.data).groups()
    svc = services(context)
    profile = await profile_for(update, context)
    _ = translator(profile.ui)
    ad = _ad_of(query.message)
    if ad is not None and not _sent_by(ad, query.from_user.id):
        await query.answer(_(NOT_YOURS))
        return
    if choice == "n":
        await query.answer()
        await query.edit_message_text(escape(_("OK, nothing was saved.")))
        return
    text = await _reportable(context, query, ad, int(check_id), _)  # as on_report: the button's id is only a claim
    if text is None:
        return
    report_id = await svc.db(svc.store.add_report, int(check_id), query.from_user.id, text,
                             public_origin(ad.forward_origin))
    if report_id is None:
        await query.answer(_(NOT_YOURS))
        return
    await followups.remember(svc, report_id, ad.chat_id, profile.ui)  # issue 17.6: told the decision later
    await query.answer()
    await query.edit_message_text(escape(_("Thank you. The ad was saved for the organisations that fight scam recruitment.")))


async def on_stale_button(update: Update, context: Context) -> None:
    """A button this version does not know (an old message): stop the spinner, change nothing."""
    await update.callback_query.answer()
