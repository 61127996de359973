"""The built site, read as files: both languages with the right lang/dir, absolute hreflang
alternates, a sitemap, a bilingual 404, a bilingual search index, and nothing a reader's
browser would have to fetch from another host."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ElementTree
from html.parser import HTMLParser
from pathlib import Path

import pytest
from site_build import SiteBuild

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SITE_URL = "https://example.github.io/nk-russia-explainer/"
ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
EXTERNAL = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)
FETCHING_LINK_RELS = {"stylesheet", "icon", "preload", "modulepreload", "prefetch", "manifest", "preconnect"}
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)""")
CSS_IMPORT = re.compile(r"""@import\s+(?:url\()?\s*['"]?([^'")\s;]+)""")


@pytest.fixture(scope="module")
def site(built_site: Path) -> Path:
    return built_site


@pytest.fixture(scope="module")
def base(site_build: SiteBuild) -> str:
    """The SITE_URL the site was built for (the local server's, not mkdocs.yml's default)."""
    assert site_build.url != DEFAULT_SITE_URL
    return site_build.url


class _PageScan(HTMLParser):
    """Collects the <html> attributes, hreflang links and every URL the browser would fetch."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.html_attrs: dict[str, str | None] = {}
        self.hreflang: dict[str, str] = {}
        self.fetched: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "html":
            self.html_attrs = dict(attrs)
        if tag == "link":
            rels = set(values.get("rel", "").lower().split())
            if "alternate" in rels and "hreflang" in values:
                self.hreflang[values["hreflang"]] = values.get("href", "")
            if rels & FETCHING_LINK_RELS:
                self.fetched.append(values.get("href", ""))
        if tag in {"script", "img", "iframe", "video", "audio", "source", "embed", "track", "input"}:
            self.fetched.append(values.get("src", ""))
        if tag in {"img", "source"} and values.get("srcset"):
            self.fetched.extend(part.split()[0] for part in values["srcset"].split(",") if part.strip())
        if tag == "object":
            self.fetched.append(values.get("data", ""))
        if tag == "video":
            self.fetched.append(values.get("poster", ""))
        if "style" in values:
            self.fetched.extend(CSS_URL.findall(values["style"]))


def _scan(path: Path) -> _PageScan:
    scan = _PageScan()
    scan.feed(path.read_text(encoding="utf-8"))
    return scan


def _pages(site: Path) -> list[Path]:
    return sorted(path for path in site.rglob("*.html") if path.name != "404.html")


def test_both_languages_are_built_with_the_right_lang_and_dir(site: Path) -> None:
    pages = _pages(site)
    english = [page for page in pages if page.relative_to(site).parts[0] == "en"]
    arabic = [page for page in pages if page not in english]
    assert (site / "index.html") in arabic and (site / "en" / "index.html") in english
    assert len(english) == len(arabic), "every page should exist in both languages"
    for page in arabic:
        attrs = _scan(page).html_attrs
        assert (attrs.get("lang"), attrs.get("dir")) == ("ar", "rtl"), page
    for page in english:
        attrs = _scan(page).html_attrs
        assert (attrs.get("lang"), attrs.get("dir")) == ("en", "ltr"), page


def test_every_page_links_its_language_versions_with_absolute_urls(site: Path, base: str) -> None:
    for page in _pages(site):
        alternates = _scan(page).hreflang
        assert set(alternates) == {"ar", "en", "x-default"}, page
        assert all(url.startswith(base) for url in alternates.values()), (page, alternates)
        assert alternates["en"].startswith(base + "en/")
        assert not alternates["ar"].startswith(base + "en/")
        assert alternates["x-default"] == alternates["ar"]
    timeline = _scan(site / "en" / "explainer" / "timeline" / "index.html").hreflang
    assert timeline["ar"] == base + "explainer/timeline/"
    assert timeline["en"] == base + "en/explainer/timeline/"


def test_sitemap_lists_both_languages_with_absolute_alternates(site: Path, base: str) -> None:
    tree = ElementTree.parse(site / "sitemap.xml").getroot()
    sitemap_ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    xhtml_ns = "{http://www.w3.org/1999/xhtml}"
    locations = [loc.text or "" for loc in tree.iter(f"{sitemap_ns}loc")]
    assert base in locations and base + "en/" in locations
    assert all(location.startswith(base) for location in locations)
    for url in tree.iter(f"{sitemap_ns}url"):
        languages = {link.get("hreflang") for link in url.iter(f"{xhtml_ns}link")}
        assert languages == {"ar", "en"}
        assert all((link.get("href") or "").startswith(base) for link in url.iter(f"{xhtml_ns}link"))


def test_404_page_has_an_arabic_and_an_english_block(site: Path) -> None:
    text = (site / "404.html").read_text(encoding="utf-8")
    arabic = re.search(r'<section[^>]*lang="ar"[^>]*dir="rtl"[^>]*>(.*?)</section>', text, re.S)
    english = re.search(r'<section[^>]*lang="en"[^>]*dir="ltr"[^>]*>(.*?)</section>', text, re.S)
    assert arabic and ARABIC_LETTER.search(arabic.group(1))
    assert english and "not found" in english.group(1).lower()


def test_404_language_switcher_leads_to_the_language_home_pages(site: Path, base: str) -> None:
    text = (site / "404.html").read_text(encoding="utf-8")
    switcher = dict(
        (lang, href)
        for href, lang in re.findall(
            r'<a href="([^"]+)" hreflang="([a-z-]+)"[^>]*class="md-select__link"', text
        )
    )
    assert switcher == {"ar": base, "en": base + "en/"}
    assert _scan(site / "404.html").hreflang == {}, "404 must not claim another page's alternates"


def test_search_index_per_language_arabic_at_root_and_english_under_en(site: Path) -> None:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    english_index = json.loads((site / "en" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert {"ar", "en"} <= set(index["config"]["lang"])
    arabic = [doc for doc in index["docs"] if doc["text"]]
    english = [doc for doc in english_index["docs"] if doc["text"]]
    assert english and arabic
    assert not [doc for doc in index["docs"] if doc["location"].startswith("en/")]
    assert all(doc["location"].startswith("en/") for doc in english_index["docs"])
    assert all(ARABIC_LETTER.search(doc["title"] + doc["text"]) for doc in arabic)
    # English titles are English; a bare year ("2024", a timeline heading) has no language
    english_titles_with_latin = [
        doc for doc in english if re.search(r"[A-Za-z]{3}", doc["title"]) or doc["title"].isdigit()
    ]
    assert len(english_titles_with_latin) == len(english)
    separator = re.compile(index["config"]["separator"])
    assert separator.split("روسيا، كوريا؛ الصين؟") == ["روسيا", "كوريا", "الصين", ""]
    assert separator.split("روسيا،كوريا") == ["روسيا", "كوريا"], "Arabic comma must separate words"


def test_no_page_makes_the_browser_fetch_from_another_host(site: Path) -> None:
    offenders = {}
    for page in site.rglob("*.html"):
        external = [url for url in _scan(page).fetched if EXTERNAL.match(url)]
        if external:
            offenders[str(page.relative_to(site))] = external
    assert offenders == {}


def test_no_stylesheet_imports_or_loads_from_another_host(site: Path) -> None:
    stylesheets = list(site.rglob("*.css"))
    assert any(path.name == "site.css" for path in stylesheets)
    for stylesheet in stylesheets:
        css = stylesheet.read_text(encoding="utf-8")
        external = [url for url in CSS_URL.findall(css) + CSS_IMPORT.findall(css) if EXTERNAL.match(url)]
        assert external == [], stylesheet


def test_site_scripts_reference_no_other_host(site: Path) -> None:
    # third-party bundles (Material, Plotly) are covered by the browser test that records requests
    own_scripts = list((site / "assets" / "js").glob("*.js"))
    assert own_scripts
    for script in own_scripts:
        assert not re.search(r"\b(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}", script.read_text(encoding="utf-8")), (
            script
        )


def test_fonts_are_self_hosted_and_declared(site: Path) -> None:
    css = (site / "assets" / "css" / "site.css").read_text(encoding="utf-8")
    font_urls = re.findall(r'url\("([^"]+\.woff2)"\)', css)
    assert len(font_urls) == 1  # one Arabic face, one weight (Latin uses the system font)
    for url in font_urls:
        assert (site / "assets" / "css" / url).resolve().is_file(), url
    assert "font-display: optional" in css and "unicode-range" in css and "--md-text-font" in css
    assert "fonts.googleapis" not in (site / "index.html").read_text(encoding="utf-8")
