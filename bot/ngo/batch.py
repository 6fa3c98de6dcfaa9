"""A file of ads checked in one go, for a face that has no chat (the web dashboard): the same steps, the same
functions and the same storage as the bot's NGO file handler (bot/telegram/ngo.py): the sender's right
(`require_reviewer`), the format and size limits of bot/ngo/files.py, the classifier in chunks (`checker.check_many`,
then the registry's raise, `registry.annotate_many`), the annotated file (`files.write`), and the job offers stored
as the sender's checks, RECORD_CHUNK a transaction (`store.record_checks`: their text kept, their contacts counted).

The checker is passed in (bot/checking is a sibling of bot/ngo): the face gives the process's checker.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from bot.access import Actor, require_reviewer
from bot.answer.i18n import translator
from bot.ngo import files, registry

log = logging.getLogger(__name__)
CHUNK = 250  # ads per pass of the classifier (as bot/telegram/ngo.py)
RECORD_CHUNK = 200  # checks stored per transaction (as bot/telegram/ngo.py)
Progress = Callable[[int, int], None]  # (ads checked, ads in the file)


@dataclass(frozen=True)
class Checked:
    data: bytes  # the file with the added columns (files.ADDED), in the format it came in
    name: str  # its file name (files.output_name)
    mime: str
    ads: int
    counts: dict[str, int]  # files.summary_counts
    stored: int  # job offers stored as the sender's checks


def accept(store, actor: Actor, filename: str | None, size: int, mime: str | None = None) -> str:
    """Before reading a byte: the sender's right, the format (by name, else MIME type) and the size limit. The
    format; NotAllowed or files.FileProblem otherwise."""
    require_reviewer(store, actor)
    fmt = files.format_of(filename, mime)
    if size > files.MAX_BYTES:
        raise files.too_large(size)
    return fmt


def _annotated(store, verdicts: list) -> list:
    try:
        return registry.annotate_many(store, verdicts)
    except Exception as e:  # the database does not answer: the checker's own verdicts (as the bot does)
        log.warning("registry lookup skipped: the database did not answer (%s)", type(e).__name__)
        return verdicts


def check_file(store, actor: Actor, data: bytes, filename: str | None, lang: str, checker,
               mime: str | None = None, progress: Progress | None = None) -> Checked:
    """Read, check, annotate and store a file of ads sent by `actor` (NGO staff or an admin). files.FileProblem for
    a file that cannot be checked at all (nothing stored); NotAllowed for anyone else."""
    fmt = accept(store, actor, filename, len(data), mime)
    name = filename or f"ads.{fmt}"
    sheet = files.read(data, name, mime, fmt)
    texts = [r.text for r in sheet.rows if r.text is not None]
    verdicts: list = []
    if progress:
        progress(0, len(texts))
    for i in range(0, len(texts), CHUNK):
        verdicts += _annotated(store, checker.check_many(texts[i : i + CHUNK]))
        if progress:
            progress(len(verdicts), len(texts))
    results = files.results_for(sheet, verdicts, lang)
    out = files.write(sheet, results, translator(lang))
    items = [(v, t, name) for v, t in zip(verdicts, texts, strict=True)
             if v is not None and v.problem is None and v.is_job_offer]
    require_reviewer(store, actor)  # still allowed when the work is done (a role revoked meanwhile stores nothing)
    for i in range(0, len(items), RECORD_CHUNK):
        part = items[i : i + RECORD_CHUNK]
        store.record_checks(int(actor), part, chunk=max(1, len(part)))
    return Checked(out, files.output_name(name, fmt), files.MIME_TYPES[fmt], sheet.ads,
                   files.summary_counts(results), len(items))
