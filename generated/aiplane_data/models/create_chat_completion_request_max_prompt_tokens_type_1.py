from enum import StrEnum


class CreateChatCompletionRequestMaxPromptTokensType1(StrEnum):
    INFINITY = "infinity"

    def __str__(self) -> str:
        return str(self.value)
