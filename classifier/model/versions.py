"""Versioned models and the promote gate (issue 14). Pure file handling: no bot, no database.

A trained model goes into its own folder, `models/versions/<version>/` (LURECHECK_MODELS_DIR overrides `models/`):
model.json, adapter.safetensors, ngram.npz, MODEL_CARD.md and `figures.json`, the fixed real evaluation of its
training run:

    {"cv": {"vi": {"recall": 0.93, "recall_noise": 0.02, "fp_rate": 0.012, "fp_noise": 0.004}, ...},
     "lookalikes_flagged": ["fp-vi-01", ...],          # ids of data/robustness/legit_lookalikes.jsonl it flags
     "adversarial": {"split_dots": 0.61, ...}}          # recall under each disguise (tests/integration/test_adversarial.py)

`*_noise` is the spread (standard deviation) of that figure across the seeds and folds of the run.

The ACTIVE model is recorded in `models/ACTIVE.json` ({"active": VERSION, "history": [older actives]}); without
it (nothing promoted) the embedded default in data/model is the model, as before. Its figures, when measured, are in
data/model/figures.json.

The gate (`compare`): a candidate is refused when, in any language both were measured on, its CV recall is lower
than the active model's by more than the noise, or its legit false-positive rate higher by more than the noise
(noise = the larger of the two models' spreads, at least MIN_NOISE); when it flags a legit look-alike the active one
does not; or when its recall under a disguise falls more than ADVERSARIAL_MARGIN below the active one's.
"""
from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_ARTIFACTS = PROJECT_ROOT / "data" / "model"
DEFAULT = "default"
MIN_NOISE = 0.005
ADVERSARIAL_MARGIN = 0.02  # the floors of tests/integration/test_adversarial.py: measured - 2 points
ARTIFACT_FILES = ("model.json", "adapter.safetensors", "ngram.npz", "MODEL_CARD.md", "figures.json")


def models_dir() -> Path:
    return Path(os.environ.get("LURECHECK_MODELS_DIR") or PROJECT_ROOT / "models")


def versions_dir() -> Path:
    return models_dir() / "versions"


def _pointer() -> Path:
    return models_dir() / "ACTIVE.json"


def _state() -> dict:
    try:
        state = json.loads(_pointer().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"active": DEFAULT, "history": []}
    return {"active": state.get("active") or DEFAULT, "history": list(state.get("history") or [])}


def _save_state(state: dict) -> None:
    p = _pointer()
    p.parent.mkdir(parents=True, exist_ok=True)
    tmp = p.with_suffix(".tmp")
    tmp.write_text(json.dumps(state, indent=1) + "\n", encoding="utf-8")
    tmp.replace(p)


def active_version() -> str:
    return _state()["active"]


def folder(version: str) -> Path:
    if version == DEFAULT:
        return DEFAULT_ARTIFACTS
    if not version or "/" in version or version.startswith("."):
        raise VersionProblem(f"not a version name: {version!r}")
    return versions_dir() / version


def active_artifacts() -> Path | None:
    """The promoted model's folder, or None when nothing was promoted (the default in data/model)."""
    v = active_version()
    if v == DEFAULT:
        return None
    f = folder(v)
    return f if (f / "model.json").is_file() else None


class VersionProblem(RuntimeError):
    """A version that does not exist, a refused promotion, nothing to roll back to: the message says which."""


@dataclass
class Version:
    name: str
    path: Path
    active: bool
    created: str
    figures: dict | None


def read_figures(path: Path) -> dict | None:
    try:
        return json.loads((Path(path) / "figures.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def list_versions() -> list[Version]:
    active = active_version()
    out = [Version(DEFAULT, DEFAULT_ARTIFACTS, active == DEFAULT, "", read_figures(DEFAULT_ARTIFACTS))]
    if versions_dir().is_dir():
        for p in sorted(versions_dir().iterdir()):
            if (p / "model.json").is_file():
                created = datetime.fromtimestamp((p / "model.json").stat().st_mtime, UTC).strftime("%Y-%m-%d %H:%M")
                out.append(Version(p.name, p, p.name == active, created, read_figures(p)))
    return out


def new_version_dir(stamp: datetime | None = None) -> Path:
    """A fresh folder for a model being trained: models/versions/YYYYMMDD-HHMMSS."""
    name = (stamp or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    p = versions_dir() / name
    n = 1
    while p.exists():
        n += 1
        p = versions_dir() / f"{name}-{n}"
    p.mkdir(parents=True)
    return p


@dataclass
class GateResult:
    ok: bool
    reasons: list[str] = field(default_factory=list)


def compare(candidate: dict | None, active: dict | None) -> GateResult:
    """The promote gate (module docstring). Figures missing on either side: refused (nothing to compare)."""
    if not candidate or not candidate.get("cv"):
        return GateResult(False, ["the candidate has no figures.json with CV figures"])
    if not active or not active.get("cv"):
        return GateResult(False, ["the active model has no figures to compare with (figures.json)"])
    reasons = []
    for lang in sorted(set(candidate["cv"]) & set(active["cv"])):
        c, a = candidate["cv"][lang], active["cv"][lang]
        if c.get("recall") is not None and a.get("recall") is not None:
            noise = max(MIN_NOISE, float(c.get("recall_noise") or 0), float(a.get("recall_noise") or 0))
            if c["recall"] < a["recall"] - noise:
                reasons.append(f"{lang}: recall {c['recall']:.3f} < active {a['recall']:.3f} - noise {noise:.3f}")
        if c.get("fp_rate") is not None and a.get("fp_rate") is not None:
            noise = max(MIN_NOISE, float(c.get("fp_noise") or 0), float(a.get("fp_noise") or 0))
            if c["fp_rate"] > a["fp_rate"] + noise:
                reasons.append(f"{lang}: legit FP rate {c['fp_rate']:.4f} > active {a['fp_rate']:.4f} + noise "
                               f"{noise:.4f}")
    new_fp = sorted(set(candidate.get("lookalikes_flagged") or []) - set(active.get("lookalikes_flagged") or []))
    if "lookalikes_flagged" in active and "lookalikes_flagged" not in candidate:
        reasons.append("legit look-alikes: not measured")
    elif new_fp:
        reasons.append(f"flags {len(new_fp)} legit look-alike(s) the active model does not: {', '.join(new_fp)}")
    for name, a in sorted((active.get("adversarial") or {}).items()):
        c = (candidate.get("adversarial") or {}).get(name)
        if c is None:
            reasons.append(f"adversarial {name}: not measured")
        elif c < a - ADVERSARIAL_MARGIN:
            reasons.append(f"adversarial {name}: recall {c:.3f} < active {a:.3f} - {ADVERSARIAL_MARGIN}")
    return GateResult(not reasons, reasons)


def promote(version: str, force: bool = False) -> GateResult:
    """Make VERSION the active model if it passes the gate against the active one (`force`: skip the gate, an
    operator's decision, recorded in the history)."""
    target = folder(version)
    if not (target / "model.json").is_file():
        raise VersionProblem(f"no model version {version!r} in {versions_dir()}")
    state = _state()
    if version == state["active"]:
        raise VersionProblem(f"{version} is already the active model")
    result = compare(read_figures(target), read_figures(folder(state["active"])))
    if not result.ok and not force:
        return result
    state["history"].append(state["active"])
    state["active"] = version
    _save_state({**state, "promoted": datetime.now(UTC).isoformat(timespec="seconds"),
                 "forced": bool(force and not result.ok)})
    return GateResult(True, result.reasons)


def rollback() -> str:
    """Make the previous active model active again; returns its name."""
    state = _state()
    while state["history"]:
        prev = state["history"].pop()
        if prev == DEFAULT or (folder(prev) / "model.json").is_file():
            _save_state({"active": prev, "history": state["history"],
                         "rolled_back_from": state["active"],
                         "promoted": datetime.now(UTC).isoformat(timespec="seconds")})
            return prev
    raise VersionProblem("nothing to roll back to: no model was promoted before the active one")


def save_version(src: Path, dest: Path) -> Path:
    """Copy a trained model's files into a version folder."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in ARTIFACT_FILES:
        if (Path(src) / name).is_file():
            shutil.copy2(Path(src) / name, dest / name)
    return dest


LOOKALIKES = PROJECT_ROOT / "data" / "robustness" / "legit_lookalikes.jsonl"


def lookalikes_flagged(checker, path: Path = LOOKALIKES) -> list[str]:
    """The ids of the legit look-alikes (licensed work abroad, warnings quoting lures...) a checker flags
    (suspicious or higher): the regression set of the gate."""
    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    verdicts = checker.check_many([r["text"] for r in rows])
    return sorted(r["id"] for r, v in zip(rows, verdicts) if v.level != "low_risk")


def add_regression(version_dir: Path, checker) -> dict:
    """Measure the regression set with the version's own checker and add it to its figures.json."""
    figs = read_figures(version_dir) or {}
    figs["lookalikes_flagged"] = lookalikes_flagged(checker)
    (Path(version_dir) / "figures.json").write_text(json.dumps(figs, indent=1) + "\n", encoding="utf-8")
    return figs
