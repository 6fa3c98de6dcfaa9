"""The pipeline: normalize -> language -> entities -> signals -> (model) -> Verdict."""
from __future__ import annotations

import dataclasses
import hashlib
import threading
from collections import OrderedDict
from typing import Protocol

from classifier import entities, langid, scoring, signals
from classifier.normalize import MAX_CHARS, fold, leet_views, normalize
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
                 rule_boost: float = 0.5, cache_size: int = 20_000):
        self.model = model
        self.thresholds = thresholds
        self.rule_boost = rule_boost
        # The same ad forwarded by many users: answered from here, keyed by the normalized text's hash.
        self.cache: OrderedDict[str, Verdict] = OrderedDict()
        self.cache_size = cache_size
        self.cache_hits = 0
        self._cache_lock = threading.Lock()

    def check(self, text: str | bytes) -> Verdict:
        return self.check_many([text])[0]

    def check_many(self, texts: list[str | bytes]) -> list[Verdict]:
        """Check a batch: the rules run per text, the model (if any) once over the batch; repeats come from the cache."""
        out: list[Verdict | None] = [None] * len(texts)
        fresh: list[tuple[int, Verdict]] = []
        for i, t in enumerate(texts):
            # Normalized once: for the cache key and, on a miss, for the rules.
            norm = normalize(t) if self.cache_size and isinstance(t, str) and len(t) <= MAX_CHARS else None
            cached = self._cached(text_hash(norm)) if norm is not None else None
            if cached is not None:
                out[i] = cached
            else:
                fresh.append((i, self._rules(t, norm)))
        if self.model is not None:
            todo = [(i, v) for i, v in fresh if v.problem is None]
            # the model reads leetspeak de-leeted ("3asy w0rk" as "easy work"), like the rules
            probs = self.model.predict_proba([v.extras.get("model_text") or v.normalized for _, v in todo]) if todo else []
            done = {i: self._with_model(v, float(p)) for (i, v), p in zip(todo, probs, strict=False)}
            fresh = [(i, done.get(i, v)) for i, v in fresh]
        for i, v in fresh:
            out[i] = v
            if v.problem is None and self.cache_size:
                self._remember(v)
        return out  # type: ignore[return-value]

    def _cached(self, key: str) -> Verdict | None:
        with self._cache_lock:
            v = self.cache.get(key)
            if v is not None:
                self.cache.move_to_end(key)
                self.cache_hits += 1
            return v

    def _remember(self, v: Verdict) -> None:
        with self._cache_lock:
            self.cache[v.text_hash] = v
            self.cache.move_to_end(v.text_hash)
            while len(self.cache) > self.cache_size:
                self.cache.popitem(last=False)

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

    def _rules(self, raw: str | bytes, norm: str | None = None) -> Verdict:
        if isinstance(raw, bytes):
            text = raw.decode("utf-8", errors="replace")
        elif isinstance(raw, str):
            text = raw
        else:
            text = str(raw)
        if _looks_binary(text):
            return _problem("binary", text)
        truncated = len(text) > MAX_CHARS
        norm = normalize(text) if norm is None else norm
        if not any(ch.isalnum() for ch in norm):
            return _problem("empty", norm)
        folded = fold(norm)
        lang = langid.detect(norm)
        ents = entities.extract(norm, lang, folded)
        views = leet_views(folded)  # "3asy w0rk in C4mb0dia": read as letters too (usually none)
        if views:
            ents = _with_leet_entities(ents, norm, views)
        sigs = signals.find_signals(norm, folded, lang, ents, views)
        warn = max(signals.warning_context(view) for view in (folded, *views))
        rscore = scoring.rule_score(sigs, warn, signals.legit_markers(folded, sigs))
        is_job = signals.is_job_offer(folded, sigs) or any(signals.looks_like_job(view) for view in views)
        return Verdict(
            level=scoring.level_for(rscore, is_job, self.thresholds), score=rscore, lang=lang, signals=tuple(sigs),
            entities=ents, is_job_offer=is_job, normalized=norm, text_hash=text_hash(norm), truncated=truncated,
            rule_score=rscore, extras={"warning_words": warn, **({"model_text": _unleet(norm, folded, views, sigs)}
                                                                 if views else {})},
        )


def _unleet(norm: str, folded: str, views: list[str], sigs: list[Signal]) -> str:
    """The normalized text with its leetspeak read as letters (case and accents elsewhere kept), for the model: the
    reading ("1" as "i" or as "l") in which the rules found their flags, else the first."""
    def hits(view: str) -> int:
        return sum(view[s.span[0]:s.span[1]] != folded[s.span[0]:s.span[1]] for s in sigs)

    view = max(views, key=hits)
    return "".join(v if v != f else n for n, f, v in zip(norm, folded, view, strict=True))


def _with_leet_entities(ents: Entities, norm: str, views: list[str]) -> Entities:
    """Places and chat apps written in leetspeak ("C4mb0dia", "7e1egram"), added to those found as written."""
    places, channels = list(ents.places), list(ents.channels)
    for view in views:
        places += [p for p in entities.find_places(norm, view) if p.span not in {q.span for q in places}]
        channels += [c for c in entities.find_channels(norm, view) if c.span not in {d.span for d in channels}]
    return dataclasses.replace(ents, places=tuple(sorted(places, key=lambda p: p.span)),
                               channels=tuple(sorted(channels, key=lambda c: c.span)))


def text_hash(normalized: str) -> str:
    """Key for caches and storage: the same ad, however disguised, hashes the same."""
    return hashlib.sha256(fold(normalized).encode("utf-8")).hexdigest()


def _problem(kind: str, text: str) -> Verdict:
    return Verdict(level="low_risk", score=0.0, lang="und", signals=(), entities=Entities(), is_job_offer=False,
                   normalized="" if kind == "binary" else text, problem=kind)
