"""Settings from the environment (and a .env file in the working directory), with sensible defaults."""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path

import platformdirs

PROJECT_ROOT = Path(__file__).resolve().parents[1]
UI_LANGS = ("vi", "ko", "km", "en")


def load_dotenv(path: Path | None = None) -> None:
    """Read KEY=VALUE lines into os.environ without overriding what is already set."""
    path = path or Path.cwd() / ".env"
    if not path.is_file():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        os.environ.setdefault(key.strip(), value.strip().strip("'\""))


def masked_url(url: str) -> str:
    """A database URL without its password (for reprs and logs)."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - not a URL SQLAlchemy reads: show nothing of it
        return "<database url>"


@dataclass(frozen=True)
class Settings:
    """The settings; `repr` (and so any log line or traceback that shows them) hides the bot token, the webhook
    secret, the HMAC key and the database password."""

    telegram_token: str | None = field(repr=False)
    telegram_api_base_url: str
    data_dir: Path
    content_dir: Path
    database_url: str
    # Storage and admin (bot/storage/, bot/admin/): admins by Telegram id, the HMAC key, retention, auto-migrate.
    admin_ids: frozenset[int] = frozenset()
    hmac_secret: str | None = field(default=None, repr=False)
    retention_days: int = 90
    db_auto_upgrade: bool = False
    # The Telegram bot (bot/telegram/): webhook secret for `lurecheck serve`, per-user checks per minute.
    telegram_webhook_secret: str | None = field(default=None, repr=False)
    rate_limit_per_minute: int = 20

    def __repr__(self) -> str:
        shown = [f"{f.name}={getattr(self, f.name)!r}" for f in fields(self) if f.repr and f.name != "database_url"]
        shown.insert(4, f"database_url={masked_url(self.database_url)!r}")
        hidden = [f"{f.name}={'***' if getattr(self, f.name) else None}" for f in fields(self) if not f.repr]
        return f"Settings({', '.join(shown + hidden)})"

    @classmethod
    def from_env(cls) -> Settings:
        load_dotenv()
        data_dir = Path(os.environ.get("LURECHECK_DATA_DIR") or platformdirs.user_data_dir("lurecheck"))
        return cls(
            telegram_token=os.environ.get("TELEGRAM_BOT_TOKEN") or None,
            telegram_api_base_url=os.environ.get("TELEGRAM_API_BASE_URL", "https://api.telegram.org/bot"),
            data_dir=data_dir,
            content_dir=Path(os.environ.get("LURECHECK_CONTENT_DIR") or PROJECT_ROOT / "warnings"),
            database_url=os.environ.get("LURECHECK_DATABASE_URL") or f"sqlite:///{data_dir / 'lurecheck.sqlite3'}",
            admin_ids=frozenset(int(t) for t in os.environ.get("LURECHECK_ADMIN_IDS", "").replace(" ", "").split(",")
                                if t.isdigit()),
            hmac_secret=os.environ.get("LURECHECK_HMAC_SECRET") or None,
            retention_days=int(os.environ.get("LURECHECK_RETENTION_DAYS") or 90),
            db_auto_upgrade=os.environ.get("LURECHECK_DB_UPGRADE", "").lower() in ("1", "true", "yes"),
            telegram_webhook_secret=os.environ.get("TELEGRAM_WEBHOOK_SECRET") or None,
            rate_limit_per_minute=int(os.environ.get("LURECHECK_RATE_LIMIT") or 20),
        )
