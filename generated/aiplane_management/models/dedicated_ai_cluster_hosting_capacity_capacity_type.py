from enum import StrEnum


class DedicatedAiClusterHostingCapacityCapacityType(StrEnum):
    HOSTING_CAPACITY = "HOSTING_CAPACITY"

    def __str__(self) -> str:
        return str(self.value)
