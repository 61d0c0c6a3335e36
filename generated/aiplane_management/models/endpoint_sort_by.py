from enum import StrEnum


class EndpointSortBy(StrEnum):
    DISPLAYNAME = "displayName"
    TIMECREATED = "timeCreated"

    def __str__(self) -> str:
        return str(self.value)
