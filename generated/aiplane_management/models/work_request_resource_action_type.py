from enum import StrEnum


class WorkRequestResourceActionType(StrEnum):
    CREATED = "CREATED"
    DELETED = "DELETED"
    FAILED = "FAILED"
    IN_PROGRESS = "IN_PROGRESS"
    RELATED = "RELATED"
    UPDATED = "UPDATED"

    def __str__(self) -> str:
        return str(self.value)
