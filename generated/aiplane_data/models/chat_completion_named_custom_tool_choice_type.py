from enum import StrEnum


class ChatCompletionNamedCustomToolChoiceType(StrEnum):
    CUSTOM = "custom"

    def __str__(self) -> str:
        return str(self.value)
