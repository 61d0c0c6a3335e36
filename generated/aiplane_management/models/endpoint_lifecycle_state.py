from enum import StrEnum


class EndpointLifecycleState(StrEnum):
    ACTIVE = "ACTIVE"
    CREATING = "CREATING"
    DELETED = "DELETED"
    DELETING = "DELETING"
    FAILED = "FAILED"
    UPDATING = "UPDATING"

    def __str__(self) -> str:
        return str(self.value)
