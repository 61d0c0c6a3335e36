from enum import StrEnum


class MtlsCallbackAuthKind(StrEnum):
    MTLS = "mtls"

    def __str__(self) -> str:
        return str(self.value)
