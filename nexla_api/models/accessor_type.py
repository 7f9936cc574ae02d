# generated from spec/ by generator — do not edit
from enum import StrEnum
from typing import Any


class AccessorType(StrEnum):
    ORG = "ORG"
    TEAM = "TEAM"
    USER = "USER"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AccessorType | None":
        # A value the spec does not know yet (the API grew): keep it as a pseudo-member
        # instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

    @classmethod
    def from_wire(cls, value: str) -> "AccessorType":
        """The member for a value read from a reply; one lookup instead of the Enum call
        machinery, which costs several times as much in a large listing."""
        member = _MEMBERS.get(value)
        return cls(value) if member is None else member


_MEMBERS: dict[str, AccessorType] = {member.value: member for member in AccessorType}
