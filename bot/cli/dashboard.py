"""`lurecheck dashboard-link USER_ID`: print a one-time login link to the web dashboard (docs/dashboard.md) for an
admin or NGO staff member of the database at LURECHECK_DATABASE_URL. The base address is LURECHECK_DASHBOARD_URL
(default http://127.0.0.1:8080/dashboard, `lurecheck serve`'s)."""
from __future__ import annotations

import sys

from bot.cli.db import env_settings, fail, guarded


@guarded
def _link(args) -> int:
    from bot.access import can_review
    from bot.dashboard import login_link
    from bot.storage.bootstrap import open_store

    try:
        uid = int(args.user_id)
        if uid <= 0:
            raise ValueError
    except ValueError:
        return fail(f"User ids are numbers: {args.user_id}")
    store = open_store(env_settings())
    if not can_review(store, uid):
        return fail(f"user {uid} is neither an admin nor NGO staff: grant a role first "
                    f"(`lurecheck admin grant {uid} ngo`)")
    print(login_link(store, uid, args.base_url))
    print("valid once, for 10 minutes", file=sys.stderr)
    return 0


def add_commands(sub) -> None:
    c = sub.add_parser("dashboard-link", help="print a one-time login link to the web dashboard (10 minutes, once)")
    c.add_argument("user_id", help="the Telegram user id of an admin or NGO staff member")
    c.add_argument("--base-url", help="the dashboard's address (default: LURECHECK_DASHBOARD_URL)")
    c.set_defaults(func=_link)
