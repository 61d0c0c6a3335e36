from enum import StrEnum


class ModelType(StrEnum):
    BASE = "BASE"
    CUSTOM = "CUSTOM"

    def __str__(self) -> str:
        return str(self.value)
