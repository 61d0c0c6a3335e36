from enum import StrEnum


class ChatCompletionAssistantMessageRole(StrEnum):
    ASSISTANT = "assistant"

    def __str__(self) -> str:
        return str(self.value)
