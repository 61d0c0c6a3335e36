from enum import StrEnum


class ChatCompletionFileContentPartType(StrEnum):
    FILE = "file"

    def __str__(self) -> str:
        return str(self.value)
