"""Qt's own texts that Qt's translations (qtbase_<lang>.qm) leave in English.

Qt's widget file dialog (the one shown where the platform has no native dialog of its own,
e.g. a bare X11 or Wayland session) labels its folder box "&Look in:" and its filter box
"Files of &type:". qtbase_nl.qm and qtbase_fr.qm translate only "Look in:" and
"Files of type:" (no accelerator), so a Dutch or French screen showed them in English.

The texts are listed here under Qt's own context, QFileDialog: lupdate puts them in our .ts
files, where they are translated in the wording of qtbase_<lang>.qm itself. Qt searches the
translators installed last first: where qtbase_<lang>.qm has a text, its wording is shown;
where it has none, ours is.
"""

from __future__ import annotations

from cluma_dpo.gui.i18n import QT_TRANSLATE_NOOP

# (context, source text) of every supplemented text; the tests check each is translated.
QT_SUPPLEMENT: tuple[tuple[str, str], ...] = (
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")),
)
