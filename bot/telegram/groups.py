"""Group chats: the bot speaks only when it is mentioned or replied to, and never spams a group.

In a group, "@LureCheckBot" in reply to someone's ad checks that ad; "@LureCheckBot <ad text>" checks the text.
"""
from __future__ import annotations

import re

from telegram import Bot, Message, MessageEntity
from telegram.constants import ChatType
from telegram.ext.filters import MessageFilter

GROUP_TYPES = (ChatType.GROUP, ChatType.SUPERGROUP)
SHORT_REQUEST = 30  # a mention with fewer characters than this, in reply to an ad, asks to check that ad


def is_group(message: Message) -> bool:
    return message.chat.type in GROUP_TYPES


def _mentions_bot(message: Message, bot: Bot) -> bool:
    username = (bot.username or "").lower()
    types = [MessageEntity.MENTION, MessageEntity.TEXT_MENTION, MessageEntity.BOT_COMMAND]
    found = {**message.parse_entities(types), **message.parse_caption_entities(types)}
    for entity, text in found.items():
        if entity.type == MessageEntity.TEXT_MENTION and entity.user and entity.user.id == bot.id:
            return True
        if entity.type == MessageEntity.MENTION and username and text.lower() == f"@{username}":
            return True
        if entity.type == MessageEntity.BOT_COMMAND and username and text.lower().endswith(f"@{username}"):
            return True
    return False


def addressed(message: Message, bot: Bot) -> bool:
    """Private chat: always. Group: when the message mentions the bot or replies to one of its messages."""
    if message.chat.type == ChatType.PRIVATE:
        return True
    if not is_group(message):
        return False  # channels: never
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot.id:
        return True
    return _mentions_bot(message, bot)


class Addressed(MessageFilter):
    __slots__ = ()

    def filter(self, message: Message) -> bool:
        return addressed(message, message.get_bot())


ADDRESSED = Addressed(name="ADDRESSED")


def without_mention(text: str, bot: Bot) -> str:
    if not bot.username:
        return text.strip()
    return re.sub(rf"@{re.escape(bot.username)}\b", " ", text, flags=re.IGNORECASE).strip()


def text_to_check(message: Message, bot: Bot) -> tuple[str, bool]:
    """The text to check and whether it is the message's own (False: the ad it replies to, in a group)."""
    own = message.text or message.caption or ""
    if not is_group(message):
        return own, True
    own = without_mention(own, bot)
    replied = message.reply_to_message
    replied_text = (replied.text or replied.caption or "") if replied is not None else ""
    from_bot = replied is not None and replied.from_user is not None and replied.from_user.id == bot.id
    if replied_text and not from_bot and len(own) < SHORT_REQUEST:
        return replied_text, False
    return own, True
