from enum import StrEnum


class ChatCompletionSystemMessageRole(StrEnum):
    SYSTEM = "system"

    def __str__(self) -> str:
        return str(self.value)
