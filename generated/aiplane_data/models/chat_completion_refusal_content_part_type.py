from enum import StrEnum


class ChatCompletionRefusalContentPartType(StrEnum):
    REFUSAL = "refusal"

    def __str__(self) -> str:
        return str(self.value)
