from enum import StrEnum


class ChatCompletionFunctionMessageRole(StrEnum):
    FUNCTION = "function"

    def __str__(self) -> str:
        return str(self.value)
