from enum import StrEnum


class ChatCompletionCustomToolType(StrEnum):
    CUSTOM = "custom"

    def __str__(self) -> str:
        return str(self.value)
