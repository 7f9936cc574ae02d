"""Recipe 12: email and card masks created once, reused after, with the public list."""

from __future__ import annotations

from nexla_api.api.transforms import get_attribute_transform
from nexla_recipes.attribute_transforms import (
    MASK_CARD_CODE,
    MASK_EMAIL_CODE,
    create_masking_transforms,
    mask_card,
    mask_email,
)
from nexla_sandbox.testing import SandboxServer

from .recipes_support import client_for


def test_masks_created_then_reused_and_public_listed(sandbox: SandboxServer) -> None:
    client = client_for(sandbox)
    first = create_masking_transforms(client)
    assert first.email.created and first.card.created
    stored = get_attribute_transform.sync(first.email.id, client=client)
    assert stored.code == MASK_EMAIL_CODE and stored.code_type == "python"
    assert stored.output_type == "string" and stored.reusable is True
    assert get_attribute_transform.sync(first.card.id, client=client).code == MASK_CARD_CODE
    assert {t.name for t in first.public} >= {"mask-email", "to-upper"}
    assert all(t.id not in (first.email.id, first.card.id) for t in first.public)

    again = create_masking_transforms(client)
    assert not again.email.created and not again.card.created
    assert (again.email.id, again.card.id) == (first.email.id, first.card.id)
    assert len(sandbox.admin.snapshot()["resources"]["attribute_transforms"]) == 2


def test_local_twins_mask_like_the_lambdas() -> None:
    assert mask_email("jane.doe@example.com") == "ja***@example.com"
    assert mask_email("not-an-email") == "not-an-email"
    assert mask_email(None) is None
    assert mask_card("4111 1111 1111 1234") == "****-****-****-1234"
    assert mask_card(4111111111119876) == "****-****-****-9876"
    assert mask_card(None) is None and mask_card("") == ""
