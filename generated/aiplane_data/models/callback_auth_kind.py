from enum import StrEnum


class CallbackAuthKind(StrEnum):
    BASIC = "basic"

    def __str__(self) -> str:
        return str(self.value)
