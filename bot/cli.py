"""The `lurecheck` command line: check, classify, chat, run, content."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bot.config import UI_LANGS, Settings


def _cmd_check(args) -> int:
    from bot.replies import to_plain
    from bot.service import check_offer

    text = sys.stdin.read() if args.text in (None, "-") else args.text
    result = check_offer(text, ui_lang=args.lang_ui)
    if args.json:
        v = result.verdict.to_dict()
        v.pop("normalized", None)
        v["reply_language"] = result.lang
        v["hotlines"] = [h.id for h in result.advice.hotlines] if result.advice else []
        print(json.dumps(v, ensure_ascii=False, indent=2))
    else:
        print("\n\n".join(to_plain(m) for m in result.messages))
    return 0


def _count_lines(path: Path) -> int | None:
    try:
        with path.open("rb") as f:
            return sum(1 for line in f if line.strip())
    except OSError:
        return None


def _cmd_classify(args) -> int:
    import classifier
    from bot.batch import classify_stream

    src_path, dst_path = Path(args.input), Path(args.output)
    if not src_path.is_file():
        print(f"lurecheck classify: input file not found: {src_path}", file=sys.stderr)
        return 2
    tmp = dst_path.with_name(dst_path.name + ".partial")
    with src_path.open(encoding="utf-8", errors="replace") as src, tmp.open("w", encoding="utf-8") as dst:
        counts = classify_stream(src, dst, classifier.default_checker(), total=_count_lines(src_path),
                                 progress=not args.quiet)
    tmp.replace(dst_path)  # a finished file or none: never a half-written output
    print(f"{counts['lines']} lines written to {dst_path}, {counts['errors']} with an error field", file=sys.stderr)
    return 0


def _cmd_chat(args) -> int:
    from bot.chat import run_chat

    return run_chat(lang=args.lang_ui)


def _cmd_run(args) -> int:
    settings = Settings.from_env()
    if settings.telegram_token:
        try:
            from bot.telegram_app import run_polling  # the Telegram bot, when installed
        except ImportError:
            print("TELEGRAM_BOT_TOKEN is set, but this version has no Telegram bot yet: starting the console chat.",
                  file=sys.stderr)
        else:
            return run_polling(settings)
    from bot.chat import run_chat

    return run_chat()


def _cmd_content(args) -> int:
    from bot.content import ContentError, load_content

    directory = Path(args.dir) if args.dir else Settings.from_env().content_dir
    try:
        content = load_content(directory)
    except ContentError as e:
        for p in e.problems:
            print(p, file=sys.stderr)
        print(f"{len(e.problems)} problem(s) in {directory}", file=sys.stderr)
        return 1
    print(f"{directory}: {len(content.hotlines)} hotlines and {len(content.warnings)} warnings, all valid")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="lurecheck", description="Check job offers for the signs of scam recruitment.")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    c = sub.add_parser("check", help="check one job offer and print the verdict as a user reads it")
    c.add_argument("text", nargs="?", help="the ad's text; '-' or nothing reads standard input")
    c.add_argument("--lang-ui", choices=UI_LANGS, help="language of the reply (default: the ad's language, else English)")
    c.add_argument("--json", action="store_true", help="print the verdict as JSON instead")
    c.set_defaults(func=_cmd_check)

    c = sub.add_parser("classify", help="classify a JSONL file of ads (one {'text': ...} object a line)")
    c.add_argument("--input", required=True, help="input JSONL; other fields of each line are kept")
    c.add_argument("--output", required=True, help="output JSONL: adds lang, level, score, reasons, is_job_offer")
    c.add_argument("--quiet", action="store_true", help="no progress bar")
    c.set_defaults(func=_cmd_classify)

    c = sub.add_parser("chat", help="offline console conversation with the bot's replies")
    c.add_argument("--lang-ui", choices=UI_LANGS, help="skip the language question")
    c.set_defaults(func=_cmd_chat)

    c = sub.add_parser("run", help="the main job: the Telegram bot with TELEGRAM_BOT_TOKEN, else the console chat")
    c.set_defaults(func=_cmd_run)

    c = sub.add_parser("content", help="warning and hotline content")
    csub = c.add_subparsers(dest="action", required=True, metavar="ACTION")
    v = csub.add_parser("validate", help="check warnings/ and name the file, line and field of every problem")
    v.add_argument("--dir", help="content directory (default: the project's warnings/)")
    v.set_defaults(func=_cmd_content)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
