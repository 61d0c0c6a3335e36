from enum import StrEnum


class ChatCompletionDeveloperMessageRole(StrEnum):
    DEVELOPER = "developer"

    def __str__(self) -> str:
        return str(self.value)
