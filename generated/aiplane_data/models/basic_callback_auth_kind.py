from enum import StrEnum


class BasicCallbackAuthKind(StrEnum):
    BASIC = "basic"

    def __str__(self) -> str:
        return str(self.value)
