"""Document properties (title, author, keywords ...) and the template leftovers they replace."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn

from desktop.account import account_name
from desktop.export.xml_text import one_line

APPLICATION = "Briefing Desk"
STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
MAX_KEYWORDS = 12
MAX_PROPERTY = 255  # characters; python-docx (and Word's dialog) refuse longer core properties


def author_name(analyst: str | None) -> str:
    """The analyst's name when given, else the computer account's person, else "" (nobody)."""
    return one_line(analyst) or one_line(account_name())


def _fit(text: str, limit: int = MAX_PROPERTY) -> str:
    """One line, cut at a word with an ellipsis when longer than limit."""
    text = one_line(text)
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _keywords(names: list[str], limit: int = MAX_PROPERTY) -> str:
    """The names joined by "; ", as many whole ones as fit in limit characters."""
    kept: list[str] = []
    for name in names[:MAX_KEYWORDS]:
        name = one_line(name)
        if name and len("; ".join([*kept, name])) <= limit:
            kept.append(name)
    return "; ".join(kept)


def set_properties(
    document,
    *,
    title: str,
    subject: str,
    author: str,
    keywords: list[str],
    created: dt.datetime,
    classification: str | None,
    comments: str,
) -> None:
    """Fill every core property, so none of the template's ("python-docx") is left.

    Args:
        document: the python-docx Document.
        title: the briefing's headline.
        subject: what the briefing is about (the article it comes from).
        author: who prepared it; "" when there is no person to name (the app is not one).
        keywords: the organisations, most important first.
        created: when it was prepared (naive datetimes are taken as UTC).
        classification: a label such as "Internal", stored as the content status.
        comments: one line on how the document was made.
    """
    if created.tzinfo is not None:
        created = created.astimezone(dt.UTC).replace(tzinfo=None)
    props = document.core_properties
    props.title = _fit(title)
    props.subject = _fit(subject)
    # The author is a person: the app is named in app.xml, never as the author.
    props.author = _fit(author)
    props.last_modified_by = _fit(author)
    props.keywords = _keywords(keywords)
    props.comments = _fit(comments)
    props.category = "Briefing"
    props.content_status = _fit(classification or "")
    props.created = created
    props.modified = created
    props.revision = 1
    props.identifier = ""
    props.language = "en"
    props.version = ""
    _replace_template_parts(document)


def _app_xml() -> bytes:
    """docProps/app.xml naming this app (the template's says "Microsoft Macintosh Word")."""
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'docPropsVTypes"><Application>{escape(APPLICATION)}</Application>'
        "<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
        "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged></Properties>"
    ).encode()


def _replace_template_parts(document) -> None:
    """Swap the template's app.xml for ours; drop its thumbnail, bibliography and stale styles.

    The thumbnail pictures a blank page, stylesWithEffects.xml is a Word 2010 copy of the
    styles that no longer matches them (a schema check flags the difference), and the
    customXml part is an empty bibliography list.
    """
    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype in (RT.THUMBNAIL, RT.EXTENDED_PROPERTIES):
            del package.rels[rel_id]
    app = Part(PackURI("/docProps/app.xml"), CT.OFC_EXTENDED_PROPERTIES, _app_xml(), package)
    package.relate_to(app, RT.EXTENDED_PROPERTIES)
    for rel_id, rel in list(document.part.rels.items()):
        if rel.reltype in (STYLES_WITH_EFFECTS, RT.CUSTOM_XML):
            del document.part.rels[rel_id]
    settings = document.settings.element
    for stale in settings.findall(qn("w:savePreviewPicture")):
        settings.remove(stale)
