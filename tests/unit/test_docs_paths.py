"""Every repository path the README and docs/ name in backticks exists (`bot/...`, `classifier/...`, `docs/...`)."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PATH = re.compile(r"`((?:bot|classifier|docs|benchmarks|tests|data|warnings)/[^`\s]*)`")


def test_named_paths_exist():
    missing = []
    for doc in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        for m in PATH.finditer(doc.read_text(encoding="utf-8")):
            path = m.group(1).split("::")[0].rstrip(".,:;")
            if any(c in path for c in "*?<>{}[]") or path.startswith("../"):
                continue
            if not (ROOT / path).exists():
                missing.append(f"{doc.relative_to(ROOT)}: {path}")
    assert not missing, "\n".join(missing)
