from enum import StrEnum


class ChatCompletionRequestCustomToolCallType(StrEnum):
    CUSTOM = "custom"

    def __str__(self) -> str:
        return str(self.value)
