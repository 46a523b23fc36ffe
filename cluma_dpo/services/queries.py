"""What a front end asks of the register, as plain data (defined in domain.queries)."""

from __future__ import annotations

from cluma_dpo.domain.queries import RequestQuery, search_pattern

__all__ = ["RequestQuery", "search_pattern"]
