"""The main text of an HTML page, by trafilatura (made for news pages, German included)."""

from __future__ import annotations

import trafilatura


def main_text(html: str) -> str | None:
    """The article body as plain text, one paragraph a line; None when the page has none."""
    text = trafilatura.extract(
        html, include_comments=False, include_tables=False, favor_precision=True, deduplicate=True
    )
    return text.strip() if text and text.strip() else None
