from enum import StrEnum


class DedicatedAiClusterLifecycleState(StrEnum):
    ACTIVE = "ACTIVE"
    CREATING = "CREATING"
    DELETED = "DELETED"
    DELETING = "DELETING"
    FAILED = "FAILED"
    NEEDS_ATTENTION = "NEEDS_ATTENTION"
    UPDATING = "UPDATING"

    def __str__(self) -> str:
        return str(self.value)
