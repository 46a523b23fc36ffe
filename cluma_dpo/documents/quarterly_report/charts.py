"""The quarterly report's charts: horizontal bars in one house style, this quarter beside
the previous one (requests by right and by channel, answers on time and late)."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from enum import Enum
from typing import TypeVar

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from cluma_dpo.documents.pdfkit import FONT, FONT_BOLD
from cluma_dpo.documents.quarterly_report.wording import quarter_name, say, share
from cluma_dpo.documents.theme import ACCENT, INK, MUTED, RULE_LIGHT
from cluma_dpo.documents.words import labels, word
from cluma_dpo.domain.messages import N_, msg
from cluma_dpo.domain.model import Channel, Right
from cluma_dpo.domain.statistics import QuarterFigures

E = TypeVar("E", bound=Enum)
THIS = ACCENT  # this quarter, everywhere
BEFORE = colors.HexColor("#A9BCD0")  # the previous quarter, everywhere
ON_TIME = colors.HexColor("#2F855A")
LATE = colors.HexColor("#C05621")


def _chart(
    drawing: Drawing,
    title: str,
    x: float,
    y: float,
    height: float,
    names: Sequence[str],
    data: list[list[int]],
    fills: Sequence[colors.Color],
    legend: Sequence[tuple[object, str]],
    *,
    stacked: bool = False,
) -> None:
    """A horizontal bar chart in the house style: titled, legend on top, grid, no frame.

    Rows of `data` are drawn bottom-up, so callers list categories and series in reverse.
    """
    drawing.add(
        String(0, drawing.height - 10, title, fontName=FONT_BOLD, fontSize=10, fillColor=THIS)
    )
    chart = HorizontalBarChart()
    # set as properties: reportlab takes any number here, its stubs declare int
    chart.setProperties({"x": x, "y": y, "width": drawing.width - x - 22, "height": height})
    chart.data = data
    chart.categoryAxis.categoryNames = list(names)
    chart.categoryAxis.setProperties({"strokeColor": RULE_LIGHT})
    chart.categoryAxis.labels.setProperties({"fontName": FONT, "fontSize": 8, "fillColor": INK})
    columns = zip(*data, strict=True)
    top_value, step = _scale(max((sum(c) if stacked else max(c) for c in columns), default=0))
    chart.valueAxis.setProperties(
        {
            "valueMin": 0,
            "valueMax": top_value,
            "valueStep": step,
            "strokeColor": RULE_LIGHT,
            "visibleGrid": True,
            "gridStrokeColor": RULE_LIGHT,
            "gridStrokeWidth": 0.4,
            "labelTextFormat": lambda v: f"{v:g}" if v == int(v) else "",
        }
    )
    chart.valueAxis.labels.setProperties({"fontName": FONT, "fontSize": 7.5, "fillColor": MUTED})
    chart.bars.strokeColor = None
    for index, fill in enumerate(fills):
        chart.bars[index].fillColor = fill
    chart.barLabels.setProperties(
        {"fontName": FONT, "fontSize": 7, "fillColor": INK, "boxAnchor": "w", "dx": 3}
    )
    chart.barLabelFormat = None if stacked else "%d"
    chart.barWidth, chart.groupSpacing, chart.barSpacing = (22, 18, 0) if stacked else (6, 7, 1)
    chart.categoryAxis.style = "stacked" if stacked else "parallel"
    drawing.add(chart)
    key = Legend()
    key.setProperties(
        {
            "x": x,
            "y": drawing.height - 24,
            "alignment": "right",
            "columnMaximum": 1,
            "fontName": FONT,
            "fontSize": 8,
            "dx": 7,
            "dy": 7,
            "deltax": 75,
            "strokeColor": None,
            "colorNamePairs": list(legend),
        }
    )
    drawing.add(key)


def _scale(top: int) -> tuple[int, int]:
    """An axis maximum about 10% above `top`, in about five round steps (1, 2, 2.5, 5 x 10^k)."""
    wanted = max(top, 4) * 1.1 / 5
    magnitude = 10 ** math.floor(math.log10(wanted))
    step = min(s for m in (1, 2, 2.5, 5, 10) if (s := m * magnitude) >= wanted and s == int(s))
    return math.ceil(max(top, 4) * 1.1 / step) * int(step), int(step)


def _per_kind(
    drawing: Drawing,
    title: str,
    geometry: tuple[float, float, float],
    names: Mapping[E, str],
    counts: tuple[dict[E, int], dict[E, int]],
    quarters: tuple[QuarterFigures, QuarterFigures],
    language: str,
) -> Drawing:
    """Counts per kind (`names` in their order from the top), this quarter's bar above the
    previous one's. `geometry` is the chart's x, y and height within the drawing; `counts`
    and `quarters` are (previous, this)."""
    bottom_up: list[E] = list(names)[::-1]
    previous, this = quarters
    _chart(
        drawing,
        title,
        *geometry,
        [names[k] for k in bottom_up],
        # the previous quarter's row first: it is drawn below this quarter's bar
        [[c.get(k, 0) for k in bottom_up] for c in counts],
        (BEFORE, THIS),
        [
            (THIS, quarter_name(this.quarter, language)),
            (BEFORE, quarter_name(previous.quarter, language)),
        ],
    )
    return drawing


def rights_chart(
    this: QuarterFigures, previous: QuarterFigures, width: float, language: str = "nl"
) -> Drawing:
    """Requests by right."""
    counts = (previous.received_by_right, this.received_by_right)
    drawing, geometry = Drawing(width, 190), (120, 8, 150)
    title = word(N_("doc.report.chart.by_right"), language)
    names = labels(Right, language)
    return _per_kind(drawing, title, geometry, names, counts, (previous, this), language)


def channel_chart(
    this: QuarterFigures, previous: QuarterFigures, width: float, language: str = "nl"
) -> Drawing:
    """Requests by channel."""
    counts = (previous.received_by_channel, this.received_by_channel)
    drawing, geometry = Drawing(width, 150), (70, 14, 96)
    title = word(N_("doc.report.chart.by_channel"), language)
    names = labels(Channel, language)
    return _per_kind(drawing, title, geometry, names, counts, (previous, this), language)


def timeliness_chart(
    this: QuarterFigures, previous: QuarterFigures, width: float, language: str = "nl"
) -> Drawing:
    """Answers on time and late, stacked, one bar per quarter (this quarter on top)."""
    drawing = Drawing(width, 150)
    quarters = (previous, this)
    names = [
        quarter_name(f.quarter, language)
        + "\n"
        + say(
            msg(
                "doc.report.chart.share_on_time",
                share=share(f.answered_on_time, f.answered, language),
            ),
            language,
        )
        for f in quarters
    ]
    _chart(
        drawing,
        word(N_("doc.report.chart.timeliness"), language),
        62,
        14,
        96,
        names,
        [[f.answered_on_time for f in quarters], [f.answered_late for f in quarters]],
        (ON_TIME, LATE),
        [
            (ON_TIME, word(N_("doc.report.chart.on_time"), language)),
            (LATE, word(N_("doc.report.chart.late"), language)),
        ],
        stacked=True,
    )
    return drawing
