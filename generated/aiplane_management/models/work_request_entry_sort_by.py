from enum import StrEnum


class WorkRequestEntrySortBy(StrEnum):
    TIMESTAMP = "timestamp"

    def __str__(self) -> str:
        return str(self.value)
