"""`lurecheck serve` replicas as real processes (for tests/integration/test_replicas.py and benchmarks/replicas.py).

With `hold` (a folder), the replica runs through this module instead: every pasted ad it starts to handle writes a
file named after the update_id into that folder and then waits a minute, long enough to be killed mid-update."""
from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
from pathlib import Path

import httpx

from tests.fakes.fake_bot_api import listening_socket

ROOT = Path(__file__).resolve().parents[2]


HOLD_ENV = "LURECHECK_TEST_HOLD_DIR"


def spawn_serve(env: dict[str, str], data_dir: Path, hold: Path | None = None) -> tuple[subprocess.Popen, str]:
    """One `lurecheck serve` on a free port, its stderr in data_dir/stderr; (the process, its base URL)."""
    sock = listening_socket()
    port = sock.getsockname()[1]
    sock.close()
    module = "bot.cli"
    if hold is not None:
        module, env = "tests.fakes.replica_process", {**env, HOLD_ENV: str(hold)}
    proc = subprocess.Popen([sys.executable, "-m", module, "serve", "--port", str(port)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=open(data_dir / "stderr", "w"))  # noqa: SIM115
    return proc, f"http://127.0.0.1:{port}"


async def wait_healthy(procs: list[subprocess.Popen], urls: list[str], dirs: list[Path], tries: int = 1200) -> None:
    """Until each answers /healthz with 200; a process that exits raises with the end of its stderr."""
    async with httpx.AsyncClient() as client:
        for url, proc, d in zip(urls, procs, dirs):
            for _ in range(tries):
                if proc.poll() is not None:
                    raise RuntimeError((d / "stderr").read_text()[-3000:])
                with contextlib.suppress(httpx.HTTPError):
                    if (await client.get(f"{url}/healthz")).status_code == 200:
                        break
                await asyncio.sleep(0.05)


def main() -> int:
    """`lurecheck serve` whose pasted-ad handler marks the update in $LURECHECK_TEST_HOLD_DIR and then hangs."""
    from bot.cli.commands import main as cli_main
    from bot.telegram import offers

    hold = Path(os.environ[HOLD_ENV])

    async def held(update, _context) -> None:
        (hold / str(update.update_id)).touch()
        await asyncio.sleep(60)

    offers.on_offer = held  # registered by name when the Application is built
    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
