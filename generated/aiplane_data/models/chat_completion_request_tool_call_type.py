from enum import StrEnum


class ChatCompletionRequestToolCallType(StrEnum):
    FUNCTION = "function"

    def __str__(self) -> str:
        return str(self.value)
