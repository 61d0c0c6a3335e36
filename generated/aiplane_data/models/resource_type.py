from enum import StrEnum


class ResourceType(StrEnum):
    FILE = "FILE"

    def __str__(self) -> str:
        return str(self.value)
