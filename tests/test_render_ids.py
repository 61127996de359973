"""Editors can find a fact from the page: each fact shows its id (a copy button is added by
fact-id.js), anchors are the ids, and facts an author cited by url: link to that address,
labelled with its host, never into the site."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from html_probe import probe
from render_fixtures import PUTIN, build_editorial, build_facts, markdown_to_html

from generator.models import Provenance, Quote
from generator.render import render_site_files

ROOT = Path(__file__).resolve().parents[1]


def rendered() -> dict[str, str]:
    base = build_facts()
    cited = Provenance("https://www.example.org/statement", 0, 27, "We will publish the treaty text.")
    quote = Quote("q-0123456789ab", PUTIN, "indirect", "We will publish the treaty text.", None, (cited,))
    facts = dataclasses.replace(base, quotes=(*base.quotes, quote))
    pages, _, _ = render_site_files(facts, build_editorial(), ROOT / "docs" / "editorial")
    return pages


PAGES = rendered()


def test_every_fact_shows_its_id_on_its_page() -> None:
    for page, ids in {
        "statements": ("q-putin-mutual", "q-0123456789ab"),
        "troops": ("t-us-oct",),
        "timeline": ("e-signing",),
        "treaty": ("tp-art4",),
    }.items():
        for lang, name in (("ar", f"explainer/{page}.md"), ("en", f"explainer/{page}.en.md")):
            html = markdown_to_html(PAGES[name])
            shown = {s.attrs["data-fact-id"] for s in probe(html).find("span") if "data-fact-id" in s.attrs}
            assert set(ids) <= shown, (page, lang)
            assert "fact-id.js" in html and 'data-copy="' in html


def test_a_url_citation_links_out_labelled_with_its_host() -> None:
    html = markdown_to_html(PAGES["explainer/statements.en.md"])
    external = [a for a in probe(html).find("a") if "source-external" in a.attrs.get("class", "")]
    assert len(external) == 1
    link = external[0]
    assert link.attrs["href"] == "https://www.example.org/statement" and link.text == "example.org"
    assert "nofollow" in link.attrs["rel"]
    assert not re.search(r'href="[^"]*sources/https', html)
