"""The seed briefing exported once for every export test that only reads the result."""

import datetime as dt

import pytest

PREPARED_ON = dt.date(2025, 9, 26)
ANALYST = "Jane Analyst"


@pytest.fixture(scope="session")
def seed_briefing(seed_text):
    from desktop.extraction import analyze_text

    return analyze_text(seed_text)


@pytest.fixture(scope="session")
def seed_docx(seed_briefing, tmp_path_factory):
    """The seed briefing as a .docx on A4, marked Internal, prepared by Jane Analyst."""
    from desktop.export import export_docx

    path = tmp_path_factory.mktemp("export") / "seed-briefing.docx"
    export_docx(
        seed_briefing,
        path,
        analyst=ANALYST,
        classification="Internal",
        prepared_on=PREPARED_ON,
    )
    return path


@pytest.fixture(scope="session")
def seed_document(seed_docx):
    import docx

    return docx.Document(str(seed_docx))
