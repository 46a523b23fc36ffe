"""What a front end's screen is based on (issue 18, item 4): the version of the request it
shows, which a write on that request must still be (storage.edit_versions), and a cheap mark
of the database's last change, so that a window sees another user's or process's writes."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from cluma_dpo.domain.messages import Message
from cluma_dpo.storage import changes, edit_versions
from cluma_dpo.storage.engine import Store


class EditVersions:
    store: Store
    # reference -> the version the screen shows (edits on it are refused once it is stale)
    based_on: dict[str, int]

    def base_edits_on(self, reference: str | None) -> int | None:
        """Edits on `reference` start from its version now (the one the screen shows); the
        screen shows one request at a time, so any other one is forgotten."""
        self.based_on = {}
        if reference is None:
            return None
        with self.store.session(write=False) as s:
            version = edit_versions.version_of(s, reference)
        self.based_on[reference] = version
        return version

    @contextlib.contextmanager
    def refused_when_stale(self) -> Iterator[None]:
        """A stale edit is refused, and the screen is based on the version that refused
        it: what the user typed is still on the screen, and saving it again (having been
        told who changed the request and when) applies it over that change."""
        try:
            yield
        except edit_versions.ChangedMeanwhile as exc:
            if exc.reference in self.based_on:
                self.base_edits_on(exc.reference)
            raise

    def _wrote(self, written: set[str]) -> None:
        """Our own write moved these requests on: the screen follows it (not a conflict)."""
        mine = written & self.based_on.keys()
        if not mine:
            return
        with self.store.session(write=False) as s:
            for reference in mine:
                self.based_on[reference] = edit_versions.version_of(s, reference)

    def change_mark(self) -> int:
        """Changes with every committed write that records an event (the audit chain's
        length): a cheap poll for the file store, whose writers do not notify."""
        return changes.change_mark(self.store)

    def signed_in(self) -> tuple[str | None, str | None]:
        """(login, role) on a server — role: owner, dpo, assistant or management; (None,
        None) on the local file, which has no users."""
        return self.store.login, self.store.role

    def documents_key_problem(self) -> Message | None:
        """On a server, asked at sign-in: why this login's key to the documents does not
        open (its password was changed outside the program: a dpo resets it), else None.
        Opening it once here also spares the first document the wait (storage.server_keys)."""
        from cluma_dpo.domain.errors import StoreError
        from cluma_dpo.storage.server import ServerStore

        store = self.store
        if not isinstance(store, ServerStore) or store.role == "management":
            return None
        try:
            store.data_key()
        except StoreError as exc:
            return exc.msg if exc.msg.code == "server.documents_key_refused" else None
        return None

    @property
    def figures_only(self) -> bool:
        """A management login on a server: the register without personal data."""
        return self.store.figures_only

    def server_shown(self) -> str | None:
        """The server's address as shown to a user (no password is ever in it); None on
        the local file."""
        address = getattr(self.store, "address", None)
        return None if address is None else str(address.shown())

    def change_listener(self) -> changes.ChangeListener | None:
        """A listener for other clients' commits on a server; None on the file (poll
        `change_mark` there)."""
        from cluma_dpo.storage.server import ServerStore

        if isinstance(self.store, ServerStore):
            return changes.ChangeListener(self.store)
        return None
