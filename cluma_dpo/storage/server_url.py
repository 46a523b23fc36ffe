"""Where a shared PostgreSQL server is: `postgresql://LOGIN@HOST[:PORT]/DB` (issue 18).

The URL names the server, never the password: the password comes from libpq's usual places
(PGPASSWORD, ~/.pgpass) or a prompt, so that it never stands in a command line that `ps`
shows or a shell history keeps. A URL with a password in it is refused.

A server on another machine is reached over TLS with the server's certificate checked
(`sslmode=verify-full`); a plain connection is accepted only to a unix socket or to
localhost, where nothing crosses a network.

No SQLAlchemy here: the command line checks the URL before it imports the store.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.messages import msg

SCHEMES = ("postgresql", "postgres")
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
# query parameters passed on to libpq as they are; `password` is never one of them
PASSED_ON = (
    "host",
    "port",
    "sslmode",
    "sslrootcert",
    "sslcert",
    "sslkey",
    "sslcrl",
    "passfile",
    "connect_timeout",
    "application_name",
    "target_session_attrs",
)


@dataclass(frozen=True)
class ServerAddress:
    """A checked server URL: who connects where (no secret in it)."""

    login: str
    database: str
    host: str | None  # a host name, an address or a unix socket folder; None: libpq's default
    port: int | None
    options: tuple[tuple[str, str], ...] = ()

    @property
    def local(self) -> bool:
        """A unix socket (libpq's default, or a folder) or this machine's loopback; a list
        of hosts (libpq tries them in turn) only when every one of them is."""
        if self.host is None:
            return True
        return all(h.startswith("/") or h in LOCAL_HOSTS for h in self.host.split(","))

    def connect_args(self) -> dict[str, str | int]:
        """libpq's connection parameters (psycopg.connect's keyword arguments). The host is
        always given (empty: libpq's socket folder) and hostaddr always empty, so that
        neither PGHOST, PGHOSTADDR nor a PGSERVICE entry sends the connection anywhere but
        where `local` was judged."""
        args: dict[str, str | int] = {"user": self.login, "dbname": self.database}
        args["host"] = self.host or ""
        args["hostaddr"] = ""
        if self.port is not None:
            args["port"] = self.port
        args.update(dict(self.options))
        args.setdefault("application_name", "cluma-dpo")
        return args

    def shown(self) -> str:
        """The URL as a user may see it in a message (it holds no secret)."""
        where = self.host or ""
        port = f":{self.port}" if self.port else ""
        if where.startswith("/"):  # a socket folder: this machine
            where, port = "", ""
        return f"postgresql://{self.login}@{where}{port}/{self.database}"

    def url(self) -> str:
        """The whole URL, options included, as `parse_server_url` reads it back (what the
        desktop app remembers of a server: no secret in it)."""
        query = dict(self.options)
        where = ""
        if self.host is not None and self.host.startswith("/"):
            query["host"] = self.host
        elif self.host is not None:
            where = f"[{self.host}]" if ":" in self.host else self.host
        if self.port is not None:
            if where:
                where += f":{self.port}"
            else:
                query["port"] = str(self.port)
        login, database = quote(self.login, safe=""), quote(self.database, safe="")
        tail = f"?{urlencode(sorted(query.items()))}" if query else ""
        return f"postgresql://{login}@{where}/{database}{tail}"


def is_server_url(text: str | None) -> bool:
    return bool(text) and str(text).split(":", 1)[0].lower() in SCHEMES


def parse_server_url(text: str) -> ServerAddress:
    """The address in `text`; ValidationError (never quoting a password) when it is not one
    this program connects to."""
    try:
        parts = urlsplit(text.strip())
        port = parts.port
    except ValueError:
        raise ValidationError(msg("server.url_invalid")) from None
    if parts.scheme.lower() not in SCHEMES:
        raise ValidationError(msg("server.url_invalid"))
    if parts.password is not None:
        raise ValidationError(msg("server.url_has_password"))
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    if "password" in query:
        raise ValidationError(msg("server.url_has_password"))
    login = unquote(parts.username or "")
    database = unquote(parts.path.lstrip("/"))
    if not login or not database or "/" in database:
        raise ValidationError(msg("server.url_needs_login_and_database"))
    host = unquote(parts.hostname) if parts.hostname else query.pop("host", None) or None
    query.pop("host", None)
    # no host in the URL: libpq's PGHOST names it (a shell may set it for psql), so that is
    # the one judged and connected to
    host = host or os.environ.get("PGHOST") or None
    if "port" in query:
        try:
            port = port or int(query.pop("port"))
        except ValueError:
            raise ValidationError(msg("server.url_invalid")) from None
    unknown = sorted(set(query) - set(PASSED_ON))
    if unknown:
        raise ValidationError(msg("server.url_unknown_option", option=unknown[0]))
    address = ServerAddress(login, database, host, port, tuple(sorted(query.items())))
    if not address.local and query.get("sslmode") != "verify-full":
        raise ValidationError(msg("server.needs_verified_tls", host=str(host)))
    return address


def server_url(
    login: str, host: str, port: int | None, database: str, ca_file: str | None = None
) -> ServerAddress:
    """The address of the first-run wizard's fields, checked by the same rules as a typed
    URL: a password (`login:secret`, `secret@host`) is refused, and so is a server on
    another machine without its CA certificate. With a CA certificate the connection is
    TLS with the server's name verified (verify-full). An empty host: the local socket."""
    host = host.strip()
    bad = any(c in host for c in "@?#") or ("/" in host and not host.startswith("/"))
    if bad or any(c.isspace() for c in host):
        raise ValidationError(msg("server.url_invalid"))  # a host name, address or folder
    where = ""
    query: dict[str, str] = {}
    if host.startswith("/"):
        query["host"] = host
    elif ":" in host and "@" not in host and not host.startswith("["):
        where = f"[{host}]"  # an IPv6 address
    else:
        where = host
    if port is not None:
        if where:
            where += f":{port}"
        else:
            query["port"] = str(port)
    if ca_file and where:
        query.update(sslmode="verify-full", sslrootcert=ca_file)
    # the login as typed up to a colon: `an:secret` reads as a password, and is refused
    login_part = quote(login.strip(), safe=":")
    text = f"postgresql://{login_part}@{where}/{quote(database.strip(), safe='')}"
    return parse_server_url(f"{text}?{urlencode(query)}" if query else text)
