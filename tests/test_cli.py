"""The command line: analyze (JSON and summary), stdin, saved briefings, errors, --version."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import desktop
from desktop.__main__ import main
from desktop.cli import format_summary
from desktop.domain import (
    Article,
    Briefing,
    Figure,
    Organisation,
    Person,
    Phase,
    Quote,
    Takeaway,
)
from desktop.domain.serialization import save_briefing
from desktop.extraction import analyze_text

REPO = Path(__file__).resolve().parent.parent
SEED = "resources/articles/ashok-leyland-calb-2025-09-25.txt"
CONTRACT_KEYS = {"schema", "article", "people", "organisations", "quotes", "figures", "phases"}


def run(*args: str, stdin: bytes | None = None, env: dict | None = None):
    """python -m desktop ARGS in a fresh process, from the repository root."""
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=REPO,
        input=stdin,
        capture_output=True,
        timeout=60,
        env={**os.environ, **(env or {})},
    )


def _found(data: dict) -> dict:
    """What the engine found, without the article metadata (which names the source)."""
    return {key: data[key] for key in data if key not in ("schema", "article")}


def test_analyze_json_in_a_real_process(seed_text):
    # LC_ALL=C: the output must be UTF-8 whatever the locale says.
    done = run("analyze", SEED, "--json", env={"LC_ALL": "C", "PYTHONIOENCODING": ""})
    assert (done.returncode, done.stderr) == (0, b"")
    text = done.stdout.decode("utf-8")
    data = json.loads(text)
    assert CONTRACT_KEYS <= data.keys()
    assert data["schema"] == "briefing/2"
    assert {"title", "author", "published", "source"} <= data["article"].keys()
    assert _found(data) == _found(json.loads(json.dumps(analyze_text(seed_text).to_dict())))
    # indent=1 and ensure_ascii=False: readable UTF-8, never \u escapes.
    assert text.startswith('{\n "schema": "briefing/2",\n "article": {\n  "title": ')
    assert "\\u" not in text


def test_analyze_json_matches_the_engine(capsys, seed_text):
    assert main(["analyze", str(REPO / SEED), "--json"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert _found(json.loads(out)) == _found(
        json.loads(json.dumps(analyze_text(seed_text).to_dict()))
    )


def test_analyze_from_stdin():
    seed = (REPO / SEED).read_bytes()
    done = run("analyze", "-", "--json", stdin=seed)
    assert (done.returncode, done.stderr) == (0, b"")
    from_file = json.loads(run("analyze", SEED, "--json").stdout)
    assert _found(json.loads(done.stdout)) == _found(from_file)


def test_summary_layout():
    article = Article(
        text="Acme Ltd. will invest ₹50 billion over seven to 10 years, CEO Zoë Okafor said.",
        title="Acme bets on batteries",
        author="Jane Roe",
        published="2025-09-25",
        source="Example News",
    )
    briefing = Briefing(
        article=article,
        people=[
            Person(name="Zoë Okafor", role="Chief Executive Officer", organisation="Acme Ltd."),
            Person(name="Sam Poe"),
        ],
        organisations=[Organisation(name="Acme Ltd.", aliases=["Acme"], kind="company")],
        quotes=[
            Quote(text="We start small", speaker="Zoë Okafor", kind="direct"),
            Quote(text="the plan will take years", speaker=None, kind="reported"),
        ],
        figures=[
            Figure(text="₹50 billion", kind="money", value=50e9, unit="INR"),
            Figure(text="seven to 10 years", kind="duration", value=7, value_max=10, unit="year"),
            Figure(text="2.5%", kind="percent", value=2.5),
            Figure(text="first", kind="rank"),
            Figure(text="by 2035", kind="year", value=2035),
        ],
        phases=[Phase(title="Import cells", horizon="now", actions=["buy from CALB", "learn"])],
        takeaways=[Takeaway(text="Acme commits ₹50 billion.")],
    )
    assert format_summary(briefing) == (
        "Acme bets on batteries\n"
        "Example News · Jane Roe · 25 September 2025\n"
        "15 words\n"
        "\n"
        "People (2)\n"
        "  Zoë Okafor — Chief Executive Officer, Acme Ltd.\n"
        "  Sam Poe\n"
        "\n"
        "Organisations (1)\n"
        "  Acme Ltd. [company] (also: Acme)\n"
        "\n"
        "Quotes (2)\n"
        "  Zoë Okafor (direct): “We start small”\n"
        "  Unknown speaker (reported): the plan will take years\n"
        "\n"
        "Figures (5)\n"
        "  ₹50 billion        money     50,000,000,000 INR\n"
        "  seven to 10 years  duration  7–10 years\n"
        "  2.5%               percent   2.5\n"
        "  first              rank      —\n"
        "  by 2035            year      2035\n"
        "\n"
        "Phases (1)\n"
        "  1. Import cells (now)\n"
        "     - buy from CALB\n"
        "     - learn\n"
        "\n"
        "Takeaways (1)\n"
        "  - Acme commits ₹50 billion.\n"
        "\n"
        "What to watch: none found\n"
    )


def test_summary_names_the_source_of_a_quote_without_a_speaker():
    briefing = Briefing(
        Article(text="Costs will fall, officials said."),
        quotes=[Quote(text="Costs will fall", kind="reported", source="officials")],
    )
    assert "  officials (reported): Costs will fall" in format_summary(briefing)


def test_summary_wraps_long_quotes():
    words = "word " * 60
    briefing = Briefing(Article(text=words), quotes=[Quote(text=words.strip(), speaker="Ann Lee")])
    lines = format_summary(briefing).splitlines()
    quote = lines[lines.index("Quotes (1)") + 1 : lines.index("Figures: none found") - 1]
    assert all(len(line) <= 100 for line in quote)
    assert quote[0].startswith("  Ann Lee (direct): “word word")
    assert all(line.startswith("    word") for line in quote[1:])
    assert " ".join(line.strip() for line in quote).count("word") == 60


def test_summary_of_the_seed(capsys, seed_text):
    assert main(["analyze", str(REPO / SEED)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    briefing = analyze_text(seed_text)
    assert "677 words" in out.splitlines()[:5]
    for name in [p.name for p in briefing.people] + [o.name for o in briefing.organisations]:
        assert f"  {name}" in out
    headings = [
        line.split(" (")[0].split(":")[0] for line in out.splitlines() if line[:1].isupper()
    ]
    assert headings[-8:] == [
        "People",
        "Organisations",
        "Quotes",
        "Figures",
        "Phases",
        "Relationships",
        "Takeaways",
        "What to watch",
    ]
    lines = out.splitlines()
    assert briefing.bottom_line.split()[0] in lines[lines.index("Bottom line") + 1]
    assert "  - Within two to three years: supply to other automakers" in lines


def test_saved_briefing_is_loaded_not_analysed(tmp_path, capsys, seed_text):
    briefing = analyze_text(seed_text)
    briefing.article.title = "Edited title"
    path = tmp_path / "seed.briefing.json"
    save_briefing(briefing, path)
    assert main(["analyze", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["article"]["title"] == "Edited title"
    assert "text" not in data["article"]


def _fails(capsys, *args: str) -> str:
    assert main(list(args)) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("briefing-desk: ") and err.endswith("\n") and err.count("\n") == 1
    assert "Traceback" not in err
    return err


def test_missing_file(capsys, tmp_path):
    err = _fails(capsys, "analyze", str(tmp_path / "missing.txt"))
    assert "missing.txt" in err


def test_empty_file(capsys, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert "empty" in _fails(capsys, "analyze", str(path)).lower()


def test_binary_file(capsys, tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    _fails(capsys, "analyze", str(path))


def test_folder(capsys, tmp_path):
    _fails(capsys, "analyze", str(tmp_path))


def test_damaged_briefing_file(capsys, tmp_path):
    path = tmp_path / "x.briefing.json"
    path.write_text('{"schema": "briefing/1", "article": {"te')
    assert _fails(capsys, "analyze", str(path)) == (
        "briefing-desk: x.briefing.json is truncated: the file ends early.\n"
    )


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02\xff\xfe" * 100], ids=["empty", "binary"])
def test_errors_in_a_real_process_have_no_traceback(tmp_path, content):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    done = run("analyze", str(path))
    assert done.returncode == 2
    assert done.stdout == b""
    err = done.stderr.decode()
    assert err.startswith("briefing-desk: ") and err.count("\n") == 1 and "Traceback" not in err


def test_version(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out == f"Briefing Desk {desktop.__version__}\n"


def test_version_in_a_real_process():
    done = run("--version")
    assert (done.returncode, done.stdout, done.stderr) == (0, b"Briefing Desk 0.1.0\n", b"")


def test_unknown_single_argument(capsys):
    assert _fails(capsys, "no-such-thing") == (
        "briefing-desk: no such file or command: no-such-thing (commands: analyze, export)\n"
    )


def test_window_launched_with_a_file(monkeypatch):
    launched = []
    monkeypatch.setattr("desktop.__main__.launch_window", lambda src: launched.append(src) or 0)
    assert main([str(REPO / SEED)]) == 0
    assert main([]) == 0
    assert main(["https://example.com/news"]) == 0
    assert launched == [str(REPO / SEED), None, "https://example.com/news"]


def test_screenshots_option_reaches_the_window(monkeypatch, capsys):
    launched = []
    monkeypatch.setattr(
        "desktop.__main__.launch_window",
        lambda src, screenshots=None: launched.append((src, screenshots)) or 0,
    )
    assert main(["--screenshots", "shots"]) == 0
    assert main(["--screenshots", "shots", str(REPO / SEED)]) == 0
    assert main([str(REPO / SEED), "--screenshots=shots"]) == 0
    assert launched == [(None, "shots"), (str(REPO / SEED), "shots"), (str(REPO / SEED), "shots")]
    assert "no such file: nowhere.txt" in _fails(capsys, "--screenshots", "shots", "nowhere.txt")


def test_window_unavailable(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "desktop.app", None)  # import fails as if not built
    err = _fails(capsys)
    assert "desktop window is not available" in err
    assert "python -m desktop analyze FILE" in err


def test_the_window_gets_the_path(monkeypatch):
    class FakeApp:
        @staticmethod
        def run(source):
            return 7 if source == "a.briefing.json" else 1

    monkeypatch.setitem(sys.modules, "desktop.app", FakeApp)
    monkeypatch.setattr("os.path.exists", lambda p: p == "a.briefing.json")
    assert main(["a.briefing.json"]) == 7


def test_export_command_writes_a_word_briefing(tmp_path):
    import subprocess
    import sys

    from docx import Document

    out = tmp_path / "seed.docx"
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "export", str(SEED), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    headings = [p.text for p in Document(str(out)).paragraphs if p.style.name == "Heading 1"]
    assert headings[:3] == ["Key takeaways", "What to watch", "Strategy roadmap"]


def test_export_of_a_missing_file_fails_with_one_line(tmp_path):
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "desktop", "export", str(tmp_path / "nope.txt")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert "nope.txt" in done.stderr


def test_window_without_a_display_is_one_line_not_an_abort():
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, "-m", "desktop"], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 2
    assert done.stderr.startswith("briefing-desk: there is no display")
    assert len(done.stderr.splitlines()) == 1
