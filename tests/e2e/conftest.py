"""End-to-end fixtures: a fake Bot API on 127.0.0.1 and the real bot polling it through PTB's HTTP stack."""
from __future__ import annotations

import os
import re

import pytest

from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.harness import running_bot
from tests.unit.test_replies import foreign_parts

# PTB 22: RetryAfter.retry_after becomes a timedelta; opt in now (the bot's code never reads it as a number).
os.environ.setdefault("PTB_TIMEDELTA", "1")


@pytest.fixture
async def api():
    async with FakeBotApi().running() as fake:
        yield fake


@pytest.fixture
async def bot(api):
    async with running_bot(api) as running:
        yield running


def foreign(text: str, lang: str) -> list[str]:
    """Words of another language in a reply (bot /commands and @handles are allowed in every language)."""
    return foreign_parts(re.sub(r"(?<![\w/:.])/[a-z]+\b", " ", text), lang)
