from enum import StrEnum


class DedicatedAiClusterSortBy(StrEnum):
    DISPLAYNAME = "displayName"
    LIFECYCLESTATE = "lifecycleState"
    TIMECREATED = "timeCreated"

    def __str__(self) -> str:
        return str(self.value)
