"""The HMAC key that turns Telegram user ids into `users.user_hash`. It is never stored in the database.

From LURECHECK_HMAC_SECRET (set it, the same on every replica, when several bots share one database), else from
the key file `hmac.key` in the data directory, created on first use with mode 0600. The database keeps only a
fingerprint of the key (an HMAC of a fixed label), so a replica started with another key is refused instead of
silently splitting every user in two.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
import stat
from pathlib import Path

from bot.storage.db import StorageError

log = logging.getLogger(__name__)
KEY_FILE = "hmac.key"
MIN_LENGTH = 16


def key_file(data_dir: Path) -> Path:
    return Path(data_dir) / KEY_FILE


def load_secret(env_value: str | None, data_dir: Path) -> bytes:
    if env_value:
        if len(env_value) < MIN_LENGTH:
            raise StorageError(f"LURECHECK_HMAC_SECRET is too short: use at least {MIN_LENGTH} random characters")
        return env_value.encode()
    path = key_file(data_dir)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # another process made it a moment ago: read theirs
        else:
            with os.fdopen(fd, "w", encoding="ascii") as f:
                f.write(secrets.token_hex(32) + "\n")
            log.info("created the HMAC key file %s (mode 0600); back it up: without it stored users are orphaned",
                     path)
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        log.warning("the HMAC key file %s is readable by others (mode %o): chmod 600 it", path, mode)
    value = path.read_text(encoding="ascii").strip()
    if len(value) < MIN_LENGTH:
        raise StorageError(f"the HMAC key file {path} is empty or too short: delete it only if the database is new")
    return value.encode()


def fingerprint(secret: bytes) -> str:
    """Identifies the key without revealing it (an HMAC of a fixed label, truncated)."""
    return hmac.new(secret, b"lurecheck key fingerprint", hashlib.sha256).hexdigest()[:32]
