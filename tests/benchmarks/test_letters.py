"""One letter in a batch of 200: wb.letter() end to end, and the layout alone (render_letter),
each beside a bare reportlab document of the same text in the same font."""

from __future__ import annotations

import io
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from cluma_dpo.documents.letters import (
    LetterOptions,
    is_abroad,
    letter_context,
    page_furniture,
    render_letter,
    signature,
    subject_address,
)
from cluma_dpo.documents.pdfkit import FONT, esc, register_fonts
from cluma_dpo.documents.templates import parse_markup, render_template
from cluma_dpo.domain.model import RequestView
from cluma_dpo.services.requests import RequestQuery
from tests.benchmarks.support import Timings, report, timed

BATCH = 200
KIND = "acknowledgement"


def letter_texts(
    view: RequestView, settings: Mapping[str, object], language: str, today: date, templates: Path
) -> list[str]:
    """Every text the letter prints, as Paragraph markup, in reading order."""
    rendered = render_template(
        KIND, language, letter_context(view, settings, language, today, KIND), templates
    )
    page = page_furniture(
        view,
        settings,
        rendered,
        language=language,
        address=subject_address(view, language),
        abroad=is_abroad(view),
    )
    sign = signature(settings, rendered)
    texts = [
        page.organisation,
        *page.letterhead_lines,
        esc(page.return_address),
        *page.address_lines,
        *(f"{label} {value}" for label, value in page.info_rows),
        page.place_date,
        rendered.markup("subject_line"),
        rendered.markup("salutation"),
        *(block.text for block in parse_markup(rendered.body)),
        sign.closing,
        sign.name,
        sign.title,
        sign.organisation,
        sign.enclosures_label,
        *sign.enclosures,
    ]
    return [t for t in texts if t]


def bare_letter(texts: list[str]) -> bytes:
    """The same text and font on A4, one paragraph each: no letterhead, window or layout."""
    style = ParagraphStyle("bare", fontName=FONT, fontSize=9.5, leading=13.5)
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build([Paragraph(t, style) for t in texts])
    return out.getvalue()


def test_letter_in_a_batch_of_200(benchmark: Any, wb: Any, work_dir: Path, today: date) -> None:
    register_fonts()
    views = wb.requests(RequestQuery(), limit=BATCH)
    assert len(views) == BATCH
    settings = wb.settings()
    templates = work_dir / "templates"
    full = {v.reference: wb.request(v.reference) for v in views}
    jobs = [(ref, view.subject.language.value) for ref, view in full.items()]
    texts = {ref: letter_texts(full[ref], settings, lang, today, templates) for ref, lang in jobs}
    bare_letter(texts[jobs[0][0]])  # warm both up (font subsetting tables, templates)
    render_letter(
        full[jobs[0][0]], settings, LetterOptions(KIND, jobs[0][1], today), templates_dir=templates
    )

    bare, layout, mine = Timings(), Timings(), Timings()
    run_bare, run_layout = timed(bare_letter, bare), timed(render_letter, layout)
    pending = iter(jobs)

    def setup() -> tuple[tuple[str, str], dict[str, Any]]:
        # Interleaved, letter by letter: the bare document and the layout alone of the same
        # letter, then (timed by pytest-benchmark) wb.letter() end to end.
        ref, lang = next(pending)
        run_bare(texts[ref])
        run_layout(full[ref], settings, LetterOptions(KIND, lang, today), templates_dir=templates)
        return (ref, lang), {}

    benchmark.pedantic(
        timed(lambda ref, lang: wb.letter(ref, KIND, lang), mine),
        setup=setup,
        rounds=BATCH,
        iterations=1,
    )
    if not bare:  # --benchmark-disable: one letter, no setup
        ref, lang = jobs[0]
        run_bare(texts[ref])
        run_layout(full[ref], settings, LetterOptions(KIND, lang, today), templates_dir=templates)
    note = f"mean of {len(mine)} letters ({KIND}, in the subject's language)"
    report(
        benchmark,
        "one letter in a batch of 200: wb.letter() end to end vs bare reportlab",
        mine,
        baseline=bare,
        limit_s=0.050,
        limit_ratio=2.0,
        figure="mean",
        note=note,
    )
    report(
        benchmark,
        "… the letter's layout alone (render_letter) vs bare reportlab",
        layout,
        baseline=bare,
        limit_s=0.050,
        limit_ratio=2.0,
        figure="mean",
        note="same letters, no database",
    )
