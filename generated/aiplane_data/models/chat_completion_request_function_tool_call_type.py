from enum import StrEnum


class ChatCompletionRequestFunctionToolCallType(StrEnum):
    FUNCTION = "function"

    def __str__(self) -> str:
        return str(self.value)
