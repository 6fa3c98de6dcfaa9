"""`lurecheck model list|promote VERSION|rollback`: the trained model versions (classifier/model/versions.py) and
which one the bot uses. `promote` goes through the gate: a candidate worse than the active model on the fixed real
evaluation (CV recall or legit false positives beyond the measured noise, a legit look-alike newly flagged, a
disguise's recall lost) is refused, with the reasons. Registered by bot/cli/commands.py under `model`."""
from __future__ import annotations

import json
import sys


def _list(args) -> int:
    from classifier.model.versions import list_versions

    rows = list_versions()
    for v in rows:
        cv = (v.figures or {}).get("cv") or {}
        if args.json:
            print(json.dumps({"version": v.name, "active": v.active, "created": v.created, "path": str(v.path),
                              "cv": cv}, ensure_ascii=False))
            continue
        figs = "  ".join(f"{lang} {m.get('recall', 0) or 0:.2f}/{100 * (m.get('fp_rate') or 0):.1f}%"
                         for lang, m in sorted(cv.items())) or "no figures"
        print(f"{'*' if v.active else ' '} {v.name:<20} {v.created:<17} {figs}")
    return 0


def _promote(args) -> int:
    from classifier.model.versions import VersionProblem, promote

    try:
        result = promote(args.version, force=args.force)
    except VersionProblem as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if not result.ok:
        print(f"refused: {args.version} is worse than the active model:", file=sys.stderr)
        for r in result.reasons:
            print(f"  - {r}", file=sys.stderr)
        return 1
    note = " (gate overridden with --force)" if result.reasons else ""
    print(f"{args.version} is the active model{note}; run `lurecheck model build` to export it to ONNX, then "
          "restart the bot")
    return 0


def _rollback(args) -> int:
    from classifier.model.versions import VersionProblem, rollback

    try:
        prev = rollback()
    except VersionProblem as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(f"{prev} is the active model again; run `lurecheck model build`, then restart the bot")
    return 0


def add_commands(msub) -> None:
    m = msub.add_parser("list", help="the trained model versions, the active one starred, with their CV figures")
    m.add_argument("--json", action="store_true", help="one JSON object a line")
    m.set_defaults(func=_list)
    m = msub.add_parser("promote", help="make VERSION the active model if it is not worse than the active one")
    m.add_argument("version")
    m.add_argument("--force", action="store_true", help="skip the gate (an operator's decision, recorded)")
    m.set_defaults(func=_promote)
    m = msub.add_parser("rollback", help="make the previously active model active again")
    m.set_defaults(func=_rollback)


def train_with_reviews(out, seed: int = 0) -> dict:
    """`lurecheck train --include-reviews`: the head trainer (classifier/training/head.py) on the corpus plus the
    reviewed reports and confirmed NGO submissions of the bot's database (bot/checking/reviewed.py)."""
    from bot.checking.engine import base_dir
    from bot.checking.reviewed import reviewed_examples
    from bot.cli.db import env_settings
    from bot.storage.bootstrap import open_store
    from classifier.training import head

    store = open_store(env_settings())
    records = list(reviewed_examples(store.engine))
    print(f"{len(records)} reviewed examples ({sum(r[1] for r in records)} lures) from the database", file=sys.stderr)
    return head.train_head(out, base_dir(), seed=seed, records=records, log=lambda m: print(m, file=sys.stderr))
