"""What the verb modules share: the error a verb raises, the passphrase, and the workbench or
quick reader a verb runs on (kept apart from cli/__init__, which imports the verb modules)."""

from __future__ import annotations

import argparse
import contextlib
import gc
import getpass
import os
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from cluma_dpo.app import ENV_PASSPHRASE, data_dir
from cluma_dpo.domain.messages import Message, msg, msg_n

if TYPE_CHECKING:  # imported when a verb opens the store, not at start-up
    from cluma_dpo.services.workbench import Workbench
    from cluma_dpo.storage.server_url import ServerAddress

Handler = Callable[[argparse.Namespace], int]
T = TypeVar("T")


class CliError(Exception):
    """Bad use of the command line: one line on stderr, in the CLI's language."""

    def __init__(self, message: Message, code: int = 1) -> None:
        self.msg = message
        super().__init__(self.msg.code)
        self.code = code

    @property
    def message(self) -> str:
        from cluma_dpo.texts import render

        return render(self.msg, "en")

    def text(self, language: str | None = None) -> str:
        from cluma_dpo.texts import render

        return render(self.msg, language)


def say(message: Message | str, *, error: bool = False) -> None:
    """A line for the user in the CLI's language: on stdout, or on stderr after "cluma-dpo: "
    when `error` (a plain str is printed as it is: text of the domain's not yet converted)."""
    from cluma_dpo.texts import render

    if error:
        print(f"cluma-dpo: {render(message)}", file=sys.stderr)
    else:
        print(render(message))


def speak_setting(wb: Workbench) -> None:
    """The CLI speaks interface.language once the database is open (unless
    $CLUMA_DPO_LANGUAGE says otherwise), and remembers it for the next start."""
    from cluma_dpo import texts

    language = wb.settings().interface.language
    texts.remember_language(wb.path.parent, language)
    if texts.forced_language() is None:
        texts.set_language(language)


def passphrase(
    *, confirm: bool = False, prompt: Message | None = None, env: str = ENV_PASSPHRASE
) -> str:
    from cluma_dpo.texts import render

    value = os.environ.get(env)
    if value:
        try:  # bytes that are not UTF-8 arrive as surrogates: refused, not an internal error
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise CliError(msg("cli.passphrase_not_utf8", env=env), 2) from None
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        value = getpass.getpass(render(prompt or msg("cli.prompt.passphrase")) + " ")
        if confirm and getpass.getpass(render(msg("cli.prompt.repeat")) + " ") != value:
            raise CliError(msg("cli.passphrases_differ"))
        if not value:
            raise CliError(msg("cli.no_passphrase_given"), 2 if not confirm else 1)
        return value
    raise CliError(msg("cli.no_passphrase", env=env), 2)


# Start-up of a process of its own (imports, the key derivation) makes objects that live until
# it ends: Python's cyclic garbage collector would walk them again and again while they pile
# up (about 0.1 s of a letter, 0.2 s of a quarterly report). `main` turns it off for the
# start-up; `work_begins` freezes what start-up made and turns it back on for the work.
_gc_paused = False


def pause_collector() -> None:
    """A process of its own starts up: the collector waits until `work_begins`."""
    global _gc_paused
    if gc.isenabled():
        gc.disable()
        _gc_paused = True


def work_begins() -> None:
    """The verb's own work starts: the collector runs again, past the start-up's objects."""
    global _gc_paused
    if _gc_paused:
        _gc_paused = False
        gc.freeze()
        gc.enable()


def server(args: argparse.Namespace) -> ServerAddress | None:
    """The PostgreSQL server of --database-url or $CLUMA_DPO_DATABASE_URL (None: the local
    file). A URL this program does not connect to (a password in it, a remote server
    without verified TLS) stops here: exit 2, nothing opened."""
    from cluma_dpo.app import database_url
    from cluma_dpo.domain.errors import ValidationError
    from cluma_dpo.storage.server_url import parse_server_url

    url = database_url(getattr(args, "database_url", None))
    if url is None:
        return None
    try:
        return parse_server_url(url)
    except ValidationError as exc:
        raise CliError(exc.msg, 2) from None


def server_password(address: ServerAddress) -> Callable[[], str | None]:
    """What asks for the server password when libpq found none (PGPASSWORD, ~/.pgpass):
    the terminal, never argv; None without a terminal."""

    def ask() -> str | None:
        from cluma_dpo.texts import render

        if sys.stdin is None or not sys.stdin.isatty():
            return None
        prompt = msg("cli.prompt.server_password", server=address.shown())
        return getpass.getpass(render(prompt) + " ") or None

    return ask


def file_only(args: argparse.Namespace) -> None:
    """Verbs of the local file alone (its passphrase, its copies): refused on a server."""
    if server(args) is not None:
        raise CliError(msg("cli.server.file_only", verb=str(args.verb)), 2)


def workbench(args: argparse.Namespace) -> Workbench:
    from cluma_dpo.app import open_server_workbench, open_workbench

    address = server(args)
    if address is not None:
        wb = open_server_workbench(
            address, data_dir(args.data_dir), server_password(address), front_end="cli"
        )
    else:
        wb = open_workbench(data_dir(args.data_dir), passphrase(), front_end="cli")
    speak_setting(wb)
    work_begins()
    return wb


@contextlib.contextmanager
def opened(args: argparse.Namespace) -> Iterator[Any]:
    """The unlocked workbench for one verb, closed again whatever happens. When the verb
    erased data (an identity document, retention) and so deleted the program's safety
    copies in backups/, the last line says how many, as `passwd` does (issue 16)."""
    from cluma_dpo.services.erased_copies import counted

    wb = workbench(args)
    try:
        with counted() as deleted:
            yield wb
    finally:
        wb.close()
    if deleted.count:
        say(msg_n("cli.safety_copies_deleted", "cli.safety_copies_deleted.other", deleted.count))


def read(args: argparse.Namespace, use: Callable[[Any], T]) -> T:
    """`use(wb)` for a verb that only reads (show, list, due).

    It runs on the quick reader (services.quick: no SQLAlchemy to import, a third of such a
    run) when that can open the database, else on the workbench, which also explains what is
    wrong with the file and upgrades an old schema. `use` must only read and return what the
    verb prints: after a SQLite error in the quick reader it runs again on the workbench.
    """
    from cluma_dpo import app
    from cluma_dpo.services.quick import open_reader

    if server(args) is not None:  # the quick reader reads the local file only
        with opened(args) as wb:
            return use(wb)
    directory, secret = data_dir(args.data_dir), passphrase()
    reader = open_reader(directory, secret, clock=app.CLOCK)
    work_begins()
    if reader is not None:
        try:
            return use(reader)
        except reader.Unavailable:
            pass  # the workbench reads it again, or says what is wrong
        finally:
            reader.close()
    wb = app.open_workbench(directory, secret, front_end="cli")
    try:
        return use(wb)
    finally:
        wb.close()


def os_problem(exc: OSError) -> Message:
    """What the file system said, in the CLI's language (the OS's own text is English)."""
    import errno

    from cluma_dpo.files import ProgramFile

    if isinstance(exc, ProgramFile):
        return msg("cli.os.program_file")
    codes = {
        errno.ENOSPC: msg("cli.os.no_space"),
        errno.EACCES: msg("cli.os.permission"),
        errno.EPERM: msg("cli.os.permission"),
        errno.ENOENT: msg("cli.os.not_found"),
        errno.EROFS: msg("cli.os.read_only"),
        errno.EISDIR: msg("cli.os.is_folder"),
        errno.ENOTDIR: msg("cli.os.not_folder"),
        errno.EEXIST: msg("cli.os.exists"),
    }
    return codes.get(exc.errno or 0) or msg("cli.os.io_error")
