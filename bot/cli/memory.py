"""`lurecheck memory build|add|list|remove|stats`: the lure memory (bot/checking/memory.py) of the database at
LURECHECK_DATABASE_URL, the one the bot uses. Registered by bot/cli/commands.py; heavy imports happen only when a
command runs. No command ever prints a stored ad's text (it may hold other people's numbers)."""
from __future__ import annotations

import sys
from pathlib import Path

from bot.cli.db import env_settings, fail, guarded


def _open():
    """The bot's store (migrated like the bot's: the embedded SQLite file at once) and the checker with its model."""
    from bot.checking.engine import get_checker
    from bot.storage.bootstrap import open_store

    store = open_store(env_settings())
    return store.engine, get_checker(memory=False)


def _problem(fn):
    def run(args) -> int:
        from bot.checking.memory import MemoryProblem

        try:
            return fn(args)
        except MemoryProblem as e:
            return fail(str(e))
    return guarded(run)


@_problem
def _build(args) -> int:
    from bot.checking import memory

    engine, checker = _open()
    real = Path(args.data) if args.data else memory.SHARED_REAL
    report = memory.build(engine, checker, real, progress=not args.quiet)
    print(f"lure memory built from {real}: {report.summary()}")
    return 0


@_problem
def _add(args) -> int:
    from bot.checking import memory

    path = Path(args.input)
    if not path.is_file():
        return fail(f"input file not found: {path}")
    items = list(memory.read_jsonl(path, source_kind=args.kind))
    engine, checker = _open()
    report = memory.add_items(engine, checker, items, progress=not args.quiet)
    print(f"{path}: {len(items)} lines, {report.summary()}")
    if report.added:
        print("ids: " + " ".join(str(i) for i in report.added))
    return 0


@_problem
def _list(args) -> int:
    from bot.checking import memory

    engine, _ = _open_store_only()
    infos = memory.entries(engine)
    if args.json:
        for line in memory.iter_json_lines(infos):
            print(line)
        return 0
    if not infos:
        print("the lure memory is empty: `lurecheck memory build` seeds it from the real lures")
        return 0
    print(f"{'id':>6}  {'lang':<4}  {'date':<10}  {'vector':<6}  source")
    for e in infos:
        print(f"{e.id:>6}  {e.lang:<4}  {e.confirmed.isoformat():<10}  {'yes' if e.has_vector else 'no':<6}  {e.source}")
    return 0


def _open_store_only():
    from bot.storage.bootstrap import open_store

    return open_store(env_settings()).engine, None


@_problem
def _remove(args) -> int:
    from bot.checking import memory

    engine, _ = _open_store_only()
    missing = [i for i in args.ids if not memory.remove(engine, i)]
    for i in missing:
        print(f"lurecheck: no entry #{i} in the lure memory", file=sys.stderr)
    removed = len(args.ids) - len(missing)
    if removed:
        print(f"removed {removed} entr{'y' if removed == 1 else 'ies'}")
    return 1 if missing else 0


@_problem
def _stats(args) -> int:
    from bot.checking import memory

    engine, checker = _open()
    st = memory.stats(engine, checker)
    total = sum(st["by_source_lang"].values())
    print(f"entries: {total} (memory version {st['version']})")
    if total:
        print(f"confirmed: {st['oldest']} .. {st['newest']}")
        kinds: dict[str, dict[str, int]] = {}
        for (kind, lang), n in sorted(st["by_source_lang"].items()):
            kinds.setdefault(kind, {})[lang] = n
        for kind, langs in kinds.items():
            print(f"  {kind}: " + ", ".join(f"{lang} {n}" for lang, n in langs.items()))
    if st["threshold"] is None:
        print("not matched: the checker has no model with lure-memory settings (LURECHECK_ENGINE, `make setup`)")
    else:
        own = {lang: t for lang, t in (st.get("by_lang") or {}).items() if t != st["threshold"]}
        print(f"match threshold: cosine >= {st['threshold']:.3f} (centred n-gram sketches)"
              + ("; " + ", ".join(f"{lang} {t:.3f}" for lang, t in sorted(own.items())) if own else ""))
        if st["stale"]:
            print(f"{st['stale']} entries need a vector of this model: run `lurecheck memory build`")
    return 0


def add_commands(sub) -> None:
    c = sub.add_parser("memory", help="the lure memory: confirmed real lures matched at check time (KNOWN_LURE)",
                       description="The lure memory of the database at LURECHECK_DATABASE_URL (the bot's). "
                                   "Stored ad texts are never printed.")
    msub = c.add_subparsers(dest="action", required=True, metavar="ACTION")
    m = msub.add_parser("build", help="seed from the real lures of ../shared/data/real (dev.jsonl, extra/*.jsonl); "
                                      "re-running adds only what is new and recomputes vectors of an older model")
    m.add_argument("--data", help="the real-data folder (default: ../shared/data/real beside the project)")
    m.add_argument("--quiet", action="store_true", help="no progress bar")
    m.set_defaults(func=_build)
    m = msub.add_parser("add", help="add confirmed lures from a JSONL file")
    m.add_argument("--input", required=True, metavar="FILE.jsonl",
                   help="one object a line: text (required), source, date (YYYY-MM-DD, default today), lang")
    m.add_argument("--kind", default="file", choices=("file", "ngo", "admin", "report", "dataset"),
                   help="what kind of source the lines come from (default file)")
    m.add_argument("--quiet", action="store_true", help="no progress bar")
    m.set_defaults(func=_add)
    m = msub.add_parser("list", help="the entries: id, language, date, source (never the text)")
    m.add_argument("--json", action="store_true", help="one JSON object a line: id, lang, source, date, has_vector")
    m.set_defaults(func=_list)
    m = msub.add_parser("remove", help="remove entries by id (see `lurecheck memory list`)")
    m.add_argument("ids", nargs="+", type=int, metavar="ID")
    m.set_defaults(func=_remove)
    m = msub.add_parser("stats", help="how many entries, per source and language; the match threshold")
    m.set_defaults(func=_stats)
