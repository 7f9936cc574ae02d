"""Recipe 12: reusable attribute transforms that mask emails and card numbers.

The Python lambdas are null-safe (a masked field is often optional) and keep the code
Nexla runs next to a local twin (`mask_email`, `mask_card`) so the masking can be previewed
on sample values before the transform is attached anywhere. Existing transforms of the same
name are reused, so a re-run creates nothing new. Public attribute transforms (Nexla's
built-ins) are listed for reuse too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from nexla_api import NexlaClient, paginate
from nexla_api.api.transforms import (
    create_attribute_transform,
    get_attribute_transforms,
    get_public_attribute_transforms,
)
from nexla_api.models import AttributeTransformCreate

from ._progress import ProgressFn, emit

MASK_EMAIL_CODE = (
    "lambda x: x if x is None or '@' not in str(x) "
    "else str(x).split('@', 1)[0][:2] + '***@' + str(x).split('@', 1)[1]"
)
MASK_CARD_CODE = (
    "lambda x: x if x is None or str(x) == '' "
    "else '****-****-****-' + ''.join(c for c in str(x) if c.isdigit())[-4:]"
)


def mask_email(x: Any) -> Any:
    """Local twin of MASK_EMAIL_CODE: `jane.doe@example.com` -> `ja***@example.com`."""
    if x is None or "@" not in str(x):
        return x
    local, domain = str(x).split("@", 1)
    return local[:2] + "***@" + domain


def mask_card(x: Any) -> Any:
    """Local twin of MASK_CARD_CODE: keeps the last four digits only."""
    if x is None or str(x) == "":
        return x
    return "****-****-****-" + "".join(c for c in str(x) if c.isdigit())[-4:]


@dataclass(frozen=True)
class AttributeTransformRef:
    id: int
    name: str
    created: bool
    code_type: str | None = None
    output_type: str | None = None


@dataclass
class MaskingResult:
    email: AttributeTransformRef
    card: AttributeTransformRef
    public: list[AttributeTransformRef]


def list_public(client: NexlaClient) -> list[AttributeTransformRef]:
    """`GET /attribute_transforms/public`, every page."""
    return [
        AttributeTransformRef(int(t.id), t.name, False, t.code_type, t.output_type)
        for t in paginate(get_public_attribute_transforms.sync, client=client, per_page=100)
    ]


def ensure_attribute_transform(
    client: NexlaClient,
    *,
    name: str,
    code: str,
    description: str,
    output_type: str = "string",
) -> AttributeTransformRef:
    """The org's attribute transform called `name`, created with `code` if missing."""
    for existing in paginate(get_attribute_transforms.sync, client=client, per_page=100):
        if existing.name == name:
            return AttributeTransformRef(
                int(existing.id), name, False, existing.code_type, existing.output_type
            )
    body = AttributeTransformCreate(
        name=name,
        output_type=output_type,
        code_type="python",
        code_encoding="none",
        code=code,
        reusable=True,
        description=description,
    )
    made = create_attribute_transform.sync(client=client, body=body)
    return AttributeTransformRef(int(made.id), name, True, made.code_type, made.output_type)


def create_masking_transforms(
    client: NexlaClient,
    *,
    email_name: str = "mask-email-address",
    card_name: str = "mask-credit-card",
    progress: ProgressFn | None = None,
) -> MaskingResult:
    """Email and card masks (created or reused) plus the public list."""
    email = ensure_attribute_transform(
        client, name=email_name, code=MASK_EMAIL_CODE, description="Mask email addresses"
    )
    emit(
        progress,
        "transform",
        f"{'created' if email.created else 'reusing'} {email_name} ({email.id})",
    )
    card = ensure_attribute_transform(
        client, name=card_name, code=MASK_CARD_CODE, description="Show only the last 4 digits"
    )
    emit(
        progress, "transform", f"{'created' if card.created else 'reusing'} {card_name} ({card.id})"
    )
    return MaskingResult(email, card, list_public(client))
