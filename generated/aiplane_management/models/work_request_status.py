from enum import StrEnum


class WorkRequestStatus(StrEnum):
    ACCEPTED = "ACCEPTED"
    CANCELED = "CANCELED"
    CANCELING = "CANCELING"
    FAILED = "FAILED"
    IN_PROGRESS = "IN_PROGRESS"
    SUCCEEDED = "SUCCEEDED"
    WAITING = "WAITING"

    def __str__(self) -> str:
        return str(self.value)
