"""Shared, short-lived state (rate limits, burst windows, texts kept for "report this ad", Telegram's send budget):
in process memory by default, in Redis when LURECHECK_REDIS_URL is set, behind one interface (state.SharedState)."""
