from enum import StrEnum


class WorkRequestSortBy(StrEnum):
    TIMEACCEPTED = "timeAccepted"

    def __str__(self) -> str:
        return str(self.value)
