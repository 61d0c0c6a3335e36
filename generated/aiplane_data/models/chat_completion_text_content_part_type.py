from enum import StrEnum


class ChatCompletionTextContentPartType(StrEnum):
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
