from enum import StrEnum


class ChatCompletionPredictionType(StrEnum):
    CONTENT = "content"

    def __str__(self) -> str:
        return str(self.value)
