"""Entry point: parse the command line, then run a headless command or open the window."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

import desktop
from desktop.cli import EXIT_USAGE, PROGRAM, CommandError
from desktop.platform_setup import configure_matplotlib_cache

COMMANDS = ("analyze", "export")


def _prog() -> str:
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    # Under `python -m desktop` argv[0] is the path of this file.
    return "python -m desktop" if not name or name.endswith(".py") else name


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_prog(),
        usage="%(prog)s [-h] [--version] [--screenshots DIR] [--selftest] [FILE | COMMAND ...]",
        description="Turns a business news article into an executive briefing. "
        "Without a command, opens the desktop window (on FILE, if given).",
    )
    parser.add_argument(
        "--version", action="version", version=f"Briefing Desk {desktop.__version__}"
    )
    parser.add_argument(
        "--screenshots",
        metavar="DIR",
        help="open the window offscreen on FILE (the seed article by default), save every "
        "tab to DIR/<tab>.png at 1280x800, print their paths and exit",
    )
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="open the window offscreen on the seed article, render every tab, export the "
        "briefing to a temporary .docx and re-open it, print what was done and exit "
        "(0 when all worked)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    analyze = commands.add_parser(
        "analyze",
        help="analyse an article and print the briefing",
        description="Analyse an article and print the briefing. ARTICLE is a text or HTML "
        "file, - for standard input, an http(s) URL, or a saved .briefing.json.",
    )
    analyze.add_argument("article", metavar="ARTICLE")
    analyze.add_argument(
        "--json", action="store_true", help="print the briefing as JSON (see eval/CONTRACT.md)"
    )
    export = commands.add_parser(
        "export",
        help="write the Word briefing of an article, a saved briefing, or a folder of them",
        description="Write the Word briefing of ARTICLE (a file, an http(s) URL or a saved "
        ".briefing.json). Given a folder, exports every article in it, one file each; a "
        "failure on one article does not stop the rest.",
    )
    export.add_argument("article", metavar="ARTICLE_OR_BRIEFING")
    export.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="the .docx to write (for a folder: the folder to write into); "
        "default: NAME-briefing.docx beside the source",
    )
    export.add_argument(
        "--pdf", action="store_true", help="also write a PDF, through LibreOffice (soffice)"
    )
    return parser


def _use_utf8_output() -> None:
    """Print UTF-8 whatever the locale, so names like “Zoë” and “₹” never crash a pipe."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                if stream is sys.stdout:
                    reconfigure(encoding="utf-8")
                else:
                    reconfigure(errors="backslashreplace")
            except (ValueError, OSError):  # a stream that has already been written in binary
                pass


def _fail(message: str) -> int:
    print(f"{PROGRAM}: {message}", file=sys.stderr)
    return EXIT_USAGE


def _looks_like_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def launch_window(
    source: str | None, screenshots: str | None = None, selftest: bool = False
) -> int:
    """Open the desktop window, on source if given; one line on stderr if Qt is unavailable.

    With screenshots (a folder), render every tab there offscreen and exit instead; with
    selftest, check the window and the Word export offscreen and exit.
    """
    if not screenshots and not selftest:
        # Without a display Qt aborts the process; say so in one line instead.
        from desktop.display_check import HEADLESS_HINT, qt_platform

        if qt_platform(dict(os.environ)) is None:
            return _fail(
                f"there is no display (DISPLAY and WAYLAND_DISPLAY are unset); {HEADLESS_HINT}"
            )
    try:
        app = importlib.import_module("desktop.app")
    except ImportError as error:
        return _fail(
            f"the desktop window is not available ({error}); "
            f"use `python -m desktop analyze FILE` to analyse an article without it."
        )
    if screenshots:
        return app.run(source, screenshots=screenshots)
    if selftest:
        return app.run(source, selftest=True)
    return app.run(source)


def _screenshots_command(args: list[str]) -> int:
    """`--screenshots DIR [ARTICLE]`: its own small parser, as ARTICLE is not a COMMAND."""
    parser = argparse.ArgumentParser(
        prog=_prog(), usage="%(prog)s --screenshots DIR [ARTICLE]", description=None
    )
    parser.add_argument("--screenshots", metavar="DIR", required=True)
    parser.add_argument("article", metavar="ARTICLE", nargs="?")
    options = parser.parse_args(args)
    source = options.article
    if source is not None and not (_looks_like_url(source) or os.path.exists(source)):
        return _fail(f"no such file: {source}")
    return launch_window(source, screenshots=options.screenshots)


def main(argv: list[str] | None = None) -> int:
    """Run Briefing Desk on argv (sys.argv[1:] by default); returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    _use_utf8_output()
    # Frozen: a lasting matplotlib cache folder, before anything imports matplotlib.
    configure_matplotlib_cache()
    if not args:
        return launch_window(None)
    if len(args) == 1 and args[0] not in COMMANDS and not args[0].startswith("-"):
        source = args[0]
        if _looks_like_url(source) or os.path.exists(source):
            return launch_window(source)
        return _fail(f"no such file or command: {source} (commands: {', '.join(COMMANDS)})")

    if args[0] not in COMMANDS and any(
        arg == "--screenshots" or arg.startswith("--screenshots=") for arg in args
    ):
        return _screenshots_command(args)
    options = build_parser().parse_args(args)
    if options.selftest:
        if options.command is not None:
            return _fail("--selftest takes no command")
        return launch_window(None, selftest=True)
    if options.command is None:
        return launch_window(None)
    try:
        if options.command == "analyze":
            from desktop.cli import analyze

            return analyze(options.article, options.json)
        if options.command == "export":
            from desktop.export.command import run_export

            return run_export(options.article, options.output, options.pdf)
    except CommandError as error:
        return _fail(str(error))
    except BrokenPipeError:
        # The reader went away (`... | head`); that is not an error worth a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130
    except MemoryError:
        return _fail("out of memory: the input is too large for this computer.")
    except Exception as error:  # noqa: BLE001 - a bug must still be one line, not a traceback
        return _fail(
            f"could not finish {options.command} ({type(error).__name__}: "
            f"{' '.join(str(error).split())[:200]}); please report this."
        )
    return _fail(f"unknown command: {options.command}")


if __name__ == "__main__":
    sys.exit(main())
