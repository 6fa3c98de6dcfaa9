"""The import graph of bot/: modules, arrows between modules and between rooms, circles (grimp, as import-linter sees it).

    .venv/bin/python benchmarks/import_graph.py            # this checkout
    .venv/bin/python benchmarks/import_graph.py OLD_TREE   # another checkout (e.g. a `git worktree` of an old commit)
A room is a subpackage of bot/ (bot.answer, bot.storage, ...), or a top-level module of bot/ on its own.
"""
from __future__ import annotations

import sys

import grimp


def room(module: str) -> str:
    return ".".join(module.split(".")[:2])


def main() -> None:
    if len(sys.argv) > 1:
        sys.path.insert(0, sys.argv[1])
        for name in [m for m in sys.modules if m == "bot" or m.startswith("bot.")]:
            del sys.modules[name]
    graph = grimp.build_graph("bot", cache_dir=None)
    mods = sorted(m for m in graph.modules if not m.endswith("__main__"))
    arrows = {(a, b) for a in mods for b in graph.find_modules_directly_imported_by(a) if b in mods and a != b}
    room_arrows = {(room(a), room(b)) for a, b in arrows if room(a) != room(b)}
    rooms = sorted({room(m) for m in mods})
    circles = {tuple(sorted((a, b))) for a, b in arrows if (b, a) in arrows}
    cyclic_rooms = {tuple(sorted((a, b))) for a, b in room_arrows if (b, a) in room_arrows}
    print(f"modules in bot/: {len(mods)}")
    print(f"arrows between modules: {len(arrows)}")
    print(f"rooms: {len(rooms)}; arrows between rooms: {len(room_arrows)}")
    print(f"modules importing each other directly (2-cycles): {len(circles)} {sorted(circles)}")
    print(f"rooms importing each other (circles between rooms): {len(cyclic_rooms)} {sorted(cyclic_rooms)}")


if __name__ == "__main__":
    main()
