from enum import StrEnum


class CallbackAuthKind(StrEnum):
    BASIC = "basic"
    MTLS = "mtls"

    def __str__(self) -> str:
        return str(self.value)
