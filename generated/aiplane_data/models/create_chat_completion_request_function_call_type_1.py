from enum import StrEnum


class CreateChatCompletionRequestFunctionCallType1(StrEnum):
    AUTO = "auto"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
