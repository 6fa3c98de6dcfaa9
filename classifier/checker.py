"""The pipeline: normalize -> language -> entities -> signals -> (model) -> Verdict."""
from __future__ import annotations

import hashlib
from typing import Protocol

from classifier import entities, langid, scoring, signals
from classifier.normalize import MAX_CHARS, fold, normalize
from classifier.types import Entities, Signal, Verdict


class LureModel(Protocol):
    """What the checker needs of a trained model: calibrated lure probabilities for a batch of texts."""

    def predict_proba(self, texts: list[str]) -> list[float]: ...


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    controls = sum(1 for ch in text[:4000] if ord(ch) < 32 and ch not in "\n\r\t")
    bad = text[:4000].count("\ufffd")
    return (controls + bad) > max(8, len(text[:4000]) * 0.1)


class Checker:
    def __init__(self, model: LureModel | None = None, thresholds: scoring.Thresholds = scoring.DEFAULT_THRESHOLDS,
                 rule_boost: float = 0.5):
        self.model = model
        self.thresholds = thresholds
        self.rule_boost = rule_boost

    def check(self, text: str | bytes) -> Verdict:
        return self.check_many([text])[0]

    def check_many(self, texts: list[str | bytes]) -> list[Verdict]:
        """Check a batch: the rules run per text, the model (if any) once over the batch."""
        partial = [self._rules(t) for t in texts]
        if self.model is not None:
            todo = [i for i, v in enumerate(partial) if v.problem is None]
            probs = self.model.predict_proba([partial[i].normalized for i in todo]) if todo else []
            for i, p in zip(todo, probs, strict=False):
                partial[i] = self._with_model(partial[i], float(p))
        return partial

    def _with_model(self, v: Verdict, prob: float) -> Verdict:
        score = scoring.combine(v.rule_score, prob, self.rule_boost)
        sigs = list(v.signals)
        if prob >= self.thresholds.suspicious and not sigs:
            sigs.append(Signal("MODEL_SIMILAR", round(prob, 3), "", (0, 0)))
        is_job = v.is_job_offer or prob >= self.thresholds.high_risk
        return Verdict(
            level=scoring.level_for(score, is_job, self.thresholds), score=score, lang=v.lang, signals=tuple(sigs),
            entities=v.entities, is_job_offer=is_job, normalized=v.normalized, text_hash=v.text_hash,
            truncated=v.truncated, rule_score=v.rule_score, model_score=round(prob, 4), problem=v.problem,
        )

    def _rules(self, raw: str | bytes) -> Verdict:
        if isinstance(raw, bytes):
            text = raw.decode("utf-8", errors="replace")
        elif isinstance(raw, str):
            text = raw
        else:
            text = str(raw)
        if _looks_binary(text):
            return _problem("binary", text)
        truncated = len(text) > MAX_CHARS
        norm = normalize(text)
        if not any(ch.isalnum() for ch in norm):
            return _problem("empty", norm)
        folded = fold(norm)
        lang = langid.detect(norm)
        ents = entities.extract(norm, lang, folded)
        sigs = signals.find_signals(norm, folded, lang, ents)
        warn = signals.warning_context(folded)
        rscore = scoring.rule_score(sigs, warn)
        is_job = signals.is_job_offer(folded, sigs)
        return Verdict(
            level=scoring.level_for(rscore, is_job, self.thresholds), score=rscore, lang=lang, signals=tuple(sigs),
            entities=ents, is_job_offer=is_job, normalized=norm, text_hash=text_hash(norm), truncated=truncated,
            rule_score=rscore, extras={"warning_words": warn},
        )


def text_hash(normalized: str) -> str:
    """Key for caches and storage: the same ad, however disguised, hashes the same."""
    return hashlib.sha256(fold(normalized).encode("utf-8")).hexdigest()


def _problem(kind: str, text: str) -> Verdict:
    return Verdict(level="low_risk", score=0.0, lang="und", signals=(), entities=Entities(), is_job_offer=False,
                   normalized="" if kind == "binary" else text, problem=kind)
