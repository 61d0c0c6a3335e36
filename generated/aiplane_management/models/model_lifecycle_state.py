from enum import StrEnum


class ModelLifecycleState(StrEnum):
    ACTIVE = "ACTIVE"
    CREATING = "CREATING"
    DELETED = "DELETED"
    DELETING = "DELETING"
    FAILED = "FAILED"

    def __str__(self) -> str:
        return str(self.value)
