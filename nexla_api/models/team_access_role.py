# generated from spec/ by generator — do not edit
from enum import StrEnum
from typing import Any


class TeamAccessRole(StrEnum):
    ADMIN = "admin"
    COLLABORATOR = "collaborator"
    MEMBER = "member"
    OPERATOR = "operator"
    OWNER = "owner"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "TeamAccessRole | None":
        # A value the spec does not know yet (the API grew): keep it as a pseudo-member
        # instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
