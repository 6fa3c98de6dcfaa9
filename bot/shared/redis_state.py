"""The shared state in Redis (LURECHECK_REDIS_URL): what two replicas may race on is decided in one Lua script, with
Redis's own clock, so every replica counts and times alike."""
from __future__ import annotations

import uuid

import redis.asyncio as aioredis

from bot.shared.state import (
    SEND_GROUP,
    SEND_GROUP_WINDOW,
    SEND_OVERALL,
    SEND_PRIVATE_WINDOW,
    Decision,
    SharedState,
)

_NOW = "local t = redis.call('TIME'); local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)\n"

# KEYS: events (sorted set), warned; ARGV: window ms, limit, unique member. 0 OK, 1 WARN, 2 QUIET.
HIT = _NOW + """
local win = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - win)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], win)
  return 0
end
if redis.call('SET', KEYS[2], '1', 'NX', 'PX', win) then return 1 end
return 2
"""

# KEYS: overall, chat (or the overall key again); ARGV: overall limit, chat limit, chat window ms, member.
# 0 when a slot was taken, else the milliseconds to wait (nothing taken).
SEND = _NOW + """
local function wait(key, limit, win)
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - win)
  if redis.call('ZCARD', key) < limit then return 0 end
  local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
  return tonumber(oldest[2]) + win - now
end
local w = wait(KEYS[1], tonumber(ARGV[1]), 1000)
if KEYS[2] ~= KEYS[1] then w = math.max(w, wait(KEYS[2], tonumber(ARGV[2]), tonumber(ARGV[3]))) end
if w > 0 then return w end
redis.call('ZADD', KEYS[1], now, ARGV[4]); redis.call('PEXPIRE', KEYS[1], 1000)
if KEYS[2] ~= KEYS[1] then
  redis.call('ZADD', KEYS[2], now, ARGV[4]); redis.call('PEXPIRE', KEYS[2], tonumber(ARGV[3]))
end
return 0
"""

# KEYS: items (list), first, last; ARGV: item, ttl ms. The number of items now.
BURST_ADD = _NOW + """
local n = redis.call('RPUSH', KEYS[1], ARGV[1])
redis.call('SET', KEYS[2], now, 'NX', 'PX', ARGV[2])
redis.call('SET', KEYS[3], now, 'PX', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[2]); redis.call('PEXPIRE', KEYS[2], ARGV[2])
return n
"""

# KEYS: items, first, last; ARGV: quiet ms, max wait ms, max items. {-1}: none; {ms}: wait; {0, items...}: taken.
BURST_TAKE = _NOW + """
local n = redis.call('LLEN', KEYS[1])
if n == 0 then return {-1} end
local first = tonumber(redis.call('GET', KEYS[2]) or now)
local last = tonumber(redis.call('GET', KEYS[3]) or now)
local due = math.min(last + tonumber(ARGV[1]), first + tonumber(ARGV[2]))
if n < tonumber(ARGV[3]) and now < due then return {due - now} end
local items = redis.call('LRANGE', KEYS[1], 0, -1)
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3])
table.insert(items, 1, 0)
return items
"""


class RedisState(SharedState):
    shared = True

    def __init__(self, url: str, prefix: str = "lurecheck:"):
        self.url = url
        self.prefix = prefix
        self.redis = aioredis.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=3)
        self._hit = self.redis.register_script(HIT)
        self._send = self.redis.register_script(SEND)
        self._burst_add = self.redis.register_script(BURST_ADD)
        self._burst_take = self.redis.register_script(BURST_TAKE)

    def key(self, name: str) -> str:
        return self.prefix + name

    async def hit(self, key: str, limit: int, window: float) -> Decision:
        code = await self._hit(keys=[self.key(f"rate:{key}"), self.key(f"warned:{key}")],
                               args=[int(window * 1000), limit, uuid.uuid4().hex])
        return (Decision.OK, Decision.WARN, Decision.QUIET)[int(code)]

    async def put(self, key: str, value: bytes, ttl: float) -> None:
        await self.redis.set(self.key(key), value, px=max(1, int(ttl * 1000)))

    async def get(self, key: str) -> bytes | None:
        return await self.redis.get(self.key(key))

    async def claim(self, key: str, ttl: float) -> bool:
        return bool(await self.redis.set(self.key(key), b"1", nx=True, px=max(1, int(ttl * 1000))))

    async def send_slot(self, chat_id: int | None) -> float:
        overall = self.key("send:all")
        if chat_id is None:
            keys, limit, window = [overall, overall], SEND_OVERALL, 1.0
        elif chat_id > 0:
            keys, limit, window = [overall, self.key(f"send:{chat_id}")], 1, SEND_PRIVATE_WINDOW
        else:
            keys, limit, window = [overall, self.key(f"send:{chat_id}")], SEND_GROUP, SEND_GROUP_WINDOW
        wait = await self._send(keys=keys, args=[SEND_OVERALL, limit, int(window * 1000), uuid.uuid4().hex])
        return int(wait) / 1000

    def _burst_keys(self, chat_id: int | str) -> list[str]:
        return [self.key(f"burst:{chat_id}:{part}") for part in ("items", "first", "last")]

    async def burst_add(self, chat_id: int | str, item: bytes, ttl: float) -> int:
        return int(await self._burst_add(keys=self._burst_keys(chat_id), args=[item, max(1, int(ttl * 1000))]))

    async def burst_take(self, chat_id: int | str, quiet: float, max_wait: float,
                         max_items: int) -> list[bytes] | float | None:
        got = await self._burst_take(keys=self._burst_keys(chat_id),
                                     args=[int(quiet * 1000), int(max_wait * 1000), max_items])
        code = int(got[0])
        if code < 0:
            return None
        if code > 0:
            return code / 1000
        return list(got[1:])

    async def ping(self) -> bool:
        try:
            return bool(await self.redis.ping())
        except Exception:  # noqa: BLE001 - down, refused, timed out: reported by /healthz
            return False

    async def close(self) -> None:
        await self.redis.aclose()
