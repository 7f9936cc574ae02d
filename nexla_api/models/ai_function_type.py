# generated from spec/ by generator — do not edit
from enum import StrEnum
from typing import Any


class AiFunctionType(StrEnum):
    CHUNKER = "chunker"
    CONTEXT_ENRICHER = "context_enricher"
    QUERY_REWRITER = "query_rewriter"
    RERANKER = "reranker"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AiFunctionType | None":
        # A value the spec does not know yet (the API grew): keep it as a pseudo-member
        # instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
