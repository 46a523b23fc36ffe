"""The DPO's own files in the templates folder of the data dir (issue 16, finding 9): read
only as files of their own, never through a symbolic link, and each one used recorded with
the SHA-256 of its text.

`read_own` serves the letter templates (`TemplateLoader`) and the wording catalogues
(`catalogues`); `OwnEnvironment` is the sandbox the letters render in.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, MutableMapping, Sequence
from pathlib import Path
from typing import Any

from jinja2 import BaseLoader, Environment, FileSystemLoader, Template
from jinja2.loaders import split_template_path

from cluma_dpo.documents import template_limits
from cluma_dpo.documents.template_sandbox import BoundedSandbox
from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.messages import msg
from cluma_dpo.paths import resource

SHIPPED_TEMPLATES: Path = resource("templates")

# -- the DPO's own files: read only as files of their own ----------------------------------

MAX_OWN_BYTES = 1_000_000  # a template or a letters.po; the shipped ones are a few kB


def own_file(templates_dir: Path, parts: Sequence[str]) -> os.stat_result | None:
    """lstat of ``templates_dir/parts...``, None when it is not there. Neither the folder
    nor anything under it may be a symbolic link: a link (to /etc/passwd, to a folder of
    someone else) is refused, never followed (issue 16); so is anything but a file."""
    where = "/".join(parts)
    chain = [templates_dir] + [templates_dir.joinpath(*parts[: i + 1]) for i in range(len(parts))]
    info: os.stat_result | None = None
    for i, current in enumerate(chain):
        try:
            info = os.lstat(current)
        except (FileNotFoundError, NotADirectoryError):
            return None
        if stat.S_ISLNK(info.st_mode):
            raise ValidationError(msg("template.link", where=where))
        if i < len(chain) - 1 and not stat.S_ISDIR(info.st_mode):
            return None
    if info is None or not stat.S_ISREG(info.st_mode):
        raise ValidationError(msg("template.not_a_file", where=where))
    return info


def read_own(templates_dir: Path, parts: Sequence[str]) -> bytes | None:
    """The bytes of the DPO's ``templates_dir/parts...`` (see `own_file`), None when absent;
    opened without following a link (O_NOFOLLOW) and without waiting on a pipe."""
    if own_file(templates_dir, parts) is None:
        return None
    where = "/".join(parts)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(templates_dir.joinpath(*parts), flags)
    except FileNotFoundError:
        return None
    except OSError as exc:  # ELOOP: it became a link since
        raise ValidationError(msg("template.link", where=where)) from exc
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise ValidationError(msg("template.not_a_file", where=where))
        data = handle.read(MAX_OWN_BYTES + 1)
    if len(data) > MAX_OWN_BYTES:
        raise ValidationError(msg("template.too_big", where=where, n=MAX_OWN_BYTES // 1000))
    return data


class TemplateLoader(BaseLoader):
    """The DPO's folder for the language first, then the shipped templates; a copy put
    there later replaces a cached template. A copy must be a file of its own in the DPO's
    folder: a symbolic link (to /etc/passwd, say), a linked folder or a pipe is refused
    (`catalogues.read_own`), as is a file that is not UTF-8. The SHA-256 of each copy's
    text as read is kept, for the audit event of the document it makes."""

    def __init__(self, templates_dir: Path | None, language: str) -> None:
        self.own, self.language = templates_dir, language
        self.shipped = FileSystemLoader(str(SHIPPED_TEMPLATES), encoding="utf-8")
        self.digests: dict[str, str] = {}  # filename of a copy -> SHA-256 of its text

    def _own_stamp(self, pieces: list[str]) -> tuple[int, int] | None:
        if self.own is None:
            return None
        try:
            info = own_file(self.own, (self.language, *pieces))
        except ValidationError:
            return (-1, -1)  # a link planted since: load again, and be refused
        return (info.st_mtime_ns, info.st_size) if info is not None else None

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        pieces = split_template_path(template)
        where = "/".join((self.language, *pieces))
        data = read_own(self.own, (self.language, *pieces)) if self.own is not None else None
        if data is None:
            source, filename, uptodate = self.shipped.get_source(environment, template)
            return source, filename, lambda: bool(uptodate()) and self._own_stamp(pieces) is None
        try:
            source = data.decode("utf-8")
        except UnicodeDecodeError:
            raise ValidationError(msg("template.not_utf8", where=where)) from None
        filename = str(Path(self.own or ".", self.language, *pieces))
        self.digests[filename] = template_limits.sha256(data)
        stamp = self._own_stamp(pieces)
        return source, filename, lambda: self._own_stamp(pieces) == stamp


class OwnEnvironment(BoundedSandbox):
    """Records which of the DPO's copies a render loads (`template_limits.recording`)."""

    def _load_template(self, name: str, globals: MutableMapping[str, Any] | None) -> Template:
        found = super()._load_template(name, globals)
        loader = self.loader
        if isinstance(loader, TemplateLoader) and found.filename in loader.digests:
            template_limits.used(f"{loader.language}/{name}", loader.digests[found.filename])
        return found
