from enum import StrEnum


class ChatCompletionNamedToolChoiceType(StrEnum):
    FUNCTION = "function"

    def __str__(self) -> str:
        return str(self.value)
