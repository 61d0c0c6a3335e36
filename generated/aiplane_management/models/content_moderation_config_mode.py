from enum import StrEnum


class ContentModerationConfigMode(StrEnum):
    BLOCK = "BLOCK"
    INFORM = "INFORM"

    def __str__(self) -> str:
        return str(self.value)
