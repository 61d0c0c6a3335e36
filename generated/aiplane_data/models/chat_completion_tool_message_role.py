from enum import StrEnum


class ChatCompletionToolMessageRole(StrEnum):
    TOOL = "tool"

    def __str__(self) -> str:
        return str(self.value)
