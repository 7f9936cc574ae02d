# generated from spec/ by generator — do not edit
"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, BinaryIO, Generic, Literal, TypeVar

from attrs import define

if TYPE_CHECKING:
    from .runtime.errors import MalformedReplyError


class Unset:
    """Marks a field or argument that was not given (distinct from an explicit null)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A reply from an endpoint, whatever its status.

    `parsed` holds the documented body as models; when a documented reply's body is not what
    the operation documents (not JSON, the wrong shape, a required field missing), `parsed`
    is None and `parse_error` says what was wrong.
    """

    status_code: HTTPStatus | int
    """An `HTTPStatus`, or the plain number for a status it does not list (such as 520)."""
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
    parse_error: "MalformedReplyError | None" = None


def status_of(code: int) -> HTTPStatus | int:
    """`code` as an `HTTPStatus` when it is one, else the number as it came."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "status_of",
]
