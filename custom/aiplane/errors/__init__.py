"""Every exception aiplane raises.

::

    AiplaneError
    ├── ConfigError                  bad config file, profile, key, passphrase, fingerprint
    ├── APIError                     the service answered with a non-2xx status
    │   ├── BadRequest               400
    │   ├── NotAuthenticated         401
    │   ├── NotAuthorized            403
    │   ├── NotFound                 404
    │   ├── Conflict                 409
    │   ├── PreconditionFailed       412
    │   ├── RangeNotSatisfiable      416
    │   ├── RateLimited              429
    │   ├── ServerError              5xx
    │   ├── Redirect                 3xx (never followed; carries ``location``)
    │   └── UnexpectedStatus         any other status (1xx, 418, 499, ...)
    ├── TransportError               no usable response: connect/read/write/protocol errors
    │   ├── Timeout                  a connect, read, write or pool timeout
    │   ├── OutcomeUnknown           the request may have been processed; not safe to retry
    │   └── StreamInterrupted        an event stream broke after its first event (``received``)
    ├── CircuitOpen                  the host's circuit breaker is open: failing fast
    ├── InvalidParameter             refused before sending: names the parameter (also ValueError)
    │   ├── InvalidFileURL           malformed file URL, escaping its bucket or on another host
    │   └── CannotResume             a download token whose .part file is gone or does not fit
    ├── FileChanged                  a file changed on the server during a read that cannot restart
    ├── FieldNotLoaded               a resource object has no value for a required field
    ├── ResourceStateError           a resource object cannot do that now (deleted, not saved)
    ├── UnsupportedOperation         the helper cannot serve this operation (also TypeError)
    ├── PaginationLoop               the service repeated a page token or sent endless empty pages
    ├── ResponseValidationError      a 2xx body that does not match the spec (or is too large)
    └── WaitError                    a wait ended without its target (carries the last state)
        ├── WaitTimeout              the wait's deadline passed
        └── WaitFailed               a failure state, or a terminal state not targeted
            ├── WorkRequestFailed    a work request ended FAILED or CANCELED
            └── RunFailed            a data-plane run ended FAILED or CANCELED

This module is the tree alone; what maps failures onto it lives in ``aiplane._errormap``:
one table from httpx's transport exceptions (applied by one context manager around sending a
request and around reading a response stream), and status codes and error bodies of both
envelopes (OCI ``{code, message}``, OpenAI ``{"error": {...}}``).

No exception here ever carries a secret: messages and reprs contain the method, the URL
path, the status, the service code and message, the opc-request-id and a short body
excerpt, but never request headers.
"""

from ._api import (
    APIError,
    BadRequest,
    Conflict,
    NotAuthenticated,
    NotAuthorized,
    NotFound,
    PreconditionFailed,
    RangeNotSatisfiable,
    RateLimited,
    Redirect,
    ServerError,
    UnexpectedStatus,
)
from ._base import AiplaneError, ConfigError
from ._base import copy_headers as copy_headers
from ._local import (
    CannotResume,
    FieldNotLoaded,
    FileChanged,
    InvalidFileURL,
    InvalidParameter,
    PaginationLoop,
    ResourceStateError,
    ResponseValidationError,
    UnsupportedOperation,
)
from ._transport import (
    CircuitOpen,
    FailureKind,
    OutcomeUnknown,
    StreamInterrupted,
    Timeout,
    TransportError,
)
from ._wait import (
    RunFailed,
    WaitError,
    WaitFailed,
    WaitTimeout,
    WorkRequestFailed,
)

__all__ = [
    "APIError",
    "AiplaneError",
    "BadRequest",
    "CannotResume",
    "CircuitOpen",
    "ConfigError",
    "Conflict",
    "FailureKind",
    "FieldNotLoaded",
    "FileChanged",
    "InvalidFileURL",
    "InvalidParameter",
    "NotAuthenticated",
    "NotAuthorized",
    "NotFound",
    "OutcomeUnknown",
    "PaginationLoop",
    "PreconditionFailed",
    "RangeNotSatisfiable",
    "RateLimited",
    "Redirect",
    "ResourceStateError",
    "ResponseValidationError",
    "RunFailed",
    "ServerError",
    "StreamInterrupted",
    "Timeout",
    "TransportError",
    "UnexpectedStatus",
    "UnsupportedOperation",
    "WaitError",
    "WaitFailed",
    "WaitTimeout",
    "WorkRequestFailed",
]
