"""The one escaping filter: source text stays literal through Markdown and HTML."""

from __future__ import annotations

import pytest
from html_probe import probe
from markupsafe import Markup
from render_fixtures import markdown_to_html

from generator.render.escape import css_id, format_inert, inert, plain_title, safe_url

HOSTILE_STRINGS = [
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "{{ 7*7 }} and {% include 'mkdocs.yml' %}",
    "# not a heading | not | a table",
    "`code` ![img](x.png) <img src=x onerror=alert(2)> [^1] {: #id }",
    "line one\n\nline two with &amp; and &lt;",
    ":smile: ==mark== ~~del~~ ^^ins^^ $x$ {: .class }",
]


@pytest.mark.parametrize("text", HOSTILE_STRINGS)
def test_inert_text_is_shown_literally_after_markdown(text: str) -> None:
    for wrapper in ("{}", "<div>{}</div>", "- {}", "# {}", "<table><tr><td>{}</td></tr></table>"):
        html = markdown_to_html(wrapper.format(inert(text)))
        page = probe(html)
        assert not page.find("script") and not page.find("img") and not page.find("code")
        assert not page.find("sup") and len(page.find("td")) == (1 if "<td>" in wrapper else 0)
        assert not [a for a in page.find("a") if "javascript" in a.attrs.get("href", "")]
        assert " ".join(text.split()) in " ".join(page.text.split())


def test_emphasis_markers_stay_literal_inside_html_blocks() -> None:
    page = probe(markdown_to_html(f"<p>{inert('**bold** _em_ 7*7')}</p>"))
    assert not page.find("strong") and not page.find("em")
    assert page.text == "**bold** _em_ 7*7"


def test_inert_does_not_escape_markup_twice() -> None:
    already = Markup("<b>ok</b>")
    assert inert(already) is already
    assert inert("a & b") == Markup("a &amp; b")


def test_inert_refuses_none() -> None:
    with pytest.raises(TypeError):
        inert(None)


def test_safe_url_only_allows_http_links() -> None:
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in (
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "data:text/html,x",
        "//evil",
        "https://a b",
        None,
        "",
    ):
        assert safe_url(bad) is None


def test_plain_title_has_no_markup_characters() -> None:
    title = plain_title("عنوان <script>alert(1)</script> [x](y) {{ z }}")
    assert not set("<>[]{}&\"'") & set(title)
    assert title.startswith("عنوان")


def test_css_id_keeps_ids_distinct_and_safe() -> None:
    assert css_id("q", "abc-1") == "q-abc-1"
    one, two = css_id("q", "a b"), css_id("q", "a_b")
    assert one != two
    assert all(ch.isalnum() or ch in "-_" for ch in one)


def test_format_inert_escapes_values_and_keeps_markup_values() -> None:
    shown = format_inert("{name}: {n} [x]", name=Markup('<span lang="ar">اسم</span>'), n="<i>3</i>")
    assert '<span lang="ar">اسم</span>' in shown
    assert "<i>" not in shown and "&#91;x&#93;" in shown
