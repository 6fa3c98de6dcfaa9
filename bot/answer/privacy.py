"""What the bot tells a user about their data: /privacy and the /forgetme reply, one text for every face (the
Telegram bot, the console chat). It must stay true: docs/privacy.md says what each sentence rests on."""
from __future__ import annotations

from html import escape

PRIVACY = (
    "What LureCheck keeps about you:",
    "• For each check: the time, the result, and a code made from the ad's text that cannot be turned back into the "
    "text. Not the text itself, and not where the ad was forwarded from.",
    "• Your language choice and your answers to the buttons (helpful, wrong). Your Telegram id only as a code made "
    "from it, never the id itself.",
    "• Phone numbers and accounts named in an ad: only as such codes, to count how often they appear in scam ads.",
    'The ad text is kept only if you press "Report this ad" (with the channel it was forwarded from). Text read from '
    "your photo stays in the bot's memory for up to 2 hours, so that you can report it, and is never written down.",
    "Checks are deleted after {days} days, reports nobody has reviewed after 180 days. /forgetme deletes everything "
    "about you at once.",
)
FORGOT = ("Done. I deleted your language choice, your checks, your feedback, your reports that were not confirmed, "
          "your checks still waiting to be saved, and the phone numbers and accounts that only your reports had shown.")
FORGOT_FILES = "I also deleted the files of ads you sent and my answers to them."
KEPT_REPORTS = ("Kept, with no link to you: your reports that an organisation confirmed as scams (the ad text and the "
                "channel it came from), because they warn other people.")
KEPT_COUNTS = "Kept: how often phone numbers and accounts appeared in ads. These counts are not linked to anyone."
KEPT_AUDIT = 'In the record of admin changes, your code now reads "forgotten user".'


def privacy_text(_, days: int) -> str:
    """/privacy in the user's language (`_`: a translator of bot.answer.i18n), plain text."""
    return "\n".join(_(line, days=days) if "{days}" in line else _(line) for line in PRIVACY)


def forget_text(_, result=None, files: int = 0) -> str:
    """The /forgetme reply: exactly what was deleted and what is kept. `result`: the store's ForgetResult."""
    lines = [_(FORGOT)]
    if files:
        lines.append(_(FORGOT_FILES))
    if result is not None and getattr(result, "reports_kept", 0):
        lines.append(_(KEPT_REPORTS))
    lines.append(_(KEPT_COUNTS))
    if result is not None and getattr(result, "audit_anonymised", 0):
        lines.append(_(KEPT_AUDIT))
    return "\n\n".join(lines)


def privacy_html(_, days: int) -> str:
    return escape(privacy_text(_, days))


def forget_html(_, result=None, files: int = 0) -> str:
    return escape(forget_text(_, result, files))
