"""Prometheus metrics (`/metrics` of `lurecheck serve`), with prometheus-client's default registry: one per process,
so each replica and worker is scraped on its own."""
from __future__ import annotations

from prometheus_client import CONTENT_TYPE_LATEST, Counter, Gauge, Histogram, generate_latest

UPDATES = Counter("lurecheck_updates_total", "Telegram updates received")
CHECKS = Counter("lurecheck_checks_total", "Ads checked, by verdict level", ["level"])
CHECK_SECONDS = Histogram("lurecheck_check_seconds", "Time to check one text (classifier and registry)",
                          buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))
OCR_SECONDS = Histogram("lurecheck_ocr_seconds", "Time to read and check an image or album",
                        buckets=(0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60))
TELEGRAM_ERRORS = Counter("lurecheck_telegram_errors_total", "Bot API requests that failed", ["kind"])
VERDICT_CACHE = Counter("lurecheck_verdict_cache_total", "Shared verdict cache look-ups, by result", ["result"])
JOBS = Counter("lurecheck_jobs_total", "Queue jobs answered by this worker", ["kind"])
QUEUE_DEPTH = Gauge("lurecheck_queue_depth", "Jobs waiting in the queue (read at scrape time)")
OUTBOX_DEPTH = Gauge("lurecheck_outbox_depth", "Check records waiting in the outbox for the database")


def exposition() -> tuple[bytes, str]:
    return generate_latest(), CONTENT_TYPE_LATEST
