"""The pipeline: normalize -> language -> entities -> signals -> (model) -> Verdict."""
from __future__ import annotations

import dataclasses
import hashlib
import math
import re
import threading
import unicodedata
from collections import OrderedDict
from typing import Protocol

from classifier import entities, langid, scoring, signals
from classifier.memory import LureMemory
from classifier.normalize import _DIGITS as _DIGITS_TABLE
from classifier.normalize import MAX_CHARS, fold, leet_views, normalize
from classifier.types import Entities, Signal, Verdict


class LureModel(Protocol):
    """What the checker needs of a trained model: calibrated lure probabilities for a batch of texts.

    A model may also offer `predict_with_embeddings(texts, ngram_logits=None) -> (probs, embeddings)` and an `ngram`
    partner (classifier.model.ngram.NgramModel): then the n-gram pass is shared with the cascade and the lure memory
    (Verdict.embedding is the text's memory vector), with no second pass of either model."""

    def predict_proba(self, texts: list[str]) -> list[float]: ...


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    controls = sum(1 for ch in text[:4000] if ord(ch) < 32 and ch not in "\n\r\t")
    bad = text[:4000].count("\ufffd")
    return (controls + bad) > max(8, len(text[:4000]) * 0.1)


class Checker:
    def __init__(self, model: LureModel | None = None, thresholds: scoring.Thresholds = scoring.DEFAULT_THRESHOLDS,
                 rule_boost: float = 0.5, cache_size: int = 20_000, memory: LureMemory | None = None):
        self.model = model
        self.memory = memory
        self.memory_config: dict | None = None  # set by the model loaders: threshold and centre for LureMemory
        self.want_vectors = False  # compute lure-memory vectors without memory settings (choosing the threshold)
        # set by the model loaders from model.json "cascade" (classifier/training/cascade.py): {"low", "high"}; None
        # runs the full model on every text
        self.cascade: dict | None = None
        self.cascade_stats = {"settled_rules": 0, "settled_low": 0, "settled_high": 0, "transformer": 0}
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
            vecs, ngram_all = self._memory_vectors(todo)
            memory = self.memory
            matches = (memory.nearest_many(vecs, langs=[v.lang for _, v in todo])
                       if memory is not None and len(memory) and vecs is not None
                       else [[] for _ in todo])
            found = {i: (m, None if vecs is None else vecs[k]) for k, ((i, _), m) in enumerate(zip(todo, matches))}
            settled: dict[int, Verdict] = {}
            ngram_z: list[float] | None = ngram_all
            if self.cascade is not None and todo:
                # a text that matches a confirmed lure is never settled by the cheap stages: it gets its model score
                settled, todo, ngram_z = self._settle(todo, ngram_all, {i for i, (m, _) in found.items() if m})
            # the model reads leetspeak de-leeted ("3asy w0rk" as "easy work"), like the rules, and with its accents,
            # as it was trained: folding its input cost 3 of 22 real Vietnamese lures on dev (19 -> 16 flagged,
            # measured 2026-12-03); accents are the rules' business (they read the folded text)
            texts_in = [v.extras.get("model_text") or v.normalized for _, v in todo]
            if not todo:
                probs: list[float] = []
            elif hasattr(self.model, "predict_with_embeddings"):
                probs, _ = (self.model.predict_with_embeddings(texts_in) if ngram_z is None
                            else self.model.predict_with_embeddings(texts_in, ngram_logits=ngram_z))
            else:
                probs = self.model.predict_proba(texts_in)
            done = {i: self._with_model(v, float(p), found[i][1], found[i][0])
                    for (i, v), p in zip(todo, probs, strict=True)}
            settled = {i: _with_vector(v, found[i][1]) for i, v in settled.items()}
            done.update(settled)
            fresh = [(i, done.get(i, v)) for i, v in fresh]
        for i, v in fresh:
            out[i] = v
            if v.problem is None and self.cache_size:
                self._remember(v)
        return out  # type: ignore[return-value]

    def _memory_vectors(self, todo: list[tuple[int, Verdict]]):
        """The lure-memory vectors of the texts (n-gram sketches, classifier/memory.py) and their n-gram logits, from
        one n-gram pass; (None, None) when the memory is off (no settings, no n-gram partner) and no one asked."""
        ngram = getattr(self.model, "ngram", None)
        if not todo or ngram is None or not (self.memory_config or self.want_vectors):
            return None, None
        texts = [fold(v.extras.get("model_text") or v.normalized) for _, v in todo]
        dim = int((self.memory_config or {}).get("dim") or 512)
        z, vecs = ngram.logits_and_sketches(texts, dim)
        return vecs, z

    def _settle(self, todo: list[tuple[int, Verdict]], ngram_all: list[float] | None = None,
                keep: set[int] = frozenset()):
        """The cascade's cheap stages: (settled {index: Verdict}, the rest for the transformer, their n-gram logits or
        None). A text the rules do not take for a job offer is low_risk whatever the model says; a job offer whose
        cheap score (the n-gram logit in the transformer's place) is below cascade["low"] is low_risk, at or above
        cascade["high"] high_risk. `ngram_all`: the n-gram logits of `todo` when already computed; `keep`: indexes
        that go to the transformer whatever their cheap score (they match a confirmed lure)."""
        ngram = getattr(self.model, "ngram", None)
        info = getattr(self.model, "info", None)
        low, high = float(self.cascade["low"]), float(self.cascade["high"])
        known_z = dict(zip((i for i, _ in todo), ngram_all)) if ngram_all is not None else {}
        settled: dict[int, Verdict] = {}
        jobs: list[tuple[int, Verdict]] = []
        for i, v in todo:
            if not v.is_job_offer and i not in keep:
                settled[i] = self._settled(v, None, "rules")
            else:
                jobs.append((i, v))
        if ngram is None or info is None or not jobs:
            rest = [(i, v) for i, v in todo if i not in settled]
            self.cascade_stats["settled_rules"] += len(settled)
            self.cascade_stats["transformer"] += len(rest)
            return settled, rest, None
        z = ([known_z[i] for i, _ in jobs] if known_z
             else ngram.logits([fold(v.extras.get("model_text") or v.normalized) for _, v in jobs]))
        rest, rest_z = [], []
        for (i, v), zi in zip(jobs, z, strict=True):
            p = _sigmoid(info.calib_a * zi + info.calib_b)
            cheap = scoring.combine(v.rule_score, p, self.rule_boost)
            if i in keep:
                rest.append((i, v))
                rest_z.append(zi)
            elif v.is_job_offer and cheap >= high:
                settled[i] = self._settled(v, cheap, "high", p)
            elif v.is_job_offer and cheap < low:
                settled[i] = self._settled(v, cheap, "low", p)
            else:
                rest.append((i, v))
                rest_z.append(zi)
        st = self.cascade_stats
        st["settled_rules"] += sum(1 for x in settled.values() if x.extras.get("cascade") == "rules")
        st["settled_low"] += sum(1 for x in settled.values() if x.extras.get("cascade") == "low")
        st["settled_high"] += sum(1 for x in settled.values() if x.extras.get("cascade") == "high")
        st["transformer"] += len(rest)
        return settled, rest, rest_z

    def _settled(self, v: Verdict, cheap: float | None, how: str, prob: float | None = None) -> Verdict:
        """A verdict settled by the cheap stages, at the level the full model gives such a text (on the data the
        thresholds were chosen on): not a job offer or `low` -> low_risk; `high` -> high_risk."""
        sigs = list(v.signals)
        extras = {k: x for k, x in v.extras.items() if k != "model_text"}
        extras["cascade"] = how
        score = v.rule_score
        if how == "low":
            score = min(cheap, self.thresholds.suspicious - 1e-4) if cheap is not None else score
        elif how == "high":
            score = max(cheap, self.thresholds.high_risk)
            if not sigs:
                sigs.append(Signal("MODEL_SIMILAR", round(prob or 0.0, 3), "", (0, 0)))
        return Verdict(
            level=scoring.level_for(score, v.is_job_offer, self.thresholds), score=round(score, 4), lang=v.lang,
            signals=tuple(sigs), entities=v.entities, is_job_offer=v.is_job_offer, normalized=v.normalized,
            text_hash=v.text_hash, truncated=v.truncated, rule_score=v.rule_score,
            model_score=None if prob is None else round(prob, 4), problem=v.problem, extras=extras,
        )

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

    def set_memory(self, memory: LureMemory | None) -> None:
        """Swap the lure-memory snapshot (bot/ reloads it when its version counter moves); cached verdicts go."""
        self.memory = memory
        with self._cache_lock:
            self.cache.clear()

    def _with_model(self, v: Verdict, prob: float, embedding=None, matches=()) -> Verdict:
        sigs = list(v.signals)
        extras = {k: x for k, x in v.extras.items() if k != "model_text"}
        if embedding is not None:
            extras["embedding"] = embedding
        # The model alone never raises a text that is not a job offer (a text to mum, a family reminder): the
        # rules decide what is a job offer; a close match with a confirmed lure does too.
        is_job = v.is_job_offer or bool(matches)
        score = scoring.combine(v.rule_score, prob, self.rule_boost) if is_job else v.rule_score
        if matches:
            best = matches[0]
            sigs.insert(0, Signal("KNOWN_LURE", 0.9, "", (0, 0), detail=best.date))
            extras["known_lure"] = {"id": best.id, "similarity": best.similarity, "date": best.date}
            score = max(score, self.thresholds.high_risk)
        elif is_job and prob >= self.thresholds.suspicious and not sigs:
            sigs.append(Signal("MODEL_SIMILAR", round(prob, 3), "", (0, 0)))
        return Verdict(
            level=scoring.level_for(score, is_job, self.thresholds), score=round(score, 4), lang=v.lang,
            signals=tuple(sigs), entities=v.entities, is_job_offer=is_job, normalized=v.normalized,
            text_hash=v.text_hash, truncated=v.truncated, rule_score=v.rule_score, model_score=round(prob, 4),
            problem=v.problem, extras=extras,
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
        if _OTHER_DIGITS.search(text):  # "២០ ដុល្លារ" is quoted as written, not as "20 ដុល្លារ"
            sigs = [dataclasses.replace(s, evidence=original_quote(text, s.evidence)) for s in sigs]
            ents = _entities_quoted(ents, text)
        warn = max(signals.warning_context(view) for view in (folded, *views))
        rscore = scoring.rule_score(sigs, warn, signals.legit_markers(folded, sigs))
        is_job = signals.is_job_offer(folded, sigs, norm) or any(signals.looks_like_job(view) for view in views)
        return Verdict(
            level=scoring.level_for(rscore, is_job, self.thresholds), score=rscore, lang=lang, signals=tuple(sigs),
            entities=ents, is_job_offer=is_job, normalized=norm, text_hash=text_hash(norm), truncated=truncated,
            rule_score=rscore, extras={"warning_words": warn, **({"model_text": _unleet(norm, folded, views, sigs)}
                                                                 if views else {})},
        )


def _with_vector(v: Verdict, vec) -> Verdict:
    """A settled verdict with its lure-memory vector (what bot/ stores when the text is confirmed as a lure)."""
    if vec is None:
        return v
    return dataclasses.replace(v, extras={**v.extras, "embedding": vec})


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
    seen_places, seen_channels = {q.span for q in places}, {d.span for d in channels}  # once: a megabyte of ads
    for view in views:
        for p in entities.find_places(norm, view):
            if p.span not in seen_places:
                places.append(p)
                seen_places.add(p.span)
        for c in entities.find_channels(norm, view):
            if c.span not in seen_channels:
                channels.append(c)
                seen_channels.add(c.span)
    return dataclasses.replace(ents, places=tuple(sorted(places, key=lambda p: p.span)),
                               channels=tuple(sorted(channels, key=lambda c: c.span)))


# Digits of other scripts (Khmer, Thai, full-width...) that normalize() turns into ASCII digits.
_DIGIT_ALTS: dict[str, str] = {}
for _cp, _d in _DIGITS_TABLE.items():
    _DIGIT_ALTS[_d] = _DIGIT_ALTS.get(_d, _d) + chr(_cp)
_OTHER_DIGITS = re.compile("[" + "".join(re.escape(chr(cp)) for cp in _DIGITS_TABLE) + "]")


def original_quote(raw: str, quote: str) -> str:
    """The words of the ad as the user wrote them for a quote taken from the normalized text: the same characters,
    with the digits of the original script ("២០" stays "២០"). The quote itself when it cannot be found."""
    if not quote or not any(ch.isdigit() for ch in quote):
        return quote
    parts = []
    for ch in quote:
        if ch in _DIGIT_ALTS:
            parts.append("[" + re.escape(_DIGIT_ALTS[ch]) + "]")
        elif ch.isspace():
            parts.append(r"\s+")
        else:
            parts.append(re.escape(ch))
    m = re.search("".join(parts), unicodedata.normalize("NFC", raw))
    return m.group(0) if m else quote


def _entities_quoted(ents: Entities, raw: str) -> Entities:
    def fix(items):
        return tuple(dataclasses.replace(x, text=original_quote(raw, x.text)) for x in items)

    return Entities(money=fix(ents.money), places=ents.places, channels=ents.channels, contacts=fix(ents.contacts))


def text_hash(normalized: str) -> str:
    """Key for caches and storage: the same ad, however disguised, hashes the same."""
    return hashlib.sha256(fold(normalized).encode("utf-8")).hexdigest()


def _problem(kind: str, text: str) -> Verdict:
    return Verdict(level="low_risk", score=0.0, lang="und", signals=(), entities=Entities(), is_job_offer=False,
                   normalized="" if kind == "binary" else text, problem=kind)
