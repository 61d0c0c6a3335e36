from enum import StrEnum


class DedicatedAiClusterType(StrEnum):
    FINE_TUNING = "FINE_TUNING"
    HOSTING = "HOSTING"

    def __str__(self) -> str:
        return str(self.value)
