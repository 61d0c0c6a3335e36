from enum import StrEnum


class ChatCompletionMessageCustomToolCallType(StrEnum):
    CUSTOM = "custom"

    def __str__(self) -> str:
        return str(self.value)
