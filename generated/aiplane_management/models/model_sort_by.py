from enum import StrEnum


class ModelSortBy(StrEnum):
    DISPLAYNAME = "displayName"
    LIFECYCLESTATE = "lifecycleState"
    TIMECREATED = "timeCreated"

    def __str__(self) -> str:
        return str(self.value)
