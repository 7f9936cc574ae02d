# generated from spec/ by generator — do not edit
from enum import StrEnum
from typing import Any


class CodeContainerCodeType(StrEnum):
    JAVASCRIPT = "javascript"
    JOLT_CUSTOM = "jolt_custom"
    JOLT_STANDARD = "jolt_standard"
    PYTHON = "python"
    PYTHON3 = "python3"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "CodeContainerCodeType | None":
        # A value the spec does not know yet (the API grew): keep it as a pseudo-member
        # instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
