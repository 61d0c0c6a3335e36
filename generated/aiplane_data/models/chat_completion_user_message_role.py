from enum import StrEnum


class ChatCompletionUserMessageRole(StrEnum):
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
